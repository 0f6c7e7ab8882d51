// The staged web extension's entry point in the web worker extension host (see index.ts for why
// the workbench's own test runner is not used): loads the real browser bundle,
// dist/web/extension.js, the way VS Code's web worker host does (fetch + CommonJS wrapper, only
// `vscode` can be required), activates it, and once activation has returned starts the suite.
import * as vscode from 'vscode';
import { run } from './index';

interface ExtensionModule {
  activate(context: vscode.ExtensionContext): unknown;
}

export async function activate(context: vscode.ExtensionContext): Promise<unknown> {
  const bundle = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'extension.js');
  const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(bundle));
  const module = { exports: {} as Partial<ExtensionModule> };
  const requireInBrowser = (id: string): unknown => {
    if (id === 'vscode') return vscode;
    throw new Error(`dist/web/extension.js requires '${id}', which a web worker extension host cannot load`);
  };
  new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${bundle.toString(true)}`)(module, module.exports, requireInBrowser);
  if (typeof module.exports.activate !== 'function') throw new Error('dist/web/extension.js exports no activate()');
  const api = module.exports.activate(context);
  setTimeout(() => {
    void run().then(
      () => console.log('[cpt-dossier web suite] passed'),
      (e: unknown) => console.log(`[cpt-dossier web suite] ${String(e)}`),
    );
  }, 0);
  return api;
}
