// The handle VS Code gives a webview, typed with our protocol.
import type { FormState, WebviewMessage } from '../src/core/protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: FormState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const vscode: VsCodeApi = acquireVsCodeApi();
