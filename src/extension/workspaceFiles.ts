// What "Lint all dossiers in workspace" searches: the files the CLI searches a folder for
// (src/node/findFiles.ts), so that the two find the same dossiers. Both Markdown extensions;
// nothing under node_modules or any hidden folder (.git, .github, .vscode…). No `vscode` import:
// test/unit/workspace-files.test.ts compares these globs with the CLI's search.

export const WORKSPACE_MARKDOWN = '**/*.{md,markdown}';
// Files inside such a folder, at any depth (a hidden file such as .notes.md is searched, as by the CLI).
export const WORKSPACE_SKIPPED = '**/{node_modules,.*}/**/*';
