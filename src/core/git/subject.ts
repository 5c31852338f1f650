// What a commit subject says about how it reached the branch: merge, squash or direct,
// the merged branch, the pull-request number and the conventional-commit type and scope.

export interface SubjectFacts {
  kind: 'merge' | 'squash' | 'direct';
  pr?: number;
  branch?: string;
  type?: string;
  scope?: string;
}

const GITHUB_MERGE = /^Merge pull request #(\d+) from ([^\s/]+)\/(\S+)/;
const BRANCH_MERGE = /^Merge branch '([^']+)'/;
const REMOTE_MERGE = /^Merge remote-tracking branch '(?:[^'/]+\/)?([^']+)'/;
const SQUASH = /\(#(\d+)\)\s*$/;
const CONVENTIONAL = /^([a-zA-Z]+)(?:\(([^()\s]+)\))?!?:\s/;

/**
 * The subject as a reader wants it: without the conventional-commit prefix (`feat(payments): `)
 * or a trailing pull-request number, first letter capitalised.
 */
export function readableSubject(subject: string): string {
  const prefix = CONVENTIONAL.exec(subject);
  let text = prefix ? subject.slice(prefix[0].length) : subject;
  const pr = SQUASH.exec(text);
  if (pr) text = text.slice(0, pr.index);
  text = text.trim();
  return text ? text[0].toUpperCase() + text.slice(1) : subject.trim();
}

/** Reads the facts from a subject; `title` is the pull-request title a GitHub merge carries in its body. */
export function parseSubject(subject: string, parents: number, title?: string): SubjectFacts {
  const facts: SubjectFacts = { kind: parents > 1 ? 'merge' : 'direct' };
  const github = GITHUB_MERGE.exec(subject);
  const merged = github?.[3] ?? BRANCH_MERGE.exec(subject)?.[1] ?? REMOTE_MERGE.exec(subject)?.[1];
  if (merged) facts.branch = merged;
  if (github) facts.pr = Number(github[1]);
  const squash = SQUASH.exec(subject);
  if (squash && facts.pr === undefined) {
    facts.pr = Number(squash[1]);
    if (facts.kind === 'direct') facts.kind = 'squash';
  }
  const conventional = CONVENTIONAL.exec(title ?? subject) ?? CONVENTIONAL.exec(subject);
  if (conventional) {
    facts.type = conventional[1].toLowerCase();
    if (conventional[2]) facts.scope = conventional[2];
  }
  return facts;
}
