// CPT Dossier for VS Code: a thin adapter over the engine in src/core (like vscode-markdownlint
// over markdownlint). Rules, parsing and the assessment live in the core; this file wires them to
// the editor: diagnostics, code lenses, quick fixes, completion, hover, the assessment panel.
import * as vscode from 'vscode';
import { APPENDIX_S } from '../core/appendixS';
import { AI_CLASSES, type AiClass } from '../core/types';
import type { Assessment } from '../core/assess';
import { ConfigResolver, SECTION, settingsFor } from './config';
import { engine, setPlatform, type HostPlatform } from './platform';
import { DossierStore, fileNameOf, isCandidate } from './store';
import { ClassificationLens, CMD_ASSESS, CMD_CLASSIFY } from './lens';
import { DossierStatus } from './status';
import { AssessPanels, VIEW_TYPE } from './assessPanel';
import { FrontmatterCompletion, FrontmatterHover } from './completion';
import { DossierCodeActions } from './codeActions';
import { classificationEdit } from './edits';
import { guard, initLog, log } from './log';
import { snippetTrigger } from './snippetTrigger';
import { DossierSemanticTokens, LEGEND } from './semanticTokens';
import { WORKSPACE_MARKDOWN, WORKSPACE_SKIPPED } from './workspaceFiles';

const SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { language: 'markdown', scheme: 'vscode-vfs' },
  { language: 'markdown', scheme: 'vscode-test-web' },
  { language: 'markdown', scheme: 'vscode-remote' },
];

export interface CptDossierApi {
  /** Lint result of an open document (for tests and other extensions). */
  lint(uri: vscode.Uri): Promise<{ isDossier: boolean; findings: number } | undefined>;
  /** The status item's text and the `cptDossier.activeIsDossier` context, once updates settle. */
  status(): Promise<{ activeIsDossier: boolean; text?: string; tooltip?: string }>;
  /** How many lints ran for an open document since it was opened (the Assess panel adds none). */
  lintCount(uri: vscode.Uri): number | undefined;
}

/** Activates on the given host (main.ts: desktop, web.ts: browser). */
export function activateWith(context: vscode.ExtensionContext, host: HostPlatform): CptDossierApi {
  setPlatform(host);
  const output = initLog();
  context.subscriptions.push(output);
  log.info(`CPT Dossier ${String((context.extension.packageJSON as { version?: string }).version ?? '')} activated (${host.name === 'web' ? 'web extension host' : 'desktop extension host'})`);

  const configs = new ConfigResolver();
  const store = new DossierStore(context.extensionUri, configs, host.createLintWorker());
  const lens = new ClassificationLens(store);
  const status = new DossierStatus(store);
  const panels = new AssessPanels(store);
  context.subscriptions.push(store, status, panels);
  // After a window reload VS Code hands back the Assess panels it kept: show their dossiers again.
  context.subscriptions.push(vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, { deserializeWebviewPanel: (panel, state) => panels.restore(panel, state) }));
  // Rule pages (from a diagnostic's code, a hover link) are documentation: show them rendered,
  // not as an editable source with a "generated, do not edit" comment.
  const docsRoot = `${vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules').toString()}/`;
  context.subscriptions.push(
    vscode.window.tabGroups.onDidChangeTabs(
      guard('rule page', async (e: vscode.TabChangeEvent) => {
        for (const t of e.opened) {
          if (!(t.input instanceof vscode.TabInputText) || !t.input.uri.toString().startsWith(docsRoot)) continue;
          const uri = t.input.uri;
          await vscode.commands.executeCommand('markdown.showPreview', uri);
          const source = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((x) => x.input instanceof vscode.TabInputText && x.input.uri.toString() === uri.toString());
          if (source) await vscode.window.tabGroups.close(source);
        }
      }),
    ),
  );

  const relintAll = guard('Re-linting open documents', () => {
    configs.clear();
    if (!settingsFor().enable) store.clearAll();
    for (const doc of vscode.workspace.textDocuments) if (isCandidate(doc)) void store.lint(doc);
    lens.refresh();
    void status.update();
  });

  // ---- diagnostics ----
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(guard('open', (doc: vscode.TextDocument) => void store.lint(doc))),
    vscode.workspace.onDidChangeTextDocument(
      guard('change', (e: vscode.TextDocumentChangeEvent) => {
        if (e.contentChanges.length === 0 || !isCandidate(e.document)) return;
        if (settingsFor(e.document.uri).run === 'onType') store.schedule(e.document);
      }),
    ),
    vscode.workspace.onDidSaveTextDocument(guard('save', (doc: vscode.TextDocument) => void store.lint(doc))),
    vscode.workspace.onDidCloseTextDocument(guard('close', (doc: vscode.TextDocument) => store.forget(doc.uri))),
    vscode.window.tabGroups.onDidChangeTabs(
      guard('tabs', (e: vscode.TabChangeEvent) => {
        // A closed editor clears its problems at once (the document itself may linger).
        const open = new Set<string>();
        for (const g of vscode.window.tabGroups.all) for (const t of g.tabs) if (t.input instanceof vscode.TabInputText) open.add(t.input.uri.toString());
        for (const t of e.closed) {
          if (t.input instanceof vscode.TabInputText && !open.has(t.input.uri.toString())) {
            const uri = t.input.uri;
            const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
            if (!doc || !doc.isDirty) store.forget(uri);
          }
        }
      }),
    ),
    vscode.workspace.onDidChangeConfiguration(guard('settings', (e: vscode.ConfigurationChangeEvent) => e.affectsConfiguration(SECTION) && relintAll())),
    // Trust granted: policy files outside the workspace folder may now be read.
    vscode.workspace.onDidGrantWorkspaceTrust(guard('workspace trust', () => relintAll())),
    vscode.window.onDidChangeActiveTextEditor(guard('active editor', () => void status.update())),
    store.onDidUpdate(guard('status', () => void status.update())),
  );
  // Workspace lint results follow the files on disk until cleared.
  const dossierWatcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
  const refreshKept = guard('dossier file', (uri: vscode.Uri) => {
    if (!store.isKept(uri) || vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && !d.isClosed)) return;
    void store.lintFromDisk(uri, true).catch((e: unknown) => log.error(`Linting ${uri.toString(true)} failed`, e));
  });
  context.subscriptions.push(
    dossierWatcher,
    dossierWatcher.onDidChange(refreshKept),
    dossierWatcher.onDidCreate(refreshKept),
    dossierWatcher.onDidDelete(guard('dossier deleted', (uri: vscode.Uri) => store.unkeep(uri))),
    vscode.commands.registerCommand(
      'cptDossier.clearWorkspaceResults',
      guard('Clear workspace results', () => {
        const n = store.clearKept();
        log.info(`Cleared the workspace lint results of ${n} file${n === 1 ? '' : 's'}`);
        return n;
      }),
    ),
  );
  const watcher = vscode.workspace.createFileSystemWatcher('**/.cpt-dossier.{json,yaml,yml}');
  const onConfigFile = guard('config file', (uri: vscode.Uri) => {
    log.info(`${uri.toString(true)} changed; re-linting`);
    relintAll();
  });
  context.subscriptions.push(watcher, watcher.onDidCreate(onConfigFile), watcher.onDidChange(onConfigFile), watcher.onDidDelete(onConfigFile));

  // ---- providers ----
  context.subscriptions.push(
    vscode.languages.registerCodeLensProvider(SELECTOR, lens),
    vscode.languages.registerCompletionItemProvider(SELECTOR, new FrontmatterCompletion(store), ':', ' '),
    vscode.languages.registerHoverProvider(SELECTOR, new FrontmatterHover(store)),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new DossierCodeActions(store), DossierCodeActions.metadata),
    snippetTrigger(store),
  );
  const tokens = new DossierSemanticTokens(store);
  context.subscriptions.push(tokens, vscode.languages.registerDocumentSemanticTokensProvider(SELECTOR, tokens, LEGEND));

  // ---- commands ----
  const docFor = async (arg: unknown): Promise<vscode.TextDocument | undefined> => {
    const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) return undefined;
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(
      CMD_ASSESS,
      guard('Assess dossier', async (arg?: unknown): Promise<Assessment | undefined> => {
        const doc = await docFor(arg);
        if (!doc) {
          void vscode.window.showInformationMessage('Open a CPT dossier (*.dossier.md, or Markdown with cpt_dossier in its frontmatter) to assess it.');
          return undefined;
        }
        if (!(await store.isDossier(doc)) && !settingsFor(doc.uri).enable) {
          void vscode.window.showInformationMessage('CPT Dossier is disabled (cptDossier.enable).');
          return undefined;
        }
        const r = await store.get(doc);
        if (!r?.dossier.isDossier) {
          void vscode.window.showInformationMessage(`${fileNameOf(doc.uri).split(/[\\/]/).pop()} is not a CPT dossier: add \`cpt_dossier: 1\` to its frontmatter or name it *.dossier.md.`);
          return undefined;
        }
        return panels.show(doc);
      }),
    ),
    vscode.commands.registerCommand(
      CMD_CLASSIFY,
      guard('Set classification', async (arg?: unknown, chosen?: unknown): Promise<boolean> => {
        const doc = await docFor(arg);
        if (!doc) return false;
        const r = await store.get(doc);
        if (!r?.dossier.isDossier) return false;
        let cls: AiClass | undefined = typeof chosen === 'string' && (AI_CLASSES as readonly string[]).includes(chosen.toLowerCase()) ? (chosen.toLowerCase() as AiClass) : undefined;
        if (!cls) {
          const edition = engine().taxonomyEditionOf(r.dossier);
          const current = r.dossier.facts?.values.get('classification')?.value;
          const pick = await vscode.window.showQuickPick(
            AI_CLASSES.map((c) => ({ label: engine().CLASS_LABEL[c], description: c === current ? '(current)' : '', detail: sentence(APPENDIX_S[edition].classes[c]), cls: c })),
            { title: `${APPENDIX_S[edition].label}: what does the software output do?`, placeHolder: 'Choose the class of the software output', matchOnDetail: true },
          );
          if (!pick) return false;
          cls = pick.cls;
        }
        return vscode.workspace.applyEdit(classificationEdit(doc, cls));
      }, Promise.resolve(false)),
    ),
    vscode.commands.registerCommand(
      'cptDossier.exportAssessment',
      guard('Export assessment', async (arg?: unknown, format?: unknown, target?: unknown): Promise<vscode.Uri | undefined> => {
        const doc = await docFor(arg);
        if (!doc || !(await store.isDossier(doc))) return undefined;
        let fmt: 'html' | 'markdown' | undefined = format === 'html' || format === 'markdown' ? format : undefined;
        if (!fmt) {
          const pick = await vscode.window.showQuickPick([{ label: 'Markdown', fmt: 'markdown' as const }, { label: 'HTML', fmt: 'html' as const }], { title: 'Export the assessment as' });
          if (!pick) return undefined;
          fmt = pick.fmt;
        }
        return panels.export(doc, fmt, target instanceof vscode.Uri ? target : undefined);
      }),
    ),
    vscode.commands.registerCommand(
      'cptDossier.openRuleDocs',
      guard('Open rule documentation', async (ruleId?: unknown): Promise<void> => {
        if (typeof ruleId !== 'string' || !engine().ruleById(ruleId)) return;
        const uri = store.docsUri(ruleId);
        try {
          await vscode.workspace.fs.stat(uri);
        } catch {
          log.warn(`No bundled documentation page for ${ruleId} at ${uri.toString(true)}`);
          void vscode.window.showWarningMessage(`The documentation page of ${ruleId} is missing from this installation.`);
          return;
        }
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      }),
    ),
    vscode.commands.registerCommand(
      'cptDossier.lintWorkspace',
      guard('Lint workspace', async (): Promise<{ files: number; dossiers: number; findings: number; summary: string }> => {
        const result = { files: 0, dossiers: 0, findings: 0, summary: '' };
        const counts = { error: 0, warning: 0, info: 0 };
        if (!vscode.workspace.workspaceFolders?.length) {
          void vscode.window.showInformationMessage('Open a folder to lint all the dossiers in it.');
          return result;
        }
        if (!settingsFor().enable) return result;
        let cancelled = false;
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'CPT Dossier: linting dossiers', cancellable: true }, async (progress, token) => {
          progress.report({ message: 'looking for Markdown files…' });
          const files = await vscode.workspace.findFiles(WORKSPACE_MARKDOWN, WORKSPACE_SKIPPED, undefined, token);
          for (const uri of files) {
            if (token.isCancellationRequested) {
              cancelled = true;
              break;
            }
            result.files++;
            progress.report({ message: `${result.files} of ${files.length}: ${uri.path.split('/').pop() ?? ''}`, increment: 100 / Math.max(1, files.length) });
            const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
            if (open) {
              const r = await store.lint(open);
              if (r?.dossier.isDossier) {
                store.keep(uri);
                result.dossiers++;
                result.findings += r.findings.length;
                for (const f of r.findings) counts[f.severity]++;
              }
              continue;
            }
            try {
              const r = await store.lintFromDisk(uri);
              if (!r?.dossier.isDossier) continue;
              store.keep(uri); // stays after a tab closes, refreshed when the file changes
              result.dossiers++;
              result.findings += r.findings.length;
              for (const f of r.findings) counts[f.severity]++;
            } catch (e) {
              log.error(`Linting ${uri.toString(true)} failed`, e);
            }
          }
        });
        const n = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
        result.summary = `CPT Dossier: ${n(result.dossiers, 'dossier')} checked among ${n(result.files, 'Markdown file')}${cancelled ? ' (stopped)' : ''}: ${
          result.findings === 0 ? 'no problems' : `${n(counts.error, 'error')}, ${n(counts.warning, 'warning')}, ${counts.info} info`
        }.`;
        log.info(result.summary);
        if (result.findings > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
        void vscode.window.showInformationMessage(result.summary);
        return result;
      }),
    ),
  );

  // Documents already open when the extension starts.
  for (const doc of vscode.workspace.textDocuments) if (isCandidate(doc)) void store.lint(doc);
  void status.update();

  return {
    lint: async (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      const r = doc ? await store.get(doc) : undefined;
      return r ? { isDossier: r.dossier.isDossier, findings: r.findings.length } : undefined;
    },
    status: () => status.state(),
    lintCount: (uri) => store.lintCount(uri),
  };
}

function sentence(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1) + (s.endsWith('.') ? '' : '.');
}
