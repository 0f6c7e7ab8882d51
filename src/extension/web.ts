// Entry point of the browser's web worker extension host (package.json `browser`,
// dist/web/extension.js): vscode.dev, github.dev, code-server without a Node host for extensions.
// No worker thread and no disk: dossiers are linted on the host thread, files read through
// vscode.workspace.fs. The build fails if a Node builtin reaches this bundle (esbuild.js).
import type * as vscode from 'vscode';
import { activateWith, type CptDossierApi } from './extension';
import type { HostPlatform } from './platform';
import * as engineApi from './engine';

export type { CptDossierApi };

/** The browser's: no worker thread, no disk (all files through vscode.workspace.fs), the engine in this bundle. */
const WEB_PLATFORM: HostPlatform = { name: 'web', createLintWorker: () => undefined, local: undefined, loadEngine: () => engineApi };

export function activate(context: vscode.ExtensionContext): CptDossierApi {
  return activateWith(context, WEB_PLATFORM);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
