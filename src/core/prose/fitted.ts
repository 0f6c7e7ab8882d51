/**
 * Therapy settings worked out from the patient's own data (round 17c): "generates amplification settings tailored to
 * the user's hearing profile", "turns the wearer's answers to a listening test into a fitting". Software that turns what
 * the user tells it, or what it measured of the user, into the settings of the therapy (a hearing aid's fitting, a
 * stimulator's program) has chosen the therapy with nobody between: the self-fitting case of 21 CFR 874.3325 and its
 * kin, autonomous in Appendix S terms.
 *
 * The settings must be a therapy's ("amplification settings", "gain settings", "a fitting"; not "display settings") and
 * tied to the patient's own data ("tailored to the hearing profile", "matched to the audiogram the user uploads") or made
 * from it ("turns the answers … into a fitting", "builds a fitting from the user's answers"). Read only at the few setting nouns, in clauses the software acts in.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Nouns of a therapy's settings. */
const SETTINGS: ReadonlySet<string> = new Set(['settings', 'setting', 'fitting', 'fittings', 'gain', 'gains', 'amplification', 'program', 'programs', 'programme', 'programmes']);
/** Settings nouns that are a therapy's by themselves; the others need a therapy word before them. */
const THERAPY_BY_ITSELF: ReadonlySet<string> = new Set(['fitting', 'fittings', 'amplification', 'gain', 'gains']);
const THERAPY_QUALIFIERS: ReadonlySet<string> = new Set(['amplification', 'gain', 'hearing-aid', 'stimulation', 'therapy', 'treatment', 'insulin', 'dosing', 'pacing', 'sound', 'frequency-specific']);
/** Participles that tie settings to someone: "tailored to", "matched to". */
const FITTED: ReadonlySet<string> = new Set([
  'tailored', 'fitted', 'matched', 'adapted', 'personalized', 'personalised', 'customized', 'customised', 'individualized',
  'individualised', 'suited', 'tuned', 'adjusted',
]);
/** The patient's own data a therapy is fitted to. */
const OWN_DATA: ReadonlySet<string> = new Set([
  'profile', 'audiogram', 'audiograms', 'threshold', 'thresholds', 'answers', 'answer', 'responses', 'response', 'hearing',
  'loss', 'needs', 'preferences', 'results', 'result', 'test', 'scores', 'measurements',
]);
/** Verbs that turn one thing into another: "turns … into", "converts … into", "translates … into". */
const TURNING: ReadonlySet<string> = new Set(['turn', 'convert', 'translate', 'transform', 'map']);
const REACH = 8;

function isPerson(w: string): boolean {
  const bare = w.replace(/'s?$/, '');
  return (V.OTHER_NOUNS.has(bare) && bare !== 'manufacturer' && bare !== 'company' && bare !== 'sponsor' && bare !== 'fda' && bare !== 'we') || bare === 'user' || bare === 'users';
}

/** Whether the settings noun at k is a therapy's: by itself, or with a therapy word just before (not "display settings"). */
function therapySettings(words: readonly Word[], k: number): boolean {
  if (V.NOT_THERAPY_SETTINGS.has(words[k - 1]?.w ?? '')) return false;
  if (THERAPY_BY_ITSELF.has(words[k].w)) return true;
  return THERAPY_QUALIFIERS.has(words[k - 1]?.w ?? '') || THERAPY_QUALIFIERS.has(words[k - 2]?.w ?? '');
}

/** Verbs of a purpose that fits settings to someone: "sets the amplification to match the user's hearing" (round 18c). */
const FITTING_PURPOSE: ReadonlySet<string> = new Set(['match', 'suit', 'fit', 'compensate']);

/** The last word of "tailored to <the patient's data>" (or "to match <the patient's data>") after k, or -1. */
function fittedToOwnData(words: readonly Word[], k: number, to: number): number {
  const participle = words[k + 1];
  if (!participle) return -1;
  const purpose = participle.w === 'to' && FITTING_PURPOSE.has(words[k + 2]?.lemma ?? words[k + 2]?.w ?? '');
  if (!purpose && !FITTED.has(participle.w)) return -1;
  const link = purpose ? 'to' : words[k + 2]?.w;
  if (link !== 'to' && link !== 'for') return -1;
  for (let j = k + 3; j < words.length && j <= k + 3 + REACH && j < Math.max(to, k + 4 + REACH); j++) {
    if (words[j].tag === 'punct' && words[j].w !== '-') return -1;
    if (OWN_DATA.has(words[j].w) || isPerson(words[j].w)) {
      // To the end of the noun phrase: "the user's hearing profile".
      let end = j;
      while (words[end + 1] !== undefined && (words[end + 1].tag === 'noun' || OWN_DATA.has(words[end + 1].w))) end++;
      return end;
    }
  }
  return -1;
}

/** The last word of "from / using / based on <the patient's own data>" right after the settings at k, or -1: "a fitting from the user's answers". */
function madeFromOwnData(words: readonly Word[], k: number, to: number): number {
  let j = k + 1;
  if (words[j]?.w === 'based' && words[j + 1]?.w === 'on') j++;
  else if (words[j]?.w !== 'from' && words[j]?.w !== 'using') return -1;
  for (let i = j + 1; i < to && i <= j + 5; i++) {
    // ("answers" after a possessive is the noun, whatever the tagger says.)
    if (!OWN_DATA.has(words[i].w)) {
      if (words[i].tag === 'punct' || words[i].tag === 'verb') return -1;
      continue;
    }
    // "from the user's answers": the data must be the patient's (a person before it), or a hearing test's own words.
    const owned = words.slice(j + 1, i).some((w) => isPerson(w.w)) || words[i].w === 'audiogram' || words[i].w === 'audiograms' || words[i].w === 'thresholds';
    return owned ? i : -1;
  }
  return -1;
}

/** The cue for therapy settings the software derives from the patient's own data, in one clause. */
export function fittedSettingsCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || scope.hypothetical || scope.hedged || out.some((c) => c.kind === 'autonomous')) return; // one cue per act (the sentence already says it)
  for (let k = Math.max(clause.from, clause.subject + 1); k < clause.to; k++) {
    if (!SETTINGS.has(words[k].w) || (words[k].tag !== 'noun' && words[k].tag !== 'adj') || scope.negated[k - clause.from]) continue;
    if (!therapySettings(words, k)) continue;
    // The verb that gives the settings: the clause's last verb before them.
    const verb = clause.verbs.filter((v) => v < k).pop();
    if (verb === undefined) continue;
    // Past the rest of the settings' noun phrase: "gain settings".
    let head = k;
    while (SETTINGS.has(words[head + 1]?.w ?? '')) head++;
    const fitted = Math.max(fittedToOwnData(words, head, clause.to), madeFromOwnData(words, head, clause.to));
    if (fitted >= 0) {
      out.push({ kind: 'autonomous', first: verb, last: fitted });
      return;
    }
    // "turns the wearer's answers to a listening test into a fitting": made from the patient's own data.
    const turning = clause.verbs.find((v) => v < k && TURNING.has(words[v].lemma ?? ''));
    if (turning !== undefined && words[k - 1]?.w !== 'into' && !words.slice(turning + 1, k).some((w) => w.w === 'into')) continue;
    if (turning !== undefined && words.slice(turning + 1, k).some((w) => OWN_DATA.has(w.w) || isPerson(w.w))) {
      out.push({ kind: 'autonomous', first: turning, last: head });
      return;
    }
  }
}

/** Verbs of doing a fitting: "tailor the fitting", "complete the fitting", "work out the settings". */
const FITTING_VERBS: ReadonlySet<string> = new Set([
  'tailor', 'customize', 'customise', 'personalize', 'personalise', 'adjust', 'complete', 'derive', 'calculate', 'fit', 'program', 'set', 'fine-tune', 'perform', 'do', 'execute',
]);
/** The lay people who may fit their own aid. */
const FITTERS: ReadonlySet<string> = new Set(['user', 'users', 'wearer', 'wearers', 'patient', 'patients', 'consumer', 'consumers', 'they', 'listener', 'listeners']);
/** Words that say nobody else took part: "alone", "by themselves", "on their own". */
function aloneAt(words: readonly Word[], j: number): number {
  const w = words[j].w;
  if (w === 'alone' || w === 'unaided' || w === 'unassisted') return j;
  if (w === 'by' && /^(themselves|himself|herself|themself)$/.test(words[j + 1]?.w ?? '')) return j + 1;
  if (w === 'on' && /^(their|his|her)$/.test(words[j + 1]?.w ?? '') && words[j + 2]?.w === 'own') return j + 2;
  return -1;
}

/**
 * A lay user doing the fitting with nobody else (round 18c): "the wearer completes the fitting alone", "users tailor the
 * fitting and settings by themselves". The therapy's settings are chosen with no professional between, as when the
 * software derives them. Not "their own fitting" (whose settings, not who fits), not a professional, not under a negation
 * or a condition.
 */
export function fittingByUserCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || clause.subject < 0 || out.some((c) => c.kind === 'autonomous')) return;
  if (!FITTERS.has(words[clause.subject].w)) return;
  const verb = clause.verbs.find((v) => v > clause.subject && FITTING_VERBS.has(words[v].lemma ?? '') && !scope.negated[v - clause.from]);
  if (verb === undefined) return;
  let settings = -1;
  for (let j = verb + 1; j < clause.to && j <= verb + 8; j++) {
    if (SETTINGS.has(words[j].w) && therapySettings(words, j)) {
      settings = j;
      break;
    }
  }
  if (settings < 0) return;
  for (let j = settings + 1; j < clause.to && j <= settings + 8; j++) {
    const end = aloneAt(words, j);
    if (end >= 0) {
      out.push({ kind: 'autonomous', first: verb, last: end });
      return;
    }
    if (words[j].tag === 'punct' && words[j].w !== '-') return;
  }
}
