// Entry of the weekly status webview: loads only the components it uses, restores the draft
// kept by VS Code, and says `ready` so the extension can send what it has queued.
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-checkbox/index.js';
import '@vscode-elements/elements/dist/vscode-label/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-textarea/index.js';
import '@vscode-elements/elements/dist/vscode-textfield/index.js';
import './main.css';
import { parseFormState, type HostMessage } from '../src/core/protocol';
import { WeeklyForm } from './form';
import { keepSelectAllInFields } from './keys';
import { vscode } from './vscodeApi';

const restored = parseFormState(vscode.getState());
const form = new WeeklyForm(
  document.getElementById('app')!,
  { post: (message) => vscode.postMessage(message), persist: (state) => vscode.setState(state) },
  restored.ok ? restored.value : undefined,
);
keepSelectAllInFields(document);
window.addEventListener('message', (event: MessageEvent<HostMessage>) => form.receive(event.data));
form.render();
vscode.postMessage({ type: 'ready' });
