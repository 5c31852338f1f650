// Asks for one accountable person: a recent commit author or a typed name, checked like the rule checks it.
import * as vscode from 'vscode';
import type { Person } from '../core/model';
import { checkOwner } from '../core/person';
import { formatPerson } from '../authors';

export async function pickOwner(authors: readonly Person[], current?: string): Promise<string | undefined> {
  if (authors.length) {
    const typeIt = { label: '$(edit) Type a name…', alwaysShow: true };
    const items = [...authors.map((person) => ({ label: person.name, description: person.email, person })), typeIt];
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Set Owner',
      placeHolder: 'One person who answers for this initiative (recent commit authors)',
    });
    if (!picked) return undefined;
    if ('person' in picked) return formatPerson(picked.person);
  }
  return vscode.window.showInputBox({
    title: 'Set Owner',
    prompt: 'One person, not a team: a name and optionally <email>',
    value: current && checkOwner(current).ok ? current : '',
    placeHolder: 'Dana Kim <dana@acme.io>',
    validateInput: validateOwner,
  });
}

export function validateOwner(text: string): string | undefined {
  const check = checkOwner(text);
  return check.ok ? undefined : check.reason;
}
