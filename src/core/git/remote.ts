// The web address of the origin remote (GitHub or GitLab), to link pull requests; never credentials.
import { readGit, type GitOptions } from './run';

export interface RemoteLinks {
  host: 'github' | 'gitlab';
  /** `https://github.com/owner/repo`, without credentials or `.git`. */
  base: string;
}

/** Reads `remote.origin.url`; undefined when there is none or it is not a known forge. */
export async function readRemoteLinks(root: string, options: GitOptions = {}): Promise<RemoteLinks | undefined> {
  // An empty default still prints a line: simple-git waits 50 ms more for a command that printed nothing.
  const url = await readGit(root, ['config', '--get', '--default=', 'remote.origin.url'], options).catch(() => '');
  return parseRemote(url.trim());
}

export function parseRemote(url: string): RemoteLinks | undefined {
  const scp = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)([A-Za-z0-9._/-]+?)(?:\.git)?\/?$/.exec(url);
  const web = /^(?:https?|ssh|git):\/\/(?:[^@/\s]*@)?([A-Za-z0-9.-]+)(?::\d+)?\/([A-Za-z0-9._/-]+?)(?:\.git)?\/?$/.exec(
    url,
  );
  const match = web ?? scp;
  if (!match) return undefined;
  const [, hostName, path] = match;
  const host = /(^|\.)github\.com$/i.test(hostName) ? 'github' : /gitlab/i.test(hostName) ? 'gitlab' : undefined;
  if (!host || path.split('/').length < 2 || path.includes('..')) return undefined;
  return { host, base: `https://${hostName.toLowerCase()}/${path}` };
}

export function pullRequestUrl(links: RemoteLinks | undefined, pr: number | undefined): string | undefined {
  if (!links || pr === undefined) return undefined;
  return links.host === 'github' ? `${links.base}/pull/${pr}` : `${links.base}/-/merge_requests/${pr}`;
}
