// Asks for one accountable person: the initiative's contributors first, then recent commit
// authors, or a typed name, checked like the rule checks it. Text typed in the list is kept.
import * as vscode from 'vscode';
import type { Person } from '../core/model';
import { checkOwner } from '../core/person';
import { formatPerson } from '../authors';

type Choice = vscode.QuickPickItem & { person?: Person; typeIt?: true };

export async function pickOwner(
  authors: readonly Person[],
  current?: string,
  contributors: readonly string[] = [],
): Promise<string | undefined> {
  const people = candidates(contributors, authors);
  let typed = current && checkOwner(current).ok ? current : '';
  if (people.length) {
    const picked = await pickFrom(people);
    if (!picked) return undefined;
    if ('person' in picked) return formatPerson(picked.person);
    typed = picked.typed || typed;
  }
  return vscode.window.showInputBox({
    title: 'Set Owner',
    prompt: 'One person, not a team: a name and optionally <email>',
    value: typed,
    placeHolder: 'Dana Kim <dana@acme.io>',
    validateInput: validateOwner,
  });
}

/** Contributors who are one person, then commit authors not already listed. */
function candidates(
  contributors: readonly string[],
  authors: readonly Person[],
): { person: Person; contributor: boolean }[] {
  const fromPlan = contributors.flatMap((text) => {
    const check = checkOwner(text);
    return check.ok ? [{ person: check.person, contributor: true }] : [];
  });
  const seen = new Set(fromPlan.map(({ person }) => person.name.toLowerCase()));
  return [
    ...fromPlan,
    ...authors
      .filter((person) => !seen.has(person.name.toLowerCase()))
      .map((person) => ({ person, contributor: false })),
  ];
}

/** A person picked, or what was typed when "Type a name…" was chosen (or Enter pressed with no match). */
function pickFrom(
  people: { person: Person; contributor: boolean }[],
): Promise<{ person: Person } | { typed: string } | undefined> {
  const pick = vscode.window.createQuickPick<Choice>();
  pick.title = 'Set Owner';
  pick.placeholder =
    'One person who answers for this initiative: a contributor, a recent commit author, or type a name';
  pick.items = [
    ...people.map(({ person, contributor }) => ({
      label: person.name,
      description: person.email,
      detail: contributor ? 'contributor' : undefined,
      person,
    })),
    { label: '$(edit) Type a name…', alwaysShow: true, typeIt: true },
  ];
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: { person: Person } | { typed: string } | undefined) => {
      if (done) return;
      done = true;
      resolve(result);
      pick.hide();
    };
    pick.onDidAccept(() => {
      const [chosen] = pick.selectedItems;
      finish(chosen?.person ? { person: chosen.person } : { typed: pick.value.trim() });
    });
    pick.onDidHide(() => {
      finish(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

export function validateOwner(text: string): string | undefined {
  const check = checkOwner(text);
  return check.ok ? undefined : check.reason;
}
