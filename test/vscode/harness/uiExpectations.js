// @ts-check
// What the UI checks expect to see, as data. Adjust this list when the extension's output changes.
// The UI checks run against the extension installed from the VSIX, in a fresh copy of
// test/vscode/fixtures/ws/, with `file` open in the editor. They run in order.
//
// Check types (see uiChecks.js):
//   codeLens  { text }              a code lens whose text contains `text` (among the lines on
//                                   screen after opening the file)
//   statusBar { text }              a status bar item whose text contains `text`
//   problem   { text }              a Problems panel row containing `text` (the panel filter is set to it)
//   command   { command, tabTitle, webviewText? }
//                                   runs `command` from the command palette (F1); then an editor tab
//                                   whose title starts with `tabTitle` shows a webview that renders
//                                   text (containing `webviewText` when given)
//   reload    { tabTitle, webviewText? }
//                                   reloads the window; the tab titled `tabTitle` comes back and its
//                                   webview renders text (containing `webviewText` when given)
// Every check may set `timeoutMs` (default 30000).
'use strict';

module.exports = {
  file: 'sample.dossier.md',
  checks: [
    { type: 'codeLens', name: 'code lens shows the Appendix S classification and what the prose suggests', text: 'Augmentative (Appendix S 2027) · prose suggests autonomous' },
    { type: 'statusBar', name: 'status bar shows the class and, as it differs, the prose\'s', text: 'Augmentative (prose: autonomous)' },
    { type: 'problem', name: 'Problems panel lists cat3-us-trial', text: 'cat3-us-trial' },
    {
      type: 'command',
      name: '"CPT Dossier: Assess dossier" from F1 opens the Assess webview',
      command: 'CPT Dossier: Assess dossier',
      tabTitle: 'Assess',
    },
    { type: 'reload', name: 'after a window reload the Assess panel comes back with its report', tabTitle: 'Assess', webviewText: 'Prerequisites' },
  ],
};
