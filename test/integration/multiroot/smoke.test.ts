// The multi-root suite really opens the .code-workspace file: without this, its other tests prove nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MULTI_ROOT, WORKSPACE_FILE } from '../../host/multiRootWorkspace';

describe('smoke (multi-root workspace)', () => {
  it('opens the three folders of the .code-workspace file, in its order', () => {
    assert.ok(
      vscode.workspace.workspaceFile?.path.endsWith(`/${WORKSPACE_FILE}`),
      `workspace file: ${vscode.workspace.workspaceFile}`,
    );
    assert.deepEqual(
      vscode.workspace.workspaceFolders?.map((folder) => folder.name),
      [MULTI_ROOT.example, MULTI_ROOT.second, MULTI_ROOT.plain, MULTI_ROOT.service],
    );
  });

  it('runs trusted', () => {
    assert.equal(vscode.workspace.isTrusted, true);
  });
});
