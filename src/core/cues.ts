/**
 * Sentence analysis of dossier prose: classification cues (what the text says the software does,
 * in Appendix S terms) and payment claims (a code said to guarantee payment).
 *
 * Input is the plain text of one paragraph, list item or table row. The text is cut into word
 * tokens by hand (no regular expressions over the input), then into sentences (., !, ?, table `|`,
 * blank lines) and, inside a sentence, into clauses (commas, coordinators, relative pronouns,
 * subordinators, ; : dashes and brackets). One left-to-right pass per sentence keeps a little
 * state: the subject of the current clause and of the main clause (a human, the software, or
 * something else such as a study), whether a negation is pending or runs through a coordination
 * ("does not detect, flag or measure"), and whether the clause only compares ("unlike tools that
 * diagnose"). At each word the pass tries, in order, a fixed phrase, a noun followed by a passive
 * ("a diagnosis is made by …"), and a cue verb (with its object where the lexicon asks for one),
 * and decides who the agent is and whether it is negated. Every look-ahead and look-back is
 * bounded, so the work is linear in the length of the text.
 *
 * The vocabulary lives in `lexicon.ts`.
 */
import type { AiClass } from './types';
import * as lexicon from './lexicon';
import type { PhraseCue, Strength, SubjectClass, VerbCue } from './lexicon';

/** The lexicon, copied once into a plain object: namespace getters are slow in hot loops. */
const L = { ...lexicon };

export type CueKind = AiClass | 'physician-interprets';

/** A phrase that signals a class. Offsets index the prose given; `end` is exclusive. */
export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  phrase: string;
}

export interface PaymentClaim {
  start: number;
  end: number;
  phrase: string;
}

// =============================================================================================
// Tokens

const WORD = 0;
const NUM = 1;
const PUNCT = 2;
const CODE = 3;
const BREAK = 4;
type TokType = typeof WORD | typeof NUM | typeof PUNCT | typeof CODE | typeof BREAK;

interface Tok {
  s: number;
  e: number;
  /** Lowercased word (typographic apostrophe folded), the punctuation character, or '' for very long words. */
  w: string;
  t: TokType;
  /** First letter is uppercase. */
  cap: boolean;
  /** An uppercase letter after a lowercase one ("EchoGo"): a name. */
  camel: boolean;
  /** Whitespace (or nothing at all: start of text) before the token. */
  gap: boolean;
}

/** Longer words match nothing in the lexicon; they are not lowercased (hostile input). */
const MAX_WORD = 48;
/** A sentence longer than this is cut, to keep per-sentence work bounded. */
const MAX_SENTENCE_TOKENS = 400;
const CODE_MARK = 0x2060;
const CODE_WORD = '\u2060code';

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  if (c === CODE_MARK || c === 0x2019 || c === 0x2018 || c === 0x2010 || c === 0x2011) return false;
  return NON_ASCII_WORD.test(text[i]);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x85
  );
}

/** Characters that neither join nor separate words: emphasis marks, quotes, soft hyphens. */
function isIgnorable(c: number): boolean {
  return (
    c === 42 || c === 95 || c === 126 || c === 96 || c === 34 || c === 39 || c === 0x201c ||
    c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0xad ||
    c === 0x200c || c === 0x200d || c === CODE_MARK || c === 0x201e || c === 0x2039 || c === 0x203a
  );
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** An uppercase letter right after a lowercase one ("EchoGo"). */
function hasInnerCapital(raw: string): boolean {
  for (let k = 1; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    const p = raw.charCodeAt(k - 1);
    if (c < 128 && p < 128) {
      if (c >= 65 && c <= 90 && p >= 97 && p <= 122) return true;
    } else if (isUpper(raw[k]) && isLower(raw[k - 1])) return true;
  }
  return false;
}

function isAsciiWord(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return false;
  return true;
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let gap = true;
  let newlines = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) newlines++;
      gap = true;
      i++;
      continue;
    }
    if (newlines >= 2 && toks.length > 0) toks.push({ s: i, e: i, w: '', t: BREAK, cap: false, camel: false, gap: true });
    newlines = 0;
    if (c === CODE_MARK) {
      // The inline-code placeholder: one opaque name-like token.
      const limit = Math.min(n, i + 40);
      let close = -1;
      for (let j = i + 1; j < limit; j++) {
        if (text.charCodeAt(j) === CODE_MARK) {
          close = j;
          break;
        }
      }
      if (close > 0) {
        toks.push({ s: i, e: close + 1, w: CODE_WORD, t: CODE, cap: false, camel: false, gap });
        gap = false;
        i = close + 1;
        continue;
      }
      i++;
      continue;
    }
    if (isWordChar(text, i)) {
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 0xd800 && d <= 0xdbff) {
          j += 2;
          continue;
        }
        if (isWordChar(text, j)) {
          j++;
          continue;
        }
        const next = j + 1 < n && isWordChar(text, j + 1);
        if ((d === 39 || d === 0x2019) && next) {
          j++;
          continue;
        }
        if ((d === 45 || d === 0x2010 || d === 0x2011) && next) {
          j++;
          continue;
        }
        if ((d === 46 || d === 44) && next && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1))) {
          j++;
          continue;
        }
        break;
      }
      if (j > n) j = n;
      const len = j - i;
      let w = '';
      let camel = false;
      if (len <= MAX_WORD) {
        const raw = text.slice(i, j);
        w = raw.toLowerCase();
        if (w !== raw) camel = hasInnerCapital(raw);
        if (!isAsciiWord(w)) w = w.replace(/\u2019/g, "'").replace(/[\u2010\u2011]/g, '-');
      }
      const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : isUpper(text[i]);
      toks.push({ s: i, e: j, w, t: isDigit(c) ? NUM : WORD, cap, camel, gap });
      gap = false;
      i = j;
      continue;
    }
    if (isIgnorable(c)) {
      i++;
      continue;
    }
    // A run of the same mark ("...", "--", "!!!") is one token.
    let j = i + 1;
    while (j < n && text.charCodeAt(j) === c) j++;
    toks.push({ s: i, e: j, w: text[i], t: PUNCT, cap: false, camel: false, gap });
    gap = false;
    i = j;
  }
  return toks;
}

/** Sentence ranges [start, end) over the tokens. */
function sentences(toks: Tok[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const close = (end: number, next: number): void => {
    if (end > start) out.push([start, end]);
    start = next;
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (i - start >= MAX_SENTENCE_TOKENS) close(i, i);
    if (t.t === BREAK) {
      close(i, i + 1);
      continue;
    }
    if (t.t !== PUNCT) continue;
    const ch = t.w;
    if (ch === '|' || ch === '!' || ch === '?' || ch === '\u2026') {
      close(ch === '|' ? i : i + 1, i + 1);
      continue;
    }
    if (ch !== '.') continue;
    const next = toks[i + 1];
    if (!next) continue;
    if (!next.gap) continue; // "e.g", "example.com"
    const prev = toks[i - 1];
    if (prev && prev.t === WORD && prev.w !== 'etc') {
      // "e.g. The", "Dr. Smith"; an uppercase single letter ("Appendix S.") ends a sentence.
      if (L.ABBREVIATIONS.has(prev.w) && (prev.w.length > 1 || !prev.cap)) continue;
    }
    if ((next.t === WORD || next.t === CODE) && !next.cap && next.w !== '') continue;
    close(i + 1, i + 1);
  }
  close(toks.length, toks.length);
  return out;
}

// =============================================================================================
// Lexicon, compiled

type Form = 'base' | 's' | 'ed' | 'ing';

interface FormHit {
  lemma: string;
  form: Form;
}

const VERB_FORM_INDEX = new Map<string, FormHit[]>();
const ENTRIES_BY_LEMMA = new Map<string, VerbCue[]>();
/** Noun → object-taking entries whose objects include it (for "a diagnosis is made"). */
const PASSIVE_NOUN_INDEX = new Map<string, VerbCue[]>();
const ALL_VERB_FORMS = new Set<string>();

function addForm(word: string, hit: FormHit): void {
  const list = VERB_FORM_INDEX.get(word);
  if (!list) VERB_FORM_INDEX.set(word, [hit]);
  else if (!list.some((h) => h.lemma === hit.lemma && h.form === hit.form)) list.push(hit);
  ALL_VERB_FORMS.add(word);
}

for (const entry of L.VERB_CUES) {
  for (const lemma of entry.verbs) {
    const [base, s, past, ing, pp] = L.verbForms(lemma);
    addForm(base, { lemma, form: 'base' });
    addForm(s, { lemma, form: 's' });
    addForm(past, { lemma, form: 'ed' });
    addForm(pp, { lemma, form: 'ed' });
    addForm(ing, { lemma, form: 'ing' });
    const list = ENTRIES_BY_LEMMA.get(lemma);
    if (list) list.push(entry);
    else ENTRIES_BY_LEMMA.set(lemma, [entry]);
  }
  if (entry.objects) {
    for (const noun of entry.objects) {
      const list = PASSIVE_NOUN_INDEX.get(noun);
      if (list) list.push(entry);
      else PASSIVE_NOUN_INDEX.set(noun, [entry]);
    }
  }
}
// Participles of verbs that are not cue verbs themselves but end a passive we must recognise.
const PAST_PARTICIPLES_EXTRA = new Set(['made', 'drawn', 'given', 'written', 'begun', 'taken', 'done', 'read', 'set', 'shown', 'seen']);

interface CompiledPhrase {
  slots: ReadonlyArray<ReadonlySet<string>>;
  cue: PhraseCue;
}

function compileSlot(spec: string): { set: Set<string>; optional: boolean } {
  const optional = spec.endsWith('?');
  const body = optional ? spec.slice(0, -1) : spec;
  const set = new Set<string>();
  for (const alt of body.split('|')) {
    if (alt.startsWith('@')) {
      const words = L.PHRASE_SETS[alt.slice(1)];
      if (!words) throw new Error(`lexicon: unknown phrase set ${alt}`);
      for (const w of words) set.add(w);
    } else set.add(alt);
  }
  return { set, optional };
}

/** Expands optional slots: each pattern becomes a few fixed sequences of word sets. */
function compilePhrases(): Map<string, CompiledPhrase[]> {
  const index = new Map<string, CompiledPhrase[]>();
  for (const cue of L.PHRASE_CUES) {
    const slots = cue.pattern.split(' ').map(compileSlot);
    let variants: Array<Array<Set<string>>> = [[]];
    for (const slot of slots) {
      const next: Array<Array<Set<string>>> = [];
      for (const v of variants) {
        next.push([...v, slot.set]);
        if (slot.optional) next.push(v);
      }
      variants = next;
    }
    for (const v of variants) {
      if (v.length === 0) continue;
      const compiled: CompiledPhrase = { slots: v, cue };
      for (const first of v[0]) {
        const list = index.get(first);
        if (list) list.push(compiled);
        else index.set(first, [compiled]);
      }
    }
  }
  return index;
}

const PHRASE_INDEX = compilePhrases();

const SOFTWARE_AGENT: Agent = { cls: 'software', phys: false, tok: -1, pron: true };
const UNKNOWN_AGENT: Agent = { cls: 'other', phys: false, tok: -1, pron: true };
const GENERIC_HUMAN: Agent = { cls: 'human', phys: false, tok: -1, pron: true };

const HARD_PUNCT = new Set([';', ':', '(', ')', '[', ']', '{', '}', '\u2014', '\u2013', '-', '\u2212', '>', '<', '=', '+', '#']);
const OPEN_PAREN = new Set(['(', '[', '{']);
const CLOSE_PAREN = new Set([')', ']', '}']);
/** Adverbs that say the machine did it ("EF is measured automatically"). */
const MACHINE_ADVERBS = new Set(['automatically', 'algorithmically', 'computationally', 'automatedly', 'autonomously']);
/** Modifiers a passive agent may carry after "by" ("by two independent cardiologists"). */
const MAX_FILLERS = 3;

function isAdverbWord(w: string): boolean {
  if (L.ADVERBS.has(w)) return true;
  return w.length > 4 && w.endsWith('ly') && !L.LY_NOT_ADVERB.has(w);
}

function isNegatorWord(w: string): boolean {
  return L.NEGATORS.has(w) || w.endsWith("n't");
}

function isPossessive(w: string): boolean {
  return (w.endsWith("'s") && w !== "it's" && w !== "that's") || w.endsWith("s'");
}

// =============================================================================================
// Sentence analysis

interface Agent {
  cls: SubjectClass;
  /** A physician (or reader, expert). */
  phys: boolean;
  /** Token of the subject word, -1 when implied. */
  tok: number;
  pron: boolean;
}

type ClauseType = 'main' | 'rel' | 'sub' | 'paren';

/** 0: none; 1: negator seen, waiting for its verb; 2: negation runs through coordinated verbs; 3: the whole clause is negated. */
type NegMode = 0 | 1 | 2 | 3;

interface Candidate {
  type: 'phrase' | 'verb' | 'passive-noun';
  start: number;
  /** Token after the cue phrase (for a class cue). */
  end: number;
  form: Form | 'noun';
  passive: boolean;
  /** The "by …" agent of a passive, with the token after it. */
  agent: Agent | null;
  agentEnd: number;
  head: number;
  software?: AiClass;
  physician?: Strength;
  phrase?: PhraseCue;
  negInside: boolean;
}

/** State that lives across the sentences of one paragraph (or the cells of one table row). */
interface ParagraphState {
  /** Last named subject, for "they". */
  last: Agent | null;
  /** Subject named alone in a table cell ("| Physician | interprets the study |"). */
  carry: Agent | null;
}

class SentenceAnalysis {
  private cStart: number;
  private cType: ClauseType = 'main';
  private cConn = '';
  private cFirst: Agent | null = null;
  private cNear: Agent | null = null;
  private relAnte: Agent | null = null;
  private prevClauseSubj: Agent | null = null;
  private mainSubj: Agent | null = null;
  private infAgent: Agent | null = null;
  private passiveAgent: Agent | null = null;
  private parenStack: ClauseType[] = [];
  private neg: NegMode = 0;
  private negTok = -1;
  private negWord = '';
  private negLast = -1;
  private negEntity = -1;
  private contrast = false;
  private verbsSeen = 0;
  private lastVerbTok = -100;
  private lastVerbForm: Form | 'noun' = 'noun';

  constructor(
    private readonly prose: string,
    private readonly toks: Tok[],
    private readonly a: number,
    private readonly b: number,
    private readonly out: Cue[],
    private readonly para: ParagraphState,
  ) {
    this.cStart = a;
  }

  private w(i: number): string {
    return i >= this.a && i < this.b ? this.toks[i].w : '';
  }

  private isWordTok(i: number): boolean {
    if (i < this.a || i >= this.b) return false;
    const t = this.toks[i].t;
    return t === WORD || t === NUM || t === CODE;
  }

  private isPunctTok(i: number): boolean {
    return i >= this.a && i < this.b && this.toks[i].t === PUNCT;
  }

  run(): void {
    const { a, b } = this;
    let i = a;
    while (i < b) {
      const t = this.toks[i];
      if (t.t === PUNCT) {
        this.punct(i);
        i++;
        continue;
      }
      if (t.t === BREAK) {
        i++;
        continue;
      }
      const w = t.w;
      const pair = L.NEGATOR_PAIRS[w];
      if (pair !== undefined && this.w(i + 1) === pair) {
        this.setNeg(i);
        i += 2;
        continue;
      }
      const cand = this.match(i);
      if (cand) {
        i = this.evaluate(cand);
        continue;
      }
      if (isNegatorWord(w)) {
        if ((w === 'not' || w === 'no') && L.NEGATION_EXCEPTIONS_NEXT.has(this.w(i + 1))) {
          i += 2;
          continue;
        }
        if (w === 'nor') this.newClause(i, 'nor', this.cType);
        this.setNeg(i);
        i++;
        continue;
      }
      if (this.boundaryWord(i)) {
        i++;
        continue;
      }
      if (L.CONTRAST_CLAUSE.has(w)) {
        if (w !== 'contrast' || this.w(i - 1) === 'in') this.contrast = true;
      }
      if (w === 'to') this.infAgent = this.cNear ?? this.cFirst ?? this.relAnte ?? this.inherited();
      const subj = this.subjectAt(i);
      if (subj) this.acceptSubject(subj, i);
      else this.consumeNegation(i);
      if (ALL_VERB_FORMS.has(w)) this.verbsSeen++;
      i++;
    }
  }

  // ---- clauses -----------------------------------------------------------------------------

  private clauseSubject(): Agent | null {
    return this.cFirst ?? this.relAnte;
  }

  private newClause(i: number, conn: string, type: ClauseType): void {
    if (i > this.cStart) {
      this.prevClauseSubj = this.clauseSubject() ?? this.inherited();
    }
    this.cStart = i + 1;
    this.cType = type;
    this.cConn = conn;
    this.cFirst = null;
    this.cNear = null;
    this.relAnte = null;
  }

  private punct(i: number): void {
    const ch = this.w(i);
    if (ch === ',') {
      this.newClause(i, ',', this.cType === 'paren' ? 'paren' : 'main');
      this.contrast = false;
      return;
    }
    if (ch === '/') {
      // "detects/flags": a coordination.
      this.newClause(i, 'or', this.cType);
      return;
    }
    if (!HARD_PUNCT.has(ch)) return;
    this.contrast = false;
    this.neg = 0;
    if (OPEN_PAREN.has(ch)) {
      this.parenStack.push(this.cType);
      this.newClause(i, '', 'paren');
    } else if (CLOSE_PAREN.has(ch)) {
      this.newClause(i, '', this.parenStack.pop() ?? 'main');
    } else {
      this.newClause(i, '', this.cType === 'paren' ? 'paren' : 'main');
    }
    if (ch === ';' || ch === ':') this.infAgent = null;
  }

  private boundaryWord(i: number): boolean {
    const w = this.w(i);
    if (L.COORDINATORS.has(w)) {
      this.newClause(i, w, this.cType);
      return true;
    }
    if (L.RELATIVES.has(w)) {
      this.relative(i);
      return true;
    }
    if (L.CONTRASTIVE_CONNECTORS.has(w)) {
      if (w === 'so' && this.w(i + 1) === 'that') return false;
      this.neg = 0;
      this.contrast = false;
      this.newClause(i, w, L.SUBORDINATORS.has(w) ? 'sub' : 'main');
      return true;
    }
    if (L.SUBORDINATORS.has(w)) {
      if (w === 'as' && (this.w(i + 1) === 'well' || this.w(i - 1) === 'such' || this.w(i - 1) === 'well')) return false;
      this.neg = 0;
      this.newClause(i, w, 'sub');
      return true;
    }
    return false;
  }

  /** who / which / that / whose: a relative clause whose subject defaults to the antecedent. */
  private relative(i: number): void {
    const w = this.w(i);
    let ante: Agent | null = null;
    let anteTok = -1;
    for (let j = i - 1, k = 0; j >= this.a && k < 4; j--, k++) {
      const pw = this.w(j);
      if (pw === ',') continue;
      const info = L.SUBJECTS.get(pw);
      if (info && !info.pronoun) {
        ante = { cls: info.cls, phys: info.physician, tok: j, pron: false };
        anteTok = j;
        break;
      }
      if (w === 'that') break; // "that" only relates to the word right before it
      if (!this.isWordTok(j)) break;
    }
    let type: ClauseType = 'rel';
    let relAnte: Agent | null;
    if (w === 'who' || w === 'whom') relAnte = ante && ante.cls === 'human' ? { ...ante, pron: true } : GENERIC_HUMAN;
    else if (w === 'which') relAnte = ante ? { ...ante, pron: true } : SOFTWARE_AGENT;
    else if (w === 'whose') relAnte = null;
    else if (ante) relAnte = { ...ante, pron: true };
    else {
      relAnte = null;
      type = 'sub';
    }
    const negated = anteTok >= 0 && anteTok === this.negEntity;
    this.newClause(i, w, type);
    this.relAnte = relAnte;
    this.neg = negated ? 3 : 0;
    if (negated) this.negTok = i;
  }

  /** The subject of a clause that names none. */
  private inherited(): Agent {
    const c = this.cConn;
    if ((c === 'and' || c === 'or' || c === 'nor' || c === 'and/or' || c === '&') && this.prevClauseSubj) return this.prevClauseSubj;
    if (this.cType === 'rel' && this.prevClauseSubj) return this.prevClauseSubj;
    return this.mainSubj ?? this.para.carry ?? SOFTWARE_AGENT;
  }

  // ---- subjects ----------------------------------------------------------------------------

  private subjectAt(i: number): Agent | null {
    const t = this.toks[i];
    if (t.t !== WORD) return null;
    const w = t.w;
    let info = L.SUBJECTS.get(w);
    if (!info && w === 'they') {
      const last = this.para.last;
      if (!last) return null;
      info = { cls: last.cls, physician: last.phys, pronoun: true };
    }
    if (!info && w.length > 6 && !isPossessive(w)) {
      const stem = w.endsWith('s') ? w.slice(0, -1) : w;
      if (L.SOFTWARE_SUFFIXES.some((suffix) => stem.endsWith(suffix))) info = { cls: 'software', physician: false, pronoun: false };
    }
    if (!info) return null;
    const nw = this.w(i + 1);
    if (info.cls === 'human' && !info.pronoun && L.HUMAN_COMPOUND_HEADS.has(nw)) return null;
    if (info.cls === 'software' && !info.pronoun && (nw === 'of' || nw === "'s")) return null;
    if (w === 'it' || w === 'itself') {
      const pw = this.w(i - 1);
      const ok =
        i === this.a || this.isPunctTok(i - 1) || L.COORDINATORS.has(pw) || L.SUBORDINATORS.has(pw) ||
        L.RELATIVES.has(pw) || L.CONTRASTIVE_CONNECTORS.has(pw) || isAdverbWord(pw) || L.DO_FORMS.has(pw) ||
        L.MODALS.has(pw) || pw === 'then' || pw === 'also';
      if (!ok) return null;
      if (w === 'itself') return null;
    } else {
      let j = i - 1;
      for (let k = 0; k < 2 && j >= this.a && this.isModifierLike(j); k++) j--;
      const pw = this.w(j);
      // "for the physician to interpret", "by sonographers to measure": the human does it.
      if (L.PREPOSITIONS.has(pw) && !(nw === 'to' && info.cls === 'human')) return null;
      if (L.CONTRAST_MARKERS.has(pw) || pw === 'than') return null;
    }
    return { cls: info.cls, phys: info.physician, tok: i, pron: info.pronoun };
  }

  private isModifierLike(j: number): boolean {
    if (!this.isWordTok(j)) return false;
    const w = this.w(j);
    if (this.toks[j].t === NUM || L.DETERMINERS.has(w)) return true;
    if (L.PREPOSITIONS.has(w) || L.CONTRAST_MARKERS.has(w) || isNegatorWord(w)) return false;
    if (L.COORDINATORS.has(w) || L.RELATIVES.has(w) || L.SUBORDINATORS.has(w) || L.CONTRASTIVE_CONNECTORS.has(w)) return false;
    if (L.BE_FORMS.has(w) || L.MODALS.has(w) || L.HAVE_FORMS.has(w) || L.DO_FORMS.has(w) || w === 'to') return false;
    if (ALL_VERB_FORMS.has(w) || L.SUBJECTS.has(w)) return false;
    return true;
  }

  private acceptSubject(subj: Agent, i: number): void {
    if (this.neg === 1 && !subj.pron) {
      if (this.negWord === 'no' || this.negWord === 'neither' || this.negWord === 'nor') {
        // "No physician interprets …": the subject, and its verb stays negated.
        this.cFirst ??= subj;
        this.cNear = subj;
        return;
      }
      // "not the software", "rather than the physician": compared, not the subject.
      if (subj.cls === 'software') this.negEntity = i;
      this.neg = 0;
      return;
    }
    if (this.neg === 2 && subj.cls === 'software' && !subj.pron && i - this.negTok <= 4) this.negEntity = i;
    if (this.cFirst === null) {
      this.cFirst = subj;
      if (this.neg === 2 && this.cConn !== '') this.neg = 0;
      if (this.cType === 'main') this.mainSubj = subj;
      if (!subj.pron) this.para.last = subj;
    }
    this.cNear = subj;
  }

  // ---- negation ----------------------------------------------------------------------------

  private setNeg(i: number): void {
    this.neg = 1;
    this.negWord = this.w(i);
    this.negTok = i;
    this.negLast = i;
  }

  private consumeNegation(i: number): void {
    if (this.neg === 1) {
      const w = this.w(i);
      if (L.NEGATION_TRANSPARENT.has(w) || isAdverbWord(w)) return;
      this.neg = 2;
      this.negLast = i;
    } else if (this.neg === 2 && i - this.negLast > 12) {
      this.neg = 0;
    }
  }

  private isNegated(c: Candidate): boolean {
    if (c.negInside) return true;
    if (this.neg === 1 || this.neg === 3) return true;
    if (this.neg === 2) {
      if (c.phrase?.clauseNegation) return true;
      const p = this.w(c.start - 1);
      if (p === 'or' || p === 'nor' || p === ',' || p === '/') return true;
      if (p === 'and' && c.form === 'base') return true;
    }
    return false;
  }

  // ---- matching ----------------------------------------------------------------------------

  private match(i: number): Candidate | null {
    return this.matchPhrase(i) ?? this.matchPassiveNoun(i) ?? this.matchVerb(i);
  }

  private matchPhrase(i: number): Candidate | null {
    const list = PHRASE_INDEX.get(this.w(i));
    if (!list) return null;
    let best: CompiledPhrase | null = null;
    for (const p of list) {
      if (best && p.slots.length <= best.slots.length) continue;
      const n = p.slots.length;
      if (i + n > this.b) continue;
      let ok = true;
      for (let k = 0; k < n; k++) {
        if (!this.isWordTok(i + k) || !p.slots[k].has(this.w(i + k))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const cue = p.cue;
      if (cue.notAfter && cue.notAfter.includes(this.w(i - 1))) continue;
      if (cue.endOfClause) {
        const nx = i + n;
        if (nx < this.b && this.isWordTok(nx) && !L.COORDINATORS.has(this.w(nx))) continue;
      }
      best = p;
    }
    if (!best) return null;
    return {
      type: 'phrase',
      start: i,
      end: i + best.slots.length,
      form: 'noun',
      passive: false,
      agent: null,
      agentEnd: -1,
      head: i,
      phrase: best.cue,
      negInside: false,
    };
  }

  /** "(no) (final) diagnosis is made (by the physician)", "treatment is initiated". */
  private matchPassiveNoun(i: number): Candidate | null {
    let j = i;
    let modifier = '';
    for (let k = 0; k < 2 && L.NOUN_MODIFIERS_BEFORE_PASSIVE.has(this.w(j)) && !PASSIVE_NOUN_INDEX.has(this.w(j)); k++) {
      modifier = this.w(j);
      j++;
    }
    const noun = this.w(j);
    const entries = PASSIVE_NOUN_INDEX.get(noun);
    if (!entries || !this.isWordTok(j)) return null;
    let k = j + 1;
    let sawBe = false;
    let negInside = false;
    for (let steps = 0; steps < 4 && k < this.b; steps++) {
      const w = this.w(k);
      if (L.BE_FORMS.has(w) || L.GET_FORMS.has(w)) sawBe = true;
      else if (w === 'not' || w === 'never' || w.endsWith("n't") || w === 'cannot') negInside = true;
      else if (!(L.MODALS.has(w) || isAdverbWord(w) || L.HAVE_FORMS.has(w))) break;
      k++;
    }
    if (!sawBe || k >= this.b) return null;
    // "the report is reviewed and signed by …": try each participle of a short chain.
    for (let chain = 0; chain < 3 && k < this.b; chain++) {
      const found = this.passiveNounAt(i, k, entries, modifier, negInside);
      if (found) return found;
      const sep = this.w(k + 1);
      if (!(sep === 'and' || sep === 'or' || sep === ',')) break;
      k += this.w(k + 2) === 'and' || this.w(k + 2) === 'or' ? 3 : 2;
    }
    return null;
  }

  private passiveNounAt(i: number, k: number, entries: readonly VerbCue[], modifier: string, negInside: boolean): Candidate | null {
    const hits = VERB_FORM_INDEX.get(this.w(k));
    if (!hits) return null;
    for (const hit of hits) {
      if (hit.form !== 'ed') continue;
      for (const entry of entries) {
        if (!entry.verbs.includes(hit.lemma)) continue;
        if (entry.modifiers && !entry.modifiers.includes(modifier)) continue;
        const { agent, end: agentEnd } = this.passiveAgentAfter(k);
        return {
          type: 'passive-noun',
          start: i,
          end: k + 1,
          form: 'ed',
          passive: true,
          agent,
          agentEnd,
          head: k,
          software: entry.software,
          physician: entry.physician,
          negInside,
        };
      }
    }
    return null;
  }

  private matchVerb(i: number): Candidate | null {
    const hits = VERB_FORM_INDEX.get(this.w(i));
    if (!hits || this.toks[i].t !== WORD) return null;
    for (const hit of hits) {
      const entries = ENTRIES_BY_LEMMA.get(hit.lemma);
      if (!entries) continue;
      const homograph = L.HOMOGRAPHS.has(hit.lemma);
      let passive = false;
      if (hit.form === 'ed') {
        const p = this.participle(i);
        if (p === null) continue;
        passive = p;
      } else if (!this.isVerbUse(i, hit.form, homograph)) continue;
      for (const entry of entries) {
        let end = i + 1;
        if (entry.objects) {
          if (passive) continue;
          const obj = this.findObject(i, entry);
          if (obj < 0) continue;
          end = obj + 1;
        }
        let agent: Agent | null = null;
        let agentEnd = -1;
        if (passive) ({ agent, end: agentEnd } = this.passiveAgentAfter(i));
        return {
          type: 'verb',
          start: i,
          end,
          form: hit.form,
          passive,
          agent,
          agentEnd,
          head: i,
          software: entry.software,
          physician: entry.physician,
          negInside: false,
        };
      }
    }
    return null;
  }

  /** Whether a base, -s or -ing form is used as a verb here (not "outcome measures", "a measure of"). */
  private isVerbUse(i: number, form: Form, homograph: boolean): boolean {
    const prevIsWord = this.isWordTok(i - 1);
    const pp = this.w(i - 1);
    const pw = prevIsWord ? pp : pp === ',' || pp === '/' ? ',' : '';
    if (form === 'ing') return !(L.DETERMINERS.has(pw) || isPossessive(pw));
    if (!homograph) return !(L.DETERMINERS.has(pw) || isPossessive(pw) || (pw === 'to' && form === 's'));
    const nx = i + 1;
    const nw = this.w(nx);
    const nextIsWord = this.isWordTok(nx);
    if (nw === 'of' || L.NOUN_FOLLOWERS.has(nw)) return false;
    if (pw === '') return nextIsWord && !L.COORDINATORS.has(nw);
    if (L.DETERMINERS.has(pw) || isPossessive(pw) || L.PREPOSITIONS.has(pw)) return false;
    if (prevIsWord && this.toks[i - 1].t === NUM) return false;
    if (this.isSubjectWord(i - 1) || L.RELATIVES.has(pw)) return true;
    if (isAdverbWord(pw) || L.MODALS.has(pw) || L.DO_FORMS.has(pw) || pw === 'to' || isNegatorWord(pw)) return true;
    if (L.COORDINATORS.has(pw) || pw === ',') {
      if (nextIsWord && !L.COORDINATORS.has(nw)) return true;
      // "can detect, measure and diagnose": the same form as the verb just before.
      return this.lastVerbForm === form && i - this.lastVerbTok <= 8;
    }
    if (this.isNameLike(i - 1)) return nextIsWord;
    return false;
  }

  private isSubjectWord(j: number): boolean {
    const w = this.w(j);
    if (isPossessive(w)) return false;
    if (L.SUBJECTS.has(w) || w === 'they') return true;
    return false;
  }

  /** A product name: "EchoGo measures", "`LVEF-AI` estimates", "Acme quantifies". */
  private isNameLike(j: number): boolean {
    if (j < this.a || j >= this.b) return false;
    const t = this.toks[j];
    if (t.t === CODE) return true;
    if (t.t !== WORD || !t.cap) return false;
    const w = t.w;
    if (L.NOUN_MODIFIERS.has(w) || L.DETERMINERS.has(w) || L.PREPOSITIONS.has(w)) return false;
    if (t.camel) return true;
    // An all-capital abbreviation ("LV", "EF") is a measured thing, not a product.
    const raw = this.prose.slice(t.s, t.e);
    return raw !== raw.toUpperCase();
  }

  /** For an -ed form: true = passive, false = active past, null = an adjective ("the measured EF"). */
  private participle(i: number): boolean | null {
    for (let j = i - 1, steps = 0; j >= this.a && steps < 5; j--, steps++) {
      const w = this.w(j);
      if (L.BE_FORMS.has(w) || L.GET_FORMS.has(w)) return true;
      if (isAdverbWord(w) || w === 'not' || w === 'never' || w === 'and' || w === 'or' || w === ',') continue;
      if (this.isWordTok(j) && (w.endsWith('ed') || PAST_PARTICIPLES_EXTRA.has(w))) continue;
      break;
    }
    const nw = this.w(i + 1);
    if (nw === 'by') return true;
    const pw = this.w(i - 1);
    if (L.HAVE_FORMS.has(pw)) return false;
    if (L.DETERMINERS.has(pw) || isPossessive(pw) || L.PREPOSITIONS.has(pw)) return null;
    if (this.isSubjectWord(i - 1) || L.RELATIVES.has(pw) || isAdverbWord(pw) || this.isNameLike(i - 1)) return false;
    if ((L.COORDINATORS.has(pw) || pw === ',') && this.isWordTok(i + 1)) return false;
    return null;
  }

  /** After a passive participle: "… (and confirmed) by (two independent) cardiologists". */
  private passiveAgentAfter(p: number): { agent: Agent | null; end: number } {
    let j = p + 1;
    for (let steps = 0; steps < 6 && j < this.b; steps++) {
      const w = this.w(j);
      if (w === 'by') {
        let k = j + 1;
        for (let f = 0; f <= MAX_FILLERS && k < this.b; f++, k++) {
          if (!this.isWordTok(k)) break;
          const info = L.SUBJECTS.get(this.w(k));
          if (info && !isPossessive(this.w(k)) && !(info.cls === 'human' && L.HUMAN_COMPOUND_HEADS.has(this.w(k + 1)))) {
            // "by the software's algorithm": take the last subject word of the noun phrase.
            let last = k;
            const next = L.SUBJECTS.get(this.w(k + 1));
            if (next && !next.pronoun) last = k + 1;
            const lastInfo = L.SUBJECTS.get(this.w(last)) ?? info;
            return { agent: { cls: lastInfo.cls, phys: lastInfo.physician, tok: last, pron: lastInfo.pronoun }, end: last + 1 };
          }
          const fw = this.w(k);
          if (fw.endsWith('ing') && !L.SUBJECTS.has(this.w(k + 1))) break;
          if (L.PREPOSITIONS.has(fw) || isNegatorWord(fw)) break;
        }
        return { agent: null, end: -1 };
      }
      if (isAdverbWord(w) || w === 'and' || w === 'or' || w === ',' || (this.isWordTok(j) && (w.endsWith('ed') || PAST_PARTICIPLES_EXTRA.has(w)))) {
        j++;
        continue;
      }
      break;
    }
    return { agent: null, end: -1 };
  }

  /** The object of a verb that needs one, at most three words on; -1 if none. */
  private findObject(i: number, entry: VerbCue): number {
    const objects = entry.objects;
    if (!objects) return -1;
    let fillers = 0;
    for (let k = i + 1; k < this.b && fillers <= MAX_FILLERS; k++) {
      if (!this.isWordTok(k)) return -1;
      const w = this.w(k);
      if (objects.includes(w)) {
        if (entry.modifiers && !entry.modifiers.includes(this.w(k - 1))) return -1;
        let last = k;
        while (last + 1 < this.b && objects.includes(this.w(last + 1))) last++;
        if (L.OBJECT_NOT_BEFORE.has(this.w(last + 1))) return -1;
        return last;
      }
      if (isNegatorWord(w) || L.COORDINATORS.has(w) || L.RELATIVES.has(w) || L.BE_FORMS.has(w) || L.MODALS.has(w)) return -1;
      if (w === 'with') {
        const info = L.SUBJECTS.get(this.w(k - 1));
        if (!info || info.cls !== 'human') return -1;
      } else if (L.PREPOSITIONS.has(w) || w === 'to' || L.SUBORDINATORS.has(w)) return -1;
      if (w.endsWith('ing') && w.length > 5 && !L.PHRASE_SETS.PHYS_ADJ.includes(w)) return -1;
      fillers++;
    }
    return -1;
  }

  // ---- evaluation --------------------------------------------------------------------------

  /** Decides one candidate; returns the token index to continue from. */
  private evaluate(c: Candidate): number {
    const negated = this.isNegated(c);
    const isAdverb = c.phrase?.adverb === true;
    if (this.neg === 1 && !isAdverb) {
      this.neg = 2;
      this.negLast = c.end - 1;
    } else if (this.neg === 2 && negated) this.negLast = c.end - 1;
    this.verbsSeen++;
    if (c.type === 'verb') {
      this.lastVerbTok = c.start;
      this.lastVerbForm = c.form;
    }
    if (c.passive && c.agent && c.agent.cls !== 'other') this.passiveAgent = c.agent;
    const next = c.end;
    if (this.contrast) return next;
    if (c.phrase) {
      const cue = c.phrase;
      if (cue.subject) {
        if (isAdverb && this.adverbInPassive(c.start)) return next;
        if (this.resolveAgent(c).cls !== 'software') return next;
      }
      if (!negated) this.emit(cue.kind, c.start, c.end);
      return next;
    }
    const agent = this.resolveAgent(c);
    if (agent.cls === 'software') {
      if (c.software && !negated) this.emit(c.software, c.start, c.end);
      return next;
    }
    if (agent.cls === 'human' && agent.phys && c.physician && !negated) {
      if (this.optional(c)) return next;
      if (c.physician === 'obligation' && !this.obligation(c)) return next;
      let start = c.start;
      if (!agent.pron && agent.tok >= this.cStart && agent.tok < c.start && c.start - agent.tok <= 3) start = agent.tok;
      const end = c.passive && c.agent && c.agentEnd > c.end ? c.agentEnd : c.end;
      this.emit('physician-interprets', start, end);
      return end;
    }
    return next;
  }

  private resolveAgent(c: Candidate): Agent {
    if (c.passive) {
      if (c.agent) return c.agent;
      for (let j = Math.max(this.a, c.head - 2); j <= c.head + 2 && j < this.b; j++) {
        if (MACHINE_ADVERBS.has(this.w(j))) return SOFTWARE_AGENT;
      }
      if (this.cType === 'sub') return UNKNOWN_AGENT;
      // "results should be interpreted with caution": physicians' verbs need a named agent.
      if (c.physician && c.software === 'autonomous') return UNKNOWN_AGENT;
      if (this.passiveAgent) return this.passiveAgent;
      const inh = this.inheritedForPassive();
      return inh.cls === 'human' ? inh : SOFTWARE_AGENT;
    }
    if (c.form === 'base') {
      if (this.cNear) return this.cNear;
      const conn = this.cConn;
      if ((conn === 'and' || conn === 'or' || conn === 'nor' || conn === ',') && this.infAgent) return this.infAgent;
    }
    // "We believe the software measures …": a subject right before the verb is its subject.
    if (this.cNear && this.cNear !== this.cFirst && this.adjacentSubject(this.cNear.tok, c.start)) return this.cNear;
    return this.cFirst ?? this.relAnte ?? this.inherited();
  }

  /** Only adverbs stand between the subject word and the verb. */
  private adjacentSubject(subj: number, verb: number): boolean {
    if (subj < 0 || subj >= verb) return false;
    for (let j = subj + 1; j < verb; j++) if (!isAdverbWord(this.w(j))) return false;
    // "the physician using the software interprets": the object of a participle.
    let j = subj - 1;
    while (j > this.a && L.DETERMINERS.has(this.w(j))) j--;
    const before = this.w(j);
    return !(before.length > 4 && (before.endsWith('ing') || before.endsWith('ed')));
  }

  private inheritedForPassive(): Agent {
    const c = this.cConn;
    if ((c === 'and' || c === 'or' || c === 'nor') && this.prevClauseSubj) return this.prevClauseSubj;
    return SOFTWARE_AGENT;
  }

  private adverbInPassive(i: number): boolean {
    const pw = this.w(i - 1);
    const nw = this.w(i + 1);
    // "independently of the PACS" (a person would have matched the longer phrase).
    if (L.BE_FORMS.has(pw) || L.DETERMINERS.has(pw) || nw === 'by' || nw === 'of' || nw === 'from') return true;
    if (this.isWordTok(i - 1) && pw.endsWith('ed')) return true;
    if (nw.endsWith('ed') && !this.isSubjectWord(i - 1)) return true;
    return false;
  }

  /** "the physician may review", "can choose to confirm": optional, not a gate. */
  private optional(c: Candidate): boolean {
    const from = c.passive ? this.auxStart(c.head) : c.start;
    for (let j = from - 1, k = 0; j >= this.a && k < 4; j--, k++) {
      const w = this.w(j);
      if (this.isPunctTok(j)) break;
      if (L.OPTIONAL_MARKERS.has(w)) return true;
    }
    return false;
  }

  private obligation(c: Candidate): boolean {
    for (let j = c.start - 1, k = 0; j >= this.a && k < 6; j--, k++) {
      if (this.isPunctTok(j)) break;
      const w = this.w(j);
      if (L.OBLIGATION_MARKERS.has(w)) return true;
      if (w === 'to' && L.OBLIGATION_BEFORE_TO.has(this.w(j - 1))) return true;
    }
    const end = c.passive && c.agentEnd > c.end ? c.agentEnd : c.end;
    for (let j = end, k = 0; j < this.b && k < 10; j++, k++) {
      const w = this.w(j);
      if (w === ';' || w === ':') break;
      if (L.GATE_AFTER.has(w)) return true;
    }
    return false;
  }

  /** First token of the auxiliaries before a participle ("must be reviewed" → "must"). */
  private auxStart(p: number): number {
    let j = p;
    while (j - 1 >= this.a && p - j < 4) {
      const w = this.w(j - 1);
      if (L.BE_FORMS.has(w) || L.MODALS.has(w) || isAdverbWord(w) || L.HAVE_FORMS.has(w)) j--;
      else break;
    }
    return j;
  }

  private emit(kind: CueKind, startTok: number, endTok: number): void {
    const start = this.toks[startTok].s;
    const end = this.toks[endTok - 1].e;
    this.out.push({ kind, start, end, phrase: this.prose.slice(start, end) });
  }

  /** A table cell that only names who acts ("| Physician |"): its subject carries to the next cell. */
  cellSubject(): Agent | null {
    if (this.b - this.a > 3 || this.verbsSeen > 0) return null;
    for (let i = this.a; i < this.b; i++) {
      const info = L.SUBJECTS.get(this.w(i));
      if (info && !info.pronoun) return { cls: info.cls, phys: info.physician, tok: -1, pron: true };
    }
    return null;
  }
}

const KIND_ORDER: Readonly<Record<CueKind, number>> = { assistive: 0, augmentative: 1, autonomous: 2, 'physician-interprets': 3 };

/** Classification cues in one paragraph of prose, sorted by position. */
export function findCues(prose: string): Cue[] {
  const out: Cue[] = [];
  if (!prose) return out;
  const toks = tokenize(prose);
  const para: ParagraphState = { last: null, carry: null };
  for (const [a, b] of sentences(toks)) {
    const analysis = new SentenceAnalysis(prose, toks, a, b, out, para);
    analysis.run();
    const nextIsCell = b < toks.length && toks[b].w === '|';
    const prevWasCell = a > 0 && toks[a - 1].w === '|';
    if (nextIsCell || prevWasCell) {
      const subj = analysis.cellSubject();
      if (subj) para.carry = subj;
    } else para.carry = null;
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end || KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  return out;
}

// =============================================================================================
// Payment claims

const GUARANTEE_FORMS = new Set<string>();
for (const verb of L.GUARANTEE_VERBS) for (const f of L.verbForms(verb)) GUARANTEE_FORMS.add(f);
const CLAIM_STOP = new Set(['but', 'however', 'yet', 'although', 'though', 'whereas', 'while', 'unless', 'except']);
/** A negation further back than these belongs to another clause. */
const NEGATION_STOP = new Set([...CLAIM_STOP, 'and', 'so', 'because', 'since', 'therefore', 'thus']);

/** Claims that a CPT code guarantees coverage, reimbursement or payment, sorted by position. */
export function findPaymentClaims(prose: string): PaymentClaim[] {
  const out: PaymentClaim[] = [];
  if (!prose) return out;
  const toks = tokenize(prose);
  for (const [a, b] of sentences(toks)) {
    let s = a;
    for (let i = a; i <= b; i++) {
      if (i === b || (toks[i].t === PUNCT && (toks[i].w === ';' || toks[i].w === ':'))) {
        if (i > s) claimsIn(prose, toks, s, i, out);
        s = i + 1;
      }
    }
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

function claimsIn(prose: string, toks: Tok[], a: number, b: number, out: PaymentClaim[]): void {
  let hasCode = false;
  for (let i = a; i < b; i++) {
    if (toks[i].t === WORD && L.CODE_WORDS.has(toks[i].w)) {
      hasCode = true;
      break;
    }
  }
  if (!hasCode) return;
  const w = (i: number): string => (i >= a && i < b ? toks[i].w : '');
  const isWordAt = (i: number): boolean => i >= a && i < b && toks[i].t !== PUNCT && toks[i].t !== BREAK;
  for (let i = a; i < b; i++) {
    const word = w(i);
    let gEnd = -1;
    const particle = L.RESULT_VERBS[word];
    if (particle !== undefined) {
      if (w(i + 1) === particle) gEnd = i + 2;
    } else if (L.GUARANTEE_WORDS.has(word)) {
      gEnd = i + 1;
    } else if (GUARANTEE_FORMS.has(word)) {
      // "a secure payment portal" is an adjective.
      if (word === 'secure' && (L.DETERMINERS.has(w(i - 1)) || !isWordAt(i - 1))) continue;
      gEnd = i + 1;
    }
    if (gEnd < 0) continue;
    // The payment word: after the guarantee ("ensures coverage"), else before it ("payment is assured").
    let p = -1;
    let forward = true;
    if (!L.GUARANTEE_AFTER_ONLY.has(word)) {
      const reach = L.GUARANTEE_BEFORE_ONLY.has(word) ? 1 : 8;
      for (let k = gEnd; k < b && k < gEnd + reach; k++) {
        const kw = w(k);
        if (CLAIM_STOP.has(kw) || kw === '.') break;
        if (L.PAYMENT_WORDS.has(kw)) {
          p = k;
          break;
        }
      }
    }
    if (p < 0 && !L.GUARANTEE_BEFORE_ONLY.has(word)) {
      forward = false;
      for (let k = i - 1; k >= a && k >= i - 6; k--) {
        const kw = w(k);
        if (CLAIM_STOP.has(kw) || kw === ',') break;
        if (L.PAYMENT_WORDS.has(kw)) {
          p = k;
          break;
        }
      }
    }
    if (p < 0) continue;
    // Negated or hedged?
    let negated = false;
    const from = forward ? gEnd : p + 1;
    const to = forward ? p : i;
    for (let k = from; k < to; k++) if (isNegatorWord(w(k))) negated = true;
    for (let k = (forward ? i : p) - 1, n = 0; k >= a && n < 6; k--, n++) {
      const kw = w(k);
      if (NEGATION_STOP.has(kw)) break;
      if (isNegatorWord(kw) && !((kw === 'not' || kw === 'no') && L.NEGATION_EXCEPTIONS_NEXT.has(w(k + 1)))) negated = true;
      if (n < 3 && L.PAYMENT_HEDGES.has(kw)) negated = true;
    }
    if (!forward) {
      for (let k = p + 1; k < i; k++) if (L.PAYMENT_HEDGES.has(w(k))) negated = true;
    }
    if (negated) continue;
    const start = forward ? toks[i].s : toks[p].s;
    const end = forward ? toks[p].e : toks[gEnd - 1].e;
    out.push({ start, end, phrase: prose.slice(start, end) });
    i = forward ? p : gEnd - 1;
  }
}
