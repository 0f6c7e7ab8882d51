/**
 * A change that takes effect unless someone stops it (stop 51): "The new dose takes effect unless a clinician rejects it
 * within an hour", "Unless the nurse presses hold, the new rate starts". The software's setting goes ahead by default and a
 * person may only override it: Appendix S autonomous, Level II.
 *
 * Only a therapy or an order the software set (the subject: the dose, the rate, the change, the referral), a verb of taking
 * effect in the clause it governs, and an "unless" clause whose person cancels, rejects or stops it; not a setting that
 * waits for someone's approval ("the dose is not given unless the physician approves it"), nor a denied main clause.
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** What the software set, as the subject of taking effect. */
const SETTINGS: ReadonlySet<string> = new Set(['dose', 'doses', 'rate', 'rates', 'change', 'changes', 'setting', 'settings', 'adjustment', 'adjustments', 'referral', 'referrals', 'order', 'orders', 'bolus', 'boluses', 'titration', 'prescription', 'target']);
/** Verbs of taking effect: "starts", "takes effect", "goes ahead", "is applied". */
const TAKING_EFFECT: ReadonlySet<string> = new Set(['start', 'starts', 'started', 'proceed', 'proceeds', 'apply', 'applies', 'applied', 'run', 'runs', 'begin', 'begins', 'stand', 'stands', 'execute', 'executes', 'executed', 'given', 'delivered', 'sent', 'released', 'issued', 'placed', 'infused']);
/** Two-word forms: "takes effect", "goes ahead", "goes through", "goes out". */
const TAKING_EFFECT_PAIRS: ReadonlyArray<readonly [string, string]> = [['takes', 'effect'], ['take', 'effect'], ['goes', 'ahead'], ['go', 'ahead'], ['goes', 'through'], ['goes', 'out'], ['kicks', 'in']];
/** What the person does to stop it. */
const STOPPING: ReadonlySet<string> = new Set(['cancel', 'cancels', 'reject', 'rejects', 'stop', 'stops', 'override', 'overrides', 'overrule', 'overrules', 'veto', 'vetoes', 'block', 'blocks', 'decline', 'declines', 'pause', 'pauses', 'press', 'presses', 'intervene', 'intervenes', 'hold', 'holds', 'reverse', 'reverses']);
/** People besides physicians who may stop it: anyone, the patient or the people around them, a rescuer. */
const STOPPERS: ReadonlySet<string> = new Set(['someone', 'somebody', 'anyone', 'anybody', 'user', 'users', ...V.LAY_RECIPIENTS, ...V.LAY_RESPONDERS]);
const DENIALS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'no']);

/** Whether words[from, to) hold a person and, after it, a verb of stopping. */
function stoppedBySomeone(words: readonly Word[], from: number, to: number): boolean {
  let person = -1;
  for (let j = from; j < to && j <= from + 5; j++) {
    if (V.PHYSICIAN_NOUNS.has(words[j].w) || STOPPERS.has(words[j].w)) person = j;
    else if (person >= 0 && STOPPING.has(words[j].w)) return true;
  }
  return false;
}

/** The index of the verb of taking effect at j (its last word), or -1. */
function takesEffectAt(words: readonly Word[], j: number): number {
  if (TAKING_EFFECT.has(words[j].w) && (words[j].tag === 'verb' || words[j].tag === 'noun')) return j;
  for (const [a, b] of TAKING_EFFECT_PAIRS) if (words[j].w === a && words[j + 1]?.w === b) return j + 1;
  return -1;
}

export function unlessStoppedCue(words: readonly Word[], out: WordCue[]): void {
  const unless = words.findIndex((w) => w.w === 'unless');
  if (unless < 0 || !stoppedBySomeone(words, unless + 1, words.length)) return;
  // The main clause: after the unless clause's comma when it opens the sentence, else before "unless".
  let from = 0;
  let to = unless;
  if (unless === 0 || words.slice(0, unless).every((w) => w.tag === 'cc' || w.tag === 'adv' || w.tag === 'punct')) {
    const comma = words.findIndex((w, i) => i > unless && w.w === ',');
    if (comma < 0) return;
    from = comma + 1;
    to = words.length;
  }
  for (let s = from; s < to; s++) {
    if (!SETTINGS.has(words[s].w) || words[s].tag !== 'noun') continue;
    for (let j = s + 1; j < to && j <= s + 4; j++) {
      if (DENIALS.has(words[j].w)) return;
      const end = takesEffectAt(words, j);
      if (end < 0) continue;
      out.push({ kind: 'autonomous', first: s, last: end });
      return;
    }
  }
}
