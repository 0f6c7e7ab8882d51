/**
 * Headline fragments (stop 48): "Stroke risk, worked out at admission.", "Fetal weight, estimated from one 3D sweep."
 * Product pages, app listings and news items name the output first and the work after a comma, with the copula left
 * out. Read with it put back ("Stroke risk is worked out at admission"), the fragment is the agentless passive the
 * later stages already read: a clinical quantity estimated is the software's output, a study statistic stays silent.
 */
import type { Word } from './tags';

/** Participles of working out a quantity, the only work a headline fragment is read for. */
const MEASURING: ReadonlySet<string> = new Set([
  'estimate', 'measure', 'calculate', 'compute', 'predict', 'quantify', 'derive', 'grade', 'score', 'forecast', 'gauge', 'work',
]);
/** Tags a headline's noun phrase is made of. */
const NOUN_PHRASE: ReadonlySet<string> = new Set(['det', 'adj', 'noun', 'name', 'num', 'cc']);
/** Words that open a subordinate clause after the participle, whose own verb does not make the fragment a sentence. */
const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set(['when', 'whenever', 'as', 'before', 'after', 'while', 'until', 'once', 'if', 'moment', 'that', 'which', 'who', 'so']);
/** The longest noun phrase read as a headline's subject. */
const LONGEST_SUBJECT = 6;

/**
 * The index (into `words`) of the comma that stands for a headline fragment's left-out copula, or -1. The caller tags the
 * sentence again with "is" in the comma's place, so every later stage (particles, passives, agents) reads it as written in full.
 */
export function headlineCopula(words: readonly Word[]): number {
  const comma = words.findIndex((w) => w.tag === 'punct');
  if (comma < 1 || comma > LONGEST_SUBJECT || words[comma].w !== ',') return -1;
  if (!words.slice(0, comma).every((w) => NOUN_PHRASE.has(w.tag)) || !words.slice(0, comma).some((w) => w.tag === 'noun' || w.tag === 'name')) return -1;
  const participle = words[comma + 1];
  if (!participle || participle.form !== 'ed' || !MEASURING.has(participle.lemma ?? '')) return -1;
  // ("worked" only as "worked out")
  if (participle.lemma === 'work' && words[comma + 2]?.w !== 'out') return -1;
  // A verb after the participle makes the fragment a sentence ("Fetal weight, estimated from the sweep, is shown to …"),
  // unless a subordinate clause opened first ("estimated the moment she is admitted"). ("in seconds", "in minutes": time
  // words the tagger may take for verbs.)
  for (let j = comma + 2; j < words.length; j++) {
    if (SUBORDINATE_OPENERS.has(words[j].w)) break;
    if (TIME_UNITS.has(words[j].w) && words[j - 1]?.w === 'in') continue;
    if (words[j].tag === 'verb' || words[j].tag === 'be' || words[j].tag === 'modal') return -1;
  }
  return comma;
}

/** Time units after "in" ("in seconds"), never verbs there. */
const TIME_UNITS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks']);
