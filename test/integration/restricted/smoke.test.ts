// The Restricted Mode suite really runs untrusted: without this, its other tests prove nothing.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('smoke (Restricted Mode)', () => {
  it('runs with the workspace untrusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('still opens the example folder', () => {
    assert.equal(vscode.workspace.workspaceFolders?.length, 1);
  });
});
