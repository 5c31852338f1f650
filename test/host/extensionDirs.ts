// Places extensions into a code-server --extensions-dir, the way an installed extension looks.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths';

/** What a packaged Delivery Rhythm contains (see .vscodeignore). */
const SHIPPED = ['package.json', 'dist', 'schemas', 'media', 'README.md', 'LICENSE'];

async function folderName(source: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(source, 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

/** Copies the built extension: a snapshot of the build, so a rebuild mid-run cannot change it. */
export async function installProjectExtension(extensionsDir: string): Promise<string> {
  const root = projectRoot();
  if (!existsSync(join(root, 'dist', 'extension.js'))) {
    console.warn('[host] dist/extension.js is missing: run `npm run build`; the extension will not activate.');
  }
  const target = join(extensionsDir, await folderName(root));
  await mkdir(target, { recursive: true });
  for (const entry of SHIPPED.filter((name) => existsSync(join(root, name)))) {
    await cp(join(root, entry), join(target, entry), { recursive: true });
  }
  return target;
}

/** Installs a .vsix as a user would, through code-server's own installer; throws with its output when that fails. */
export async function installVsix(
  bin: string,
  dirs: { extensions: string; userData: string },
  vsix: string,
): Promise<void> {
  const args = ['--install-extension', vsix, '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData];
  const { stdout, stderr } = await promisify(execFile)(bin, args, { timeout: 120_000 });
  if (!/successfully installed/i.test(stdout + stderr))
    throw new Error(`code-server did not install ${vsix}:\n${stdout}${stderr}`);
}

/** Installs the extension that runs a mocha suite inside the extension host. */
export async function installTestHost(extensionsDir: string): Promise<string> {
  const source = join(projectRoot(), 'test', 'host', 'test-host');
  const target = join(extensionsDir, await folderName(source));
  await cp(source, target, { recursive: true });
  return target;
}
