/**
 * `npm run train:model`: trains the sentence model of src/core/prose/model.ts on the project's own
 * labelled sets (test/prose/labelled.json and holdout*.json; never the shared dev set) and writes
 * its weights to src/core/prose/model-weights.json. `--check` writes nothing and exits 1 when the
 * committed weights differ from what training gives (the weights are reproducible, byte for byte).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIONS, ownSetFiles, readServices, train } from './prose-model-train';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEIGHTS_FILE = join(root, 'src', 'core', 'prose', 'model-weights.json');

/** The weights file's text as training gives it now. */
export function trainedWeightsText(): string {
  const sentences = ownSetFiles(root).flatMap(({ file }) => readServices(file).flatMap((svc) => svc.sentences));
  return JSON.stringify(train(sentences, DEFAULT_OPTIONS)) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = trainedWeightsText();
  if (process.argv.includes('--check')) {
    const same = readFileSync(WEIGHTS_FILE, 'utf8') === text;
    console.log(same ? 'model-weights.json is what training gives' : 'model-weights.json differs from what training gives: run npm run train:model');
    if (!same) process.exitCode = 1;
  } else {
    writeFileSync(WEIGHTS_FILE, text);
    console.log(`wrote ${WEIGHTS_FILE} (${text.length} bytes, ${Object.keys(JSON.parse(text).features).length} features)`);
  }
}
