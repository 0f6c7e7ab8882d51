// How long the extension host's thread is blocked while a dossier opens and while the user types,
// on the inputs that froze the editor (issue #10), measured with a heartbeat timer inside the
// extension host itself (this suite runs there). Prints the figures; asserts loosely.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeOf, hasFolder, ours, ready } from './helpers';
import { bigProse, fenceNbsp, linkDefinitions, type LatencyInput } from '../../bench/latencyInputs';

/** Longest time the event loop did not run a 5 ms timer, since the last `take()`. */
class Heartbeat {
  private last = performance.now();
  private longest = 0;
  private readonly timer = setInterval(() => this.beat(), 5);

  private beat(): void {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last);
    this.last = now;
  }

  take(): number {
    this.beat();
    const out = this.longest;
    this.longest = 0;
    return out;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const BURSTS = 3;
const KEYS_PER_BURST = 10;

interface Figures {
  /** Longest gap with nothing to do (how loaded the machine is). */
  idleMs: number;
  openMs: number;
  openBlockMs: number;
  typingBlockMs: number;
  keyMs: number;
  settleMs: number;
  rules: string[];
}

async function measure(input: LatencyInput): Promise<Figures> {
  const api = await ready();
  const beat = new Heartbeat();
  try {
    await sleep(1000);
    const idleMs = beat.take();
    let t = performance.now();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: input.text });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    await api.lint(doc.uri);
    const openMs = performance.now() - t;
    const openBlockMs = beat.take();

    // Type in the middle of the body: a few bursts of keys, each followed by a pause that lets the
    // debounced lint start while the next burst is typed.
    const line = Math.floor(doc.lineCount / 2);
    const end = doc.lineAt(line).range.end;
    editor.selection = new vscode.Selection(end, end);
    let keyMs = 0;
    for (let b = 0; b < BURSTS; b++) {
      for (let k = 0; k < KEYS_PER_BURST; k++) {
        const k0 = performance.now();
        await vscode.commands.executeCommand('type', { text: k === 0 ? ' ' : 'x' });
        keyMs = Math.max(keyMs, performance.now() - k0);
        await sleep(40);
      }
      await sleep(400);
    }
    const typingBlockMs = beat.take();
    assert.strictEqual(doc.getText().length, input.text.length + BURSTS * KEYS_PER_BURST, 'every key reached the document');
    t = performance.now();
    await api.lint(doc.uri);
    const settleMs = performance.now() - t;
    beat.take();
    return { idleMs, openMs, openBlockMs, typingBlockMs, keyMs, settleMs, rules: [...new Set(ours(doc.uri).map(codeOf))].sort() };
  } finally {
    beat.stop();
  }
}

suite('Typing latency on inputs that froze the editor (issue #10)', () => {
  suiteSetup(async () => {
    await ready();
  });
  teardown(closeAll);

  for (const make of [fenceNbsp, linkDefinitions, bigProse]) {
    const input = make();
    test(input.name, async function () {
      // Once is enough: the figures do not depend on a folder being open.
      if (!hasFolder()) this.skip();
      this.timeout(20 * 60_000);
      const f = await measure(input);
      const r = (x: number): string => x.toFixed(0);
      console.log(
        `      latency ${input.name}: open ${r(f.openMs)} ms (longest block ${r(f.openBlockMs)} ms); ` +
          `${BURSTS * KEYS_PER_BURST} keys: longest block ${r(f.typingBlockMs)} ms, slowest key ${r(f.keyMs)} ms; ` +
          `result ${r(f.settleMs)} ms after the last key; rules: ${f.rules.join(', ') || 'none'} (idle: ${r(f.idleMs)} ms)`,
      );
      assert.ok(f.typingBlockMs < 1000, `typing blocked the extension host for ${r(f.typingBlockMs)} ms`);
    });
  }
});
