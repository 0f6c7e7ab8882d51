/**
 * A direct question (stop 42): "Can it tell me whether I have sleep apnoea?", "What is a rhythm notification?". FAQ pages,
 * teaching files and patient leaflets ask what a reader wonders; the answer, in the sentences after, says what the
 * software does. The question itself claims nothing, so neither the rules nor the sentence model read it.
 *
 * Only a sentence that opens as a question is one. A statement that ends on a question ("The pump suspends insulin,
 * doesn't it?", "… so why would a bystander need training?") or quotes one ('… and asks, "Are you short of breath?"')
 * still states what it states; so does a clause the question takes for granted ("Does the algorithm, which calculates a
 * risk score, shorten the stay?") and a rhetorical "Did you know the patch detects …?".
 */
import type { Clause } from './clauses';
import type { Word } from './tags';

/** Words a question opens with: "Can it …?", "What does …?", "Is the result …?". */
const INTERROGATIVES: ReadonlySet<string> = new Set([
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how',
  'is', 'are', 'was', 'were', 'am', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must', 'has', 'have', 'had',
  'isn\'t', 'aren\'t', 'doesn\'t', 'don\'t', 'can\'t', 'won\'t',
]);
/** Auxiliaries that open a question's next clause: "…, and does it report the volume?". */
const INVERTED: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'may', 'has', 'have']);
/** "Did you know …?", "Can you believe …?": a question that asserts the clause it asks about. */
const RHETORICAL: ReadonlySet<string> = new Set(['know', 'believe', 'imagine', 'think', 'realise', 'realize', 'guess']);
/** Words that may come before a question's first word: "And if …?", "So what does …?", "Q: Can it …?". */
const LEADING: ReadonlySet<string> = new Set(['and', 'but', 'so', 'then', 'ok', 'okay', 'q', ':']);

/** Where the question's own words start, or -1 when the sentence does not open as a question ending on "?". */
function questionStart(words: readonly Word[]): number {
  let end = words.length - 1;
  while (end >= 0 && /^["'\u201d\u2019)\]]$/.test(words[end].w)) end--;
  if (words[end]?.w !== '?') return -1;
  let at = 0;
  while (at < words.length && at < 3 && LEADING.has(words[at].w)) at++;
  if (!INTERROGATIVES.has(words[at]?.w ?? '')) return -1;
  if (words[at + 1]?.w === 'you' && RHETORICAL.has(words[at + 2]?.w ?? '')) return -1;
  if (words[at].w === 'why' && (words[at + 1]?.w === 'wait' || words[at + 1]?.w === 'settle')) return -1;
  return at;
}

/**
 * The clauses of a direct question that ask rather than state: the one it opens with, and any after it that opens on an
 * auxiliary ("…, and does it report …?"); a relative or that-clause inside it states what it names. Empty when the
 * sentence is no question.
 */
export function questionClauses(words: readonly Word[], clauses: readonly Clause[]): Clause[] {
  const at = questionStart(words);
  if (at < 0) return [];
  const asking: Clause[] = [];
  for (const clause of clauses) {
    const stating = clause.opener === 'that' || clause.opener === 'which' || clause.opener === 'who';
    let first = clause.from;
    while (first < clause.to && (words[first].tag === 'cc' || words[first].w === ',')) first++;
    if (at >= clause.from && at < clause.to) asking.push(clause);
    // ("Which statement best describes the device?" (stop 55): the clause the question's own wh-word opens asks, though the
    // tagger reads the word as a relative pronoun)
    else if (clause.from === at + 1 && clause.opener === words[at].w) asking.push(clause);
    // ("Does that mean a computer decided …?" (stop 49): a demonstrative right after the auxiliary, which the tagger takes
    // for a subordinator, opens no clause that states)
    else if (clause.opener === 'that' && INVERTED.has(words[at].w) && words[at + 1]?.w === 'that' && clause.from <= at + 2) asking.push(clause);
    else if (stating) continue;
    else if (INVERTED.has(words[first]?.w ?? '')) asking.push(clause);
    // (an embedded question or a condition belongs to the question it hangs on: "whether I have asthma", "if my rhythm changes")
    else if (clause.opener === 'whether' || clause.opener === 'if') asking.push(clause);
    // (the question's opening words may stand in no clause of their own: "Does the algorithm, which …, reduce the stay?")
    else if (asking.length === 0) asking.push(clause);
  }
  return asking;
}
