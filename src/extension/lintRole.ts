// What the extension host passes to the lint thread it starts (lintClient.ts), so that dist/engine.js
// serves lints only in that thread (lintWorker.ts), never when the host itself loads it.
export const LINT_WORKER_ROLE = 'cpt-dossier-lint';
