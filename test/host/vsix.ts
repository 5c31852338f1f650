// The built package (`npm run package`) and what its manifest says the installed copy must hold.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './paths';

interface Manifest {
  name: string;
  version: string;
  publisher: string;
  main: string;
  icon: string;
  contributes: {
    viewsContainers: { activitybar: { icon: string }[] };
    walkthroughs: { steps: { media: Record<string, string> }[] }[];
    yamlValidation: { url: string }[];
  };
}

export function manifest(): Manifest {
  return JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as Manifest;
}

/** `delivery-rhythm-<version>.vsix` at the project's top, where vsce writes it; throws when it is not built. */
export function builtVsix(): string {
  const { name, version } = manifest();
  const file = join(projectRoot(), `${name}-${version}.vsix`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run package\` first.`);
  return file;
}

export function installedFolderName(): string {
  const { publisher, name, version } = manifest();
  return `${publisher}.${name}-${version}`;
}

const relative = (path: string) => path.replace(/^\.\//, '');

/** Every file the installed extension loads: those the manifest names, and the webview's bundle the code names. */
export function filesTheExtensionLoads(): string[] {
  const m = manifest();
  const media = m.contributes.walkthroughs.flatMap((w) =>
    w.steps.flatMap((s) =>
      Object.entries(s.media)
        .filter(([key]) => key !== 'altText')
        .map(([, path]) => path),
    ),
  );
  return [
    m.main,
    m.icon,
    ...m.contributes.viewsContainers.activitybar.map((c) => c.icon),
    ...media,
    ...m.contributes.yamlValidation.map((v) => v.url),
    'dist/webview/main.js',
    'dist/webview/main.css',
  ].map(relative);
}

/** What a .vsix holds beside the code: the manifest, and the documents the Marketplace shows. */
export const PACKAGE_DOCUMENTS = ['.vsixmanifest', 'package.json', 'readme.md', 'changelog.md', 'LICENSE.txt'];
