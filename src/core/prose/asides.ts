/**
 * Asides read past (stop 48). Reporting asides: "Deciding what to take out, he added, is still the endoscopist's job", "The
 * pump, the maker says, adjusts the rate itself"; press, minutes and interviews break a sentence with who said it. Appositions
 * on the subject: "Dr Ana Iyer, the endocrinologist, reviews …", "My neurologist, Dr Hale, looks at …"; letters name a person
 * twice. The sentence is read as if the aside were not there, since the commas would otherwise cut the subject from its verb.
 */
import { verbHit, type Word } from './tags';

/** Verbs of saying, in the forms an aside uses. */
const SAYING: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'noted', 'notes', 'explained', 'explains', 'stressed', 'stresses', 'warned', 'warns',
  'insisted', 'insists', 'admitted', 'admits', 'argued', 'argues', 'claimed', 'claims', 'told', 'tells', 'recalled', 'recalls',
  'cautioned', 'cautions', 'emphasised', 'emphasized', 'emphasises', 'emphasizes', 'conceded', 'concedes', 'suggested', 'suggests',
]);
/** The longest aside read (its words between the commas). */
const LONGEST_ASIDE = 7;

/**
 * The word span [from, to) of a reporting aside to read past, or undefined: from its opening comma up to (not including) the
 * word after its closing comma, or to the sentence's final punctuation when the aside ends the sentence.
 */
export function asideToReadPast(words: readonly Word[]): [number, number] | undefined {
  for (let open = 1; open < words.length - 2; open++) {
    if (words[open].w !== ',') continue;
    let close = open + 1;
    while (close < words.length && close <= open + LONGEST_ASIDE + 1 && words[close].tag !== 'punct') close++;
    const inner = words.slice(open + 1, close);
    if (inner.length < 2 || inner.length > LONGEST_ASIDE) continue;
    const atEnd = close === words.length - 1 && words[close].w !== ',';
    if (words[close]?.w !== ',' && !atEnd) continue;
    // "he added", "the company says", "Dr Vogel said": a subject, then the verb of saying, ending the aside;
    // "said Dr Vogel", "added the maker's head of product": the verb of saying first, then who.
    const sayingLast = SAYING.has(inner[inner.length - 1].w) && inner.slice(0, -1).every((w) => w.tag === 'pron' || w.tag === 'det' || w.tag === 'noun' || w.tag === 'name' || w.tag === 'adj');
    const sayingFirst = SAYING.has(inner[0].w) && inner.slice(1).every((w) => w.tag === 'det' || w.tag === 'noun' || w.tag === 'name' || w.tag === 'adj' || w.w === 'of');
    if (!sayingLast && !sayingFirst) {
      if (!atEnd && appositionOnSubject(words, open, close)) return [open, close + 1];
      continue;
    }
    // (a verb of saying with a person's object is no aside: ", told the nurse," is not who said it)
    if (inner[0].w === 'told' || inner[0].w === 'tells') continue;
    return atEnd ? [open, close] : [open, close + 1];
  }
  return undefined;
}

/** Tags an apposition is made of: "the endocrinologist", "Dr Hale", "our sleep physician". */
const APPOSITION: ReadonlySet<string> = new Set(['det', 'adj', 'noun', 'name']);

/**
 * Whether the commas at `open` and `close` hold an apposition on the subject that opens the sentence: a noun phrase right
 * after the subject's noun or name, and the subject's verb right after the closing comma ("Dr Ana Iyer, the endocrinologist,
 * reviews …"). Not a list ("The nurse, the doctor and the pharmacist …"), which goes on with "and" or another comma.
 */
function appositionOnSubject(words: readonly Word[], open: number, close: number): boolean {
  if (words[close]?.w !== ',') return false;
  const subject = words.slice(0, open);
  if (subject.length > 4 || !subject.every((w) => APPOSITION.has(w.tag)) || (words[open - 1].tag !== 'noun' && words[open - 1].tag !== 'name')) return false;
  const inner = words.slice(open + 1, close);
  if (!inner.every((w) => APPOSITION.has(w.tag)) || !inner.some((w) => w.tag === 'noun' || w.tag === 'name')) return false;
  let verb = close + 1;
  while (words[verb]?.tag === 'adv') verb++;
  // (the tagger may have taken the verb after the comma for a plural noun: "…, Dr Hale, looks at …"; or a past verb for a
  // participle: "Dr Nwosu, the chest radiologist, confirmed the emboli" (stop 49))
  const form = words[verb]?.tag === 'verb' ? words[verb].form : words[verb]?.tag === 'noun' || words[verb]?.tag === 'adj' ? verbHit(words[verb].w)?.form : undefined;
  return form === 's' || form === 'ed';
}
