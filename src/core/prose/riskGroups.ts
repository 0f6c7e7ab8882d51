/**
 * A patient put in a risk group (stop 34): "places each patient in one of three risk groups", "node-negative patients are
 * placed in a low, intermediate or high risk group", "assigns every case to a low-risk or high-risk category", "stratifies
 * patients by risk". A risk category the software gives is, in Appendix S terms, augmentative output (a risk score or
 * category), whatever verb sorts the patient into it.
 *
 * Only by the software (its clause), or in a passive that names nobody in the present tense: "were placed in a high-risk
 * group by the surgeon" and a study's "patients were grouped by risk" keep their older readings. Not denied, hedged or
 * hypothetical.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';

/** Verbs that put a patient in a group (lemmas). */
const PLACING: ReadonlySet<string> = new Set(['place', 'assign', 'put', 'sort', 'allocate', 'categorize', 'categorise', 'classify', 'group', 'bin', 'divide', 'separate']);
/** Verbs that put patients in an order (lemmas): read only with an order by risk or likelihood. */
const ORDERING: ReadonlySet<string> = new Set(['rank', 'order', 'prioritize', 'prioritise', 'arrange']);
/** Verbs that grade by risk in themselves (lemmas). */
const STRATIFYING: ReadonlySet<string> = new Set(['stratify', 'risk-stratify']);
/** Nouns of a group a risk names: "risk group", "risk category", "risk tier". */
const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'groups', 'category', 'categories', 'class', 'classes', 'tier', 'tiers', 'band', 'bands', 'stratum', 'strata', 'bucket', 'buckets']);
/** Words of risk before a group noun, and compounds that are both ("low-risk", "high-risk"). */
function riskWord(w: string): boolean {
  return w === 'risk' || w.endsWith('-risk');
}

/** The last index of a risk group within ten words after v, before the sentence or clause ends, or -1. */
function riskGroupAfter(words: readonly Word[], v: number, stratifying: boolean): number {
  let risk = false;
  for (let j = v + 1; j < words.length && j <= v + 10; j++) {
    const w = words[j].w;
    if (w === '.' || w === ';' || w === ':' || words[j].tag === 'verb' || words[j].tag === 'sub' || words[j].tag === 'rel') return -1;
    // "sorts patients by how likely they are to need a ventilator", "ranks them by their probability of sepsis" (stop 53):
    // an order by likelihood gives the likelihood
    if (w === 'by') {
      const likelihood = likelihoodAfterBy(words, j);
      if (likelihood >= 0) return likelihood;
    }
    if (riskWord(w)) {
      risk = true;
      // "stratifies patients by risk": the verb names the grouping itself
      if (stratifying) return j;
      continue;
    }
    if (risk && GROUP_NOUNS.has(w)) return j;
    // "assigns the tumour to one of two subtypes" (stop 47): a subtype the lesion is put in characterises it, as a risk group does
    if (SUBTYPES.has(w)) return j;
    // ("assigns each fracture to AO type A, B or C", "assigns the scleroderma pattern" (stop 50): so do a lesion's named type
    // and pattern, which only a classifying verb puts it in)
    // (not the means: "classifies tissue by its visual patterns")
    if (CLASSIFYING.has(words[v].lemma ?? '') && (w === 'type' || w === 'pattern' || w === 'patterns') && words[j + 1]?.w !== 'of' && !words.slice(v + 1, j).some((x) => MEANS.has(x.w))) return j;
  }
  return -1;
}
/** Nouns of how likely something is. */
const LIKELIHOOD_NOUNS: ReadonlySet<string> = new Set(['likelihood', 'probability', 'chance', 'odds']);

/** After "by" at j: "how likely", "(their) likelihood", "the probability"; the last word, or -1. */
function likelihoodAfterBy(words: readonly Word[], j: number): number {
  if (words[j + 1]?.w === 'how' && (words[j + 2]?.w === 'likely' || words[j + 2]?.w === 'probable')) return j + 2;
  const noun = words[j + 1]?.tag === 'det' ? j + 2 : j + 1;
  return LIKELIHOOD_NOUNS.has(words[noun]?.w ?? '') ? noun : -1;
}
/** Prepositions of the means a case is classified by. */
const MEANS: ReadonlySet<string> = new Set(['by', 'from', 'using', 'on', 'with', 'through', 'via']);
/** Verbs that put a case in a named type or pattern. */
const CLASSIFYING: ReadonlySet<string> = new Set(['assign', 'classify', 'categorize', 'categorise']);
/** Kinds of a lesion or disease a case is put among: "one of two subtypes". */
const SUBTYPES: ReadonlySet<string> = new Set(['subtype', 'subtypes', 'phenotype', 'phenotypes']);

export function riskGroupCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged) return;
  const byNobody = clause.passive && clause.byAgent < 0 && clause.agent !== 'physician' && clause.agent !== 'other';
  if (clause.agent !== 'software' && !byNobody) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    const lemma = verb.lemma ?? verb.w;
    const stratifying = STRATIFYING.has(lemma);
    if (!stratifying && !PLACING.has(lemma) && !ORDERING.has(lemma)) continue;
    if (scope.negated[v - clause.from]) continue;
    // (a passive in the past tense is a study's grouping: "patients were grouped by risk")
    if (clause.passive && (words[v - 1]?.w === 'were' || words[v - 1]?.w === 'was')) continue;
    if (out.some((c) => c.first <= v && v <= c.last)) continue;
    // (a grouping on a condition or a guideline's criteria: "assigned to a low-risk category if the cardiologist judges …",
    // "under the guideline, patients are placed in a high-risk group if …")
    if (words.some((w) => w.w === 'if' || w.w === 'unless' || w.w === 'guideline' || w.w === 'guidelines' || w.w === 'criteria')) return;
    const end = riskGroupAfter(words, v, stratifying);
    if (end < 0) continue;
    out.push({ kind: 'augmentative', first: v, last: end });
    return;
  }
}
