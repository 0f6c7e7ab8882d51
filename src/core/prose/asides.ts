/**
 * Asides read past (stop 48). Reporting asides: "Deciding what to take out, he added, is still the endoscopist's job", "The
 * pump, the maker says, adjusts the rate itself"; press, minutes and interviews break a sentence with who said it. Appositions
 * on the subject: "Dr Ana Iyer, the endocrinologist, reviews …", "My neurologist, Dr Hale, looks at …"; letters name a person
 * twice. The sentence is read as if the aside were not there, since the commas would otherwise cut the subject from its verb.
 */
import { verbHit, type Word } from './tags';
import * as V from './vocabulary';

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
export function asideToReadPast(words: readonly Word[]): ReadonlyArray<readonly [number, number]> | undefined {
  const bracketed = bracketOnSubject(words);
  if (bracketed !== undefined) return bracketed;
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
      // "Dr Silva, who saw the patient that afternoon, agreed …" (stop 50): a relative clause between commas on a physician
      // who opens the sentence says more about them; the sentence goes on with the subject's own verb
      // (only a doctor named by title: "The reading physician, who interprets the study, signs …" keeps its relative clause's
      // own reading)
      if (!atEnd && inner[0].w === 'who' && titledDoctor(words.slice(0, open)) && open <= 4 && verbAfterAside(words, close)) return [[open, close + 1]];
      if (atEnd || !appositionOnSubject(words, open, close)) continue;
      // "Ms Reyes, the consultant, checked …" (stop 50): when only the apposition says the subject is a physician, the
      // sentence is read with the apposition as its subject ("the consultant checked …"), the name and both commas set aside
      if (namesPhysician(inner) && !namesPhysician(words.slice(0, open))) return [[0, open + 1], [close, close + 1]];
      // ("The best performer, a TabNet model, proposes …" (stop 58): so when only the apposition says the subject is a model or
      // a program)
      if (namesModel(inner) && !words.slice(0, open).some((w) => V.SOFTWARE_NOUNS.has(w.w) || V.PHYSICIAN_NOUNS.has(w.w) || V.LAY_PEOPLE.has(w.w))) return [[0, open + 1], [close, close + 1]];
      return [[open, close + 1]];
    }
    // (a verb of saying with a person's object is no aside: ", told the nurse," is not who said it)
    if (inner[0].w === 'told' || inner[0].w === 'tells') continue;
    return [atEnd ? [open, close] : [open, close + 1]];
  }
  return undefined;
}

/** Heads of an apposition that name the software: "a TabNet model", "a gradient-boosting classifier". */
const MODEL_HEADS: ReadonlySet<string> = new Set(['model', 'algorithm', 'network', 'classifier', 'software', 'app', 'program', 'programme', 'calculator', 'engine', 'tool']);
/** Whether a short noun phrase opening on an article ends on a model or a program: "a TabNet model", "an open-source calculator". */
function namesModel(phrase: readonly Word[]): boolean {
  return (phrase[0]?.w === 'a' || phrase[0]?.w === 'an') && MODEL_HEADS.has(phrase[phrase.length - 1]?.w ?? '');
}

/** Whether a short noun phrase names a physician: "the attending surgeon", "Dr Hale" (not "the nurse", who may be lay). */
function namesPhysician(phrase: readonly Word[]): boolean {
  return titledDoctor(phrase) || phrase.some((w) => V.PHYSICIAN_NOUNS.has(w.w) && !V.AMBIGUOUS_HUMANS.has(w.w));
}

/**
 * A short bracket right after the subject that opens the sentence, before its verb (stop 50): handover notes and reports
 * name a role and a doctor, or a doctor and their specialty, so: "Reg (Dr Lin) reviewed the film", "Neurology (Dr Sato)
 * reviewed the trace", "Dr Ahmed (cards) read them". When only the bracket names the physician, the sentence is read with the
 * bracket as its subject ("Dr Lin reviewed …"); otherwise the bracket is read past.
 */
function bracketOnSubject(words: readonly Word[]): ReadonlyArray<readonly [number, number]> | undefined {
  let open = 1;
  while (open <= 3 && open < words.length && words[open].w !== '(') open++;
  if (words[open]?.w !== '(' || !words.slice(0, open).every((w) => APPOSITION.has(w.tag) || w.cap)) return undefined;
  let close = open + 1;
  while (close <= open + 4 && close < words.length && words[close].w !== ')') close++;
  if (words[close]?.w !== ')' || close === open + 1 || !verbAfterAside(words, close)) return undefined;
  const inner = words.slice(open + 1, close);
  if (namesPhysician(inner) && !namesPhysician(words.slice(0, open))) return [[0, open + 1], [close, close + 1]];
  return [[open, close + 1]];
}

/** Whether a short subject is a doctor named by title and name: "Dr Silva", "Prof. Ana Reyes". */
function titledDoctor(phrase: readonly Word[]): boolean {
  return phrase.some((w, j) => V.DOCTOR_TITLES.has(w.w) && (phrase[j + 1]?.tag === 'name' || phrase[j + 2]?.tag === 'name'));
}

/** Past forms spelt as the base form: "Dr Kaur, the practitioner, read the tracing". */
const PAST_AS_BASE: ReadonlySet<string> = new Set(['read', 'reread', 're-read', 'put', 'set', 'cut', 'reset']);

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
  return verbAfterAside(words, close);
}

/** Whether the subject's verb, in a finite form, comes right after the closing comma at `close` (past adverbs). */
function verbAfterAside(words: readonly Word[], close: number): boolean {
  let verb = close + 1;
  while (words[verb]?.tag === 'adv') verb++;
  // (the tagger may have taken the verb after the comma for a plural noun: "…, Dr Hale, looks at …"; or a past verb for a
  // participle: "Dr Nwosu, the chest radiologist, confirmed the emboli" (stop 49))
  const form = words[verb]?.tag === 'verb' ? words[verb].form : words[verb]?.tag === 'noun' || words[verb]?.tag === 'adj' ? verbHit(words[verb].w)?.form : undefined;
  return form === 's' || form === 'ed' || (PAST_AS_BASE.has(words[verb]?.w ?? '') && (words[verb + 1]?.tag === 'det' || words[verb + 1]?.w === 'them' || words[verb + 1]?.w === 'it'));
}
