// A real git repository in a temp dir, with fixed dates and identity and no machine config,
// so tests and demo histories are the same on every machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files to write (text) or delete (null), by path relative to the repository. */
export type FileChanges = Record<string, string | null>;

export interface CommitOptions {
  /** ISO 8601 with offset, e.g. `2026-11-17T10:00:00+01:00`. Defaults to the repo clock. */
  date?: string;
  author?: { name: string; email: string };
  /** Trailer lines appended after a blank line, e.g. `{ Initiative: 'payments' }`. */
  trailers?: Record<string, string>;
}

export class GitRepo {
  private clock = Date.parse('2026-01-05T09:00:00Z');

  private constructor(readonly dir: string) {}

  /** Creates an empty repository whose first branch is `branch` (default `main`). */
  static create(branch = 'main', dir?: string): GitRepo {
    const root = dir ?? mkdtempSync(join(tmpdir(), 'dr-git-'));
    mkdirSync(root, { recursive: true });
    const repo = new GitRepo(root);
    repo.git(['init', '-q', '-b', branch]);
    return repo;
  }

  /** The environment every command runs with: isolated from the user's and system git config. */
  env(date?: string, author = { name: 'Dana Kim', email: 'dana@acme.io' }): NodeJS.ProcessEnv {
    const when = date ?? this.tick();
    return {
      PATH: process.env.PATH,
      HOME: this.dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: join(this.dir, '.git', 'no-global-config'),
      GIT_TERMINAL_PROMPT: '0',
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_DATE: when,
      TZ: 'UTC',
    };
  }

  /** Runs git in the repository and returns trimmed stdout. */
  git(args: string[], options: { date?: string; input?: string; author?: CommitOptions['author'] } = {}): string {
    const out = execFileSync('git', args, {
      cwd: this.dir,
      env: this.env(options.date, options.author),
      input: options.input,
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return out.trim();
  }

  write(files: FileChanges): void {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (content === null) {
        unlinkSync(full);
        continue;
      }
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }

  /** Writes the files, stages everything and commits; returns the new sha. */
  commit(message: string, files: FileChanges = {}, options: CommitOptions = {}): string {
    this.write(files);
    this.git(['add', '-A']);
    this.git(['commit', '-q', '--allow-empty', '--no-verify', '-m', withTrailers(message, options.trailers)], options);
    return this.head();
  }

  head(): string {
    return this.git(['rev-parse', 'HEAD']);
  }

  /** Creates `name` at the current commit (or `from`) and switches to it. */
  branch(name: string, from?: string): void {
    this.git(['checkout', '-q', '-b', name, ...(from ? [from] : [])]);
  }

  checkout(name: string): void {
    this.git(['checkout', '-q', name]);
  }

  /** `git merge --no-ff` with a GitHub-style subject when `pr` is given, else git's own. */
  mergeNoFf(topic: string, options: CommitOptions & { pr?: number; owner?: string; body?: string } = {}): string {
    const subject = options.pr
      ? `Merge pull request #${options.pr} from ${options.owner ?? 'acme'}/${topic}`
      : `Merge branch '${topic}'`;
    const message = withTrailers(options.body ? `${subject}\n\n${options.body}` : subject, options.trailers);
    this.git(['merge', '-q', '--no-ff', '--no-edit', '-m', message, topic], options);
    return this.head();
  }

  /** Squash-merges `topic` into the current branch as one commit with `subject`. */
  squash(topic: string, subject: string, options: CommitOptions = {}): string {
    this.git(['merge', '-q', '--squash', topic], options);
    this.git(['commit', '-q', '--no-verify', '-m', withTrailers(subject, options.trailers)], options);
    return this.head();
  }

  /** Replays `topic` onto the current branch commit by commit (a rebase merge). */
  rebaseMerge(topic: string, options: CommitOptions = {}): string {
    const base = this.git(['merge-base', 'HEAD', topic]);
    const commits = this.git(['rev-list', '--reverse', `${base}..${topic}`])
      .split('\n')
      .filter(Boolean);
    for (const sha of commits) this.git(['cherry-pick', '--allow-empty', sha], options);
    return this.head();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace('.000Z', '+00:00');
  }
}

function withTrailers(message: string, trailers?: Record<string, string>): string {
  if (!trailers || Object.keys(trailers).length === 0) return message;
  const lines = Object.entries(trailers).map(([key, value]) => `${key}: ${value}`);
  return `${message}\n\n${lines.join('\n')}`;
}

/** A shallow clone (one of two commits) at `<dir>/clone`; `remove` deletes the repository it came from. */
export function makeShallowClone(dir: string): { clone: string; remove(): void } {
  const origin = GitRepo.create();
  origin.commit('one', { 'a.txt': '1\n' });
  origin.commit('two', { 'a.txt': '2\n' });
  const clone = join(dir, 'clone');
  origin.git(['clone', '-q', '--depth', '1', `file://${origin.dir}`, clone]);
  return { clone, remove: () => origin.remove() };
}
