/**
 * `npm run train:model`: trains the sentence model of src/core/prose/model.ts and the passage model
 * of src/core/prose/passage.ts on the project's own labelled sets (test/prose/labelled.json and
 * holdout*.json; never the shared dev set) and writes their weights to src/core/prose/model-weights.json
 * and passage-weights.json. `--check` writes nothing and exits 1 when a committed weights file differs
 * from what training gives (the weights are reproducible, byte for byte).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_OPTIONS, ownSetFiles, readServices, train, trainPassages } from './prose-model-train';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEIGHTS_FILE = join(root, 'src', 'core', 'prose', 'model-weights.json');
export const PASSAGE_WEIGHTS_FILE = join(root, 'src', 'core', 'prose', 'passage-weights.json');

/** The sentence model's weights file as training gives it now. */
export function trainedWeightsText(): string {
  const sentences = ownSetFiles(root).flatMap(({ file }) => readServices(file).flatMap((svc) => svc.sentences));
  return JSON.stringify(train(sentences, DEFAULT_OPTIONS)) + '\n';
}

/** The passage model's weights file as training gives it now. */
export function trainedPassageWeightsText(): string {
  return JSON.stringify(trainPassages(ownSetFiles(root).flatMap(({ file }) => readServices(file)))) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [file, text] of [[WEIGHTS_FILE, trainedWeightsText()], [PASSAGE_WEIGHTS_FILE, trainedPassageWeightsText()]] as const) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (process.argv.includes('--check')) {
      const same = readFileSync(file, 'utf8') === text;
      console.log(same ? `${name} is what training gives` : `${name} differs from what training gives: run npm run train:model`);
      if (!same) process.exitCode = 1;
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${file} (${text.length} bytes, ${Object.keys((JSON.parse(text) as { features: object }).features).length} features)`);
    }
  }
}
