/**
 * A case that gets the software's mark, said from the case's side (stop 55): "a clip with enough positive frames gets a
 * possible-effusion banner in the worklist", "both answers come back as flags on the thumbnail", "flagged studies are moved
 * to the top of the worklist". IT guides and worklist descriptions say what happens to the study rather than what the
 * software does; the mark, or the move up the list, is the software's flag (assistive). (Where the tagger reads a plural
 * noun and a bare verb as one compound, "positive cases move to the top", no clause has the verb and this stage reads
 * nothing.)
 * Only a case, study or record as the subject (not a sample that "gets a barcode label"), only a mark that flags (a tag, a
 * banner, a flag), and never under a negation or a condition.
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** What a reader works through, as the subject that gets the mark: a study, a case, a clip, a visit's record. */
const MARKED_CASES: ReadonlySet<string> = new Set([
  ...V.READ_CASES, 'clip', 'clips', 'visit', 'visits', 'encounter', 'encounters', 'record', 'records', 'chart', 'charts', 'series', 'frame', 'frames',
  'answer', 'answers', 'result', 'results', 'positives', 'findings',
]);
/** Marks that flag a case. */
const FLAG_MARKS: ReadonlySet<string> = new Set(['tag', 'tags', 'banner', 'banners', 'flag', 'flags', 'badge', 'badges', 'icon', 'icons']);
/** Verbs of a case getting a mark. */
const GETTING: ReadonlySet<string> = new Set(['get', 'receive', 'carry', 'acquire']);
/** Verbs of a case moving up a list. */
const MOVING: ReadonlySet<string> = new Set(['move', 'go', 'jump', 'rise', 'climb', 'float']);
/** Lists a case moves to the top of. */
const READING_LISTS: ReadonlySet<string> = new Set(['list', 'worklist', 'queue', 'worklists', 'lists', 'queues']);

/** The head of the clause's subject when it is a case ("studies flagged as …", "a clip with …"), or -1. */
function caseSubject(words: readonly Word[], clause: Clause, v: number): number {
  for (let k = clause.from; k < v; k++) if (MARKED_CASES.has(words[k].w) && words[k].tag === 'noun') return k;
  return -1;
}

export function caseTaggedCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  if (scope.hypothetical || scope.hedged || clause.agent === 'physician' || clause.agent === 'other') return;
  for (const v of clause.verbs) {
    if (scope.negated[v - clause.from] || words[v].form === 'ing') continue;
    const lemma = words[v].lemma ?? '';
    const subject = caseSubject(words, clause, v);
    if (subject < 0) continue;
    let end = -1;
    if (GETTING.has(lemma)) {
      // "gets a tag", "gets a possible-PDA banner": the mark within a short noun phrase
      for (let j = v + 1; j < clause.to && j <= v + 4 && end < 0; j++) {
        if (FLAG_MARKS.has(words[j].w)) end = j;
        else if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
      }
    } else if ((lemma === 'come' || lemma === 'return') && (words[v + 1]?.w === 'as' || (words[v + 1]?.w === 'back' && words[v + 2]?.w === 'as'))) {
      // "come back as flags on the thumbnail", "return as flags" (the tagger gives "come back" the lemma "return")
      const as = words[v + 1].w === 'as' ? v + 1 : v + 2;
      for (let j = as + 1; j < clause.to && j <= as + 3 && end < 0; j++) {
        if (FLAG_MARKS.has(words[j].w)) end = j;
        else if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') break;
      }
    } else if (MOVING.has(lemma) && words[v + 1]?.w === 'to' && words[v + 2]?.w === 'the' && words[v + 3]?.w === 'top' && words[v + 4]?.w === 'of') {
      // "jump to the top of the review list"
      for (let j = v + 5; j < clause.to && j <= v + 8 && end < 0; j++) if (READING_LISTS.has(words[j].w)) end = j;
    }
    if (end >= 0) {
      out.push({ kind: 'assistive', first: v, last: end });
      return;
    }
  }
}
