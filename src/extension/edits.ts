// The class picker's edit: the core's text edits (yamlEdits.ts) as one WorkspaceEdit.
import * as vscode from 'vscode';
import type { AiClass, TextEdit } from '../core/types';
import { setTopLevelValue } from '../core/yamlEdits';

export function toTextEdit(e: TextEdit): vscode.TextEdit {
  return vscode.TextEdit.replace(new vscode.Range(e.range.start.line, e.range.start.column, e.range.end.line, e.range.end.column), e.newText);
}

export function classificationEdit(doc: vscode.TextDocument, cls: AiClass): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(doc.uri, setTopLevelValue(doc, 'classification', cls, ['cpt_dossier']).map(toTextEdit));
  return edit;
}
