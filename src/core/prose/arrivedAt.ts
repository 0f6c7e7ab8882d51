/**
 * A conclusion the software arrives at (stop 52): "from the answers it arrives at the most likely diagnosis", "comes up
 * with the likely causes of the symptoms", "settles on a diagnosis", "works out the most likely diagnosis". These phrasal
 * verbs say what "reaches a diagnosis" says: the software draws the clinical conclusion, which Appendix S reads as
 * autonomous. (A quantity worked out is still augmentative: "works out the dose" and "works out the volume" are read
 * elsewhere; only a conclusion noun makes the phrase a conclusion.)
 *
 * Only the software as the active subject, in a clause neither denied, hedged nor hoped for; a likely cause only with its
 * "likely" or "probable" ("comes up with causes to check" is a list of options).
 */
import { isWorkForm, type Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';

/** Phrasal verbs of reaching a conclusion: the verb's lemma and the particles after it. */
const ARRIVING: ReadonlyMap<string, readonly string[]> = new Map([
  ['arrive', ['at']],
  ['come', ['up', 'with']],
  ['settle', ['on', 'upon']],
  ['land', ['on']],
  ['work', ['out']],
]);
/** What is concluded. */
const CONCLUSIONS: ReadonlySet<string> = new Set(['diagnosis', 'diagnoses', 'verdict', 'verdicts', 'conclusion', 'conclusions']);
/** Conclusions only with a word of likelihood before them: "the likely causes", "the most probable condition". */
const LIKELY_CONCLUSIONS: ReadonlySet<string> = new Set(['cause', 'causes', 'condition', 'conditions', 'disease', 'diseases', 'explanation', 'explanations']);
const LIKELIHOOD: ReadonlySet<string> = new Set(['likely', 'probable', 'likeliest']);
/** The longest noun phrase read after the particle: "the single most likely diagnosis". */
const REACH = 5;

export function arrivedAtCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (clause.agent !== 'software' || clause.passive || scope.hypothetical || scope.hedged) return;
  for (const v of clause.verbs) {
    // (the tagger reads "works out" as "calculates", with its particle kept)
    const particles = ARRIVING.get(isWorkForm(words[v].w) ? 'work' : (words[v].lemma ?? ''));
    if (!particles || scope.negated[v - clause.from]) continue;
    let j = v + 1;
    // ("comes up with": both particles; "arrives at", "settles on": either of its own)
    if (particles.length === 2) {
      if (words[j]?.w !== particles[0] || words[j + 1]?.w !== particles[1]) continue;
      j += 2;
    } else if (particles.includes(words[j]?.w ?? '')) j++;
    else continue;
    let likely = false;
    for (let m = j; m < clause.to && m < j + REACH; m++) {
      const w = words[m].w;
      if (LIKELIHOOD.has(w)) likely = true;
      if (CONCLUSIONS.has(w) || (likely && LIKELY_CONCLUSIONS.has(w))) {
        // (the same words are no quantity worked out)
        for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'augmentative' && out[i].first <= m && out[i].last >= v) out.splice(i, 1);
        out.push({ kind: 'autonomous', first: v, last: m });
        return;
      }
      if (words[m].tag === 'verb' || words[m].tag === 'punct' || words[m].tag === 'prep') break;
    }
  }
}
