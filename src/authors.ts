// Recent commit authors, offered when setting an owner; read from git only where git may run.
import * as vscode from 'vscode';
import { recentAuthors } from './core/git/authors';
import type { Person } from './core/model';
import { describeError } from './log';
import { withGit } from './trust';

const LIMIT = 12;

export class AuthorSource {
  private readonly cache = new Map<string, Promise<Person[]>>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Distinct authors, most recent first; empty in Restricted Mode or outside a repository. */
  get(folder: vscode.WorkspaceFolder): Promise<Person[]> {
    const key = folder.uri.toString();
    let authors = this.cache.get(key);
    if (!authors) {
      authors = withGit(folder, (root) => recentAuthors(root, LIMIT))
        .then((people) => people ?? [])
        .catch((error) => {
          this.log.warn(`${folder.name}: commit authors not read (${describeError(error)})`);
          return [];
        });
      this.cache.set(key, authors);
    }
    return authors;
  }

  clear(): void {
    this.cache.clear();
  }
}

export function formatPerson(person: Person): string {
  return person.email ? `${person.name} <${person.email}>` : person.name;
}
