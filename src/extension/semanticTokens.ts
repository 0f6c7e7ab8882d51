// Colours for dossiers only: semantic tokens from src/core/highlight.ts, answered for a document
// the store knows to be a dossier and for nothing else (an injected grammar coloured every
// Markdown file). Standard token types, so that every theme colours them.
import * as vscode from 'vscode';
import { highlightsOf, type HighlightKind } from '../core/highlight';
import type { DossierStore } from './store';

const TYPES: Record<HighlightKind, string> = { key: 'property', directive: 'keyword', code: 'number', class: 'type', appendix: 'type' };
export const LEGEND = new vscode.SemanticTokensLegend([...new Set(Object.values(TYPES))]);

export class DossierSemanticTokens implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.emitter.event;
  private readonly known = new Map<string, boolean>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: DossierStore) {
    // A file that becomes (or stops being) a dossier is coloured again.
    this.subscription = store.onDidUpdate((uri) => {
      const key = uri.toString();
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (!doc) {
        this.known.delete(key); // closed
        return;
      }
      const now = !!store.current(doc)?.dossier.isDossier;
      if (this.known.has(key) && this.known.get(key) !== now) this.emitter.fire();
      this.known.set(key, now);
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }

  async provideDocumentSemanticTokens(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    // The tokens must be those of the text VS Code asked about: it moves them itself by the edits made while we answer,
    // so tokens of the newer text would be moved twice (onto wrong lines, or past the end of the document).
    const text = doc.getText();
    const r = await this.store.get(doc);
    this.known.set(doc.uri.toString(), !!r?.dossier.isDossier);
    if (!r?.dossier.isDossier || token.isCancellationRequested) return undefined;
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    for (const h of highlightsOf(text)) builder.push(new vscode.Range(h.line, h.start, h.line, h.start + h.length), TYPES[h.kind]);
    return builder.build();
  }
}
