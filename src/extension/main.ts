// Entry point of the desktop extension host (package.json `main`, dist/extension.js).
import type * as vscode from 'vscode';
import { activateWith, type CptDossierApi } from './extension';
import { NODE_PLATFORM } from './platformNode';

export type { CptDossierApi };

export function activate(context: vscode.ExtensionContext): CptDossierApi {
  return activateWith(context, NODE_PLATFORM);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
