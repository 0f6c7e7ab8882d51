import type { Rule } from '../rule';
import { autonomyLevelOf, classificationOf, taxonomyEditionOf } from '../dossier';
import { APPENDIX_S, type AppendixSEdition } from '../appendixS';
import type { AiClass } from '../types';
import { CONTRADICTING_KINDS } from '../prose/suggest';
import { PASSAGE_ALARM, PASSAGE_HOLDS, readPassage } from '../prose/passage';

/** What ends a sentence at a line break: a blank line, or a next line that opens a list item, table row, quote or heading. */
const WRAP_BREAK = /\n[ \t]*(?:\n|[-*+|#>]|\d+[.)])/;

export const rule: Rule = {
  meta: {
    id: 'classification-cue',
    defaultSeverity: 'warning',
    reads: ['ama_deadline', 'autonomy_level', 'classification', 'taxonomy'],
    sources: ['appendix-s'],
    description:
      'A phrase in the body says the software does work beyond the declared class (assistive text where it quantifies or concludes; augmentative text where it diagnoses or acts without a physician), or, in an autonomous dossier, that a physician must interpret the data before the output has effect (read the images or tracing, make the diagnosis), rather than approve or act on the software\'s conclusion.',
    rationale:
      'Appendix S classifies by what the software outputs. Reviewers read the prose against the declared class: an "assistive" tool that "calculates the ejection fraction" quantifies, and an "augmentative" one that "diagnoses" draws conclusions. Negated statements ("it does not diagnose"), quotations in block quotes and code are not read as cues. A statement about the physician ("the physician makes the diagnosis") is not read as the software\'s work; it counts only in an autonomous dossier (below). A statement that nobody reads the output ("reports normal studies without a radiologist reading them") is read as the software acting on its own. Only the body is read, not text in frontmatter values such as `physician_work`. In an autonomous dossier only a physician who interprets the data itself (reads the images or tracing, makes the diagnosis from them) contradicts the class; a physician who weighs, approves or acts on the software\'s conclusion or management option ("must approve each recommended dose") is the oversight autonomous Level I describes and is not reported, whatever `autonomy_level` says. Nor is a physician who reads the cases the software did not close in a triage-out service ("all other examinations are read by radiologists as usual"): that is the rest of the work, not a reading of the output. A sentence gives one finding per class it reads, on its first phrase of that class, however many such phrases it holds ("detects, measures and grades" is one statement); the same class in the next sentence gives another. Where no phrase names a class, a sentence the project\'s sentence model reads with at least 80 % confidence as work beyond the declared class is reported as information: the message quotes the sentence, says how sure the model is and which words weigh most. Such a reading catches wordings no phrase list holds (on descriptions the rules had never been tuned on it found about one wrong declaration in twenty more), but it cannot point at a phrase, so it is a hint to reread the sentence, not a verdict; in an autonomous Level I dossier it does not report a physician\'s part, since it cannot tell interpreting from approving. Where neither a phrase nor a sentence says the class is wrong, the prose of `Intended use`, `Software output` and `Physician work` read as a whole (five sentences or more) is the last reader: when the project\'s passage model reads it as a class beyond the declared one with at least 80 % confidence, that is reported as information on the `classification` value, with the words that weigh most; so is an autonomous dossier whose prose as a whole reads as assistive or augmentative work with that confidence and in which no phrase says the software concludes or acts on its own (a physician reading the output is then the likelier reading; measured on two batches of descriptions the models had not been trained on, it found 16 more of 271 wrong declarations and no false alarm more). A service\'s class often shows only in its sentences together (a result that reaches the patient in one sentence, no clinician reading the images in another). The same reading tempers the phrases: where the prose as a whole reads as the declared class with at least 60 % confidence, a phrase beyond it is reported as information, not a warning, and the message says why (measured on five batches of descriptions the models had not been trained on, this took 10 of 17 false alarms with a warning away and turned 9 of 304 right warnings into information).',
    fix: 'Either reword the phrase so it describes only what the software does within its class, or change `classification` to the class the output really belongs to (and describe that output in `Software output`).',
    data: 'Each finding carries the class its phrase suggests: `cpt-dossier lint --format json` adds `"data": {"suggests": "autonomous"}` to the finding (`assistive`, `augmentative`, `autonomous`, or `physician-interprets` for a phrase that says a physician must interpret the output), and `--format sarif` adds `"properties": {"suggests": …}` to the result. A finding from the statistical reading of a whole sentence, or of the prose as a whole (reported on the `classification` value), also carries `"statistical": true` and has severity `info` (unless `severity` is configured for the rule). What the prose as a whole suggests (all phrases weighed) is in the assessment: `cpt-dossier assess --format json`, `classification.suggested`, `counts` and `reason`.',
    examples: {
      bad: 'classification: augmentative\n…\nThe software diagnoses severe aortic stenosis.',
      good: 'classification: augmentative\n…\nThe software measures aortic valve area; the physician makes the diagnosis.',
    },
  },
  needsFrontmatter: true,
  check(ctx) {
    const { dossier } = ctx;
    const cls = classificationOf(dossier);
    if (!cls) return;
    const contradicting = CONTRADICTING_KINDS[cls.value];
    const edition = APPENDIX_S[taxonomyEditionOf(dossier)];
    // Whether a phrase or a sentence already says the class is wrong: the reading of the prose as a whole (passage.ts)
    // is reported only where nothing else is.
    let found = false;
    let previous: { kind: string; end: number; line: number } | undefined;
    // Sentences a reported phrase sits in: a statistical reading of the same sentence adds nothing.
    const reported: Array<{ start: number; end: number }> = [];
    // A passage sure of the declared class (passage.ts, PASSAGE_HOLDS): a contrary phrase is shown as information, with why.
    const whole = readPassage(dossier);
    const holds = whole !== undefined && whole.kind === cls.value && whole.p >= PASSAGE_HOLDS;
    const heldNote = holds ? ` (Shown as information: the prose as a whole reads as ${cls.value} work, ${Math.round(whole.p * 100)} % sure, so the phrase may only be worded loosely.)` : '';
    for (const cue of dossier.cues) {
      if (!contradicting.includes(cue.kind) || cue.statistical) continue;
      reported.push(cue);
      // One finding per sentence and kind: "must review and interpret" is one statement.
      const line = dossier.lines.positionAt(cue.start).line;
      const endLine = dossier.lines.positionAt(cue.end).line;
      // A sentence wrapped onto the next line of its paragraph is still one sentence; a blank line, a list item,
      // a table row, a quote or a heading starts another.
      const between = previous ? dossier.text.slice(previous.end, cue.start) : '';
      const sameSentence = previous && previous.kind === cue.kind && (previous.line === line || (line === previous.line + 1 && !WRAP_BREAK.test(between))) && !/[.!?]/.test(between);
      // (The line a phrase ends on: "The ophthalmologist\ninterprets the score …, and\ndecides whether" is one sentence.)
      previous = { kind: cue.kind, end: cue.end, line: endLine };
      if (sameSentence) continue;
      let message: string;
      if (cue.kind === 'physician-interprets') {
        message = `"${oneLine(cue.phrase)}" says a physician must interpret the output before it has effect, which is not autonomous: in ${edition.label}, ${edition.classes.autonomous}. Describe how the software acts on its own conclusion (and what the physician may override), or classify it as augmentative.`;
      } else {
        message = `"${oneLine(cue.phrase)}" describes ${cue.kind} work, beyond the declared ${cls.value} class: in ${edition.label}, ${distinctionOf(edition, cls.value, cue.kind)}. Reword it to what the software does, or change \`classification\` to ${cue.kind}.`;
      }
      found = true;
      if (holds) ctx.report(cue, message + heldNote, { suggests: cue.kind }, 'info');
      else ctx.report(cue, message, { suggests: cue.kind });
    }
    // A statistical reading cannot tell a physician who interprets from one who approves the software's conclusion,
    // which is what an autonomous Level I dossier declares.
    const approves = cls.value === 'autonomous' && autonomyLevelOf(dossier)?.value === 'I';
    for (const cue of dossier.cues) {
      if (!cue.statistical || !contradicting.includes(cue.kind) || (approves && cue.kind === 'physician-interprets')) continue;
      if (reported.some((r) => r.start < cue.end && cue.start < r.end)) continue;
      const { p, words } = cue.statistical;
      const weighing = words.length ? `; the words that weigh most: ${words.map((w) => `"${w}"`).join(', ')}` : '';
      // A long sentence is quoted up to a word break near 60 characters: enough to find it in the Problems panel.
      const written = oneLine(cue.phrase);
      const sentence = written.length > 60 ? `${written.slice(0, Math.max(written.lastIndexOf(' ', 57), 30)).replace(/[\s,;:]+$/, '')}…` : written;
      const distinction = cue.kind === 'physician-interprets' ? edition.classes.autonomous : distinctionOf(edition, cls.value, cue.kind);
      const reads = cue.kind === 'physician-interprets' ? 'says a physician must interpret the output before it has effect' : `reads as ${cue.kind} work, beyond the declared ${cls.value} class`;
      const message = `The sentence "${sentence}" ${reads} (no single phrase says so: a statistical reading of its wording, ${Math.round(p * 100)} % sure${weighing}): in ${edition.label}, ${distinction}. Reword it to what the software does, or change \`classification\` if the sentence is right.`;
      // A hint, not a verdict: no phrase can be pointed at, so it is information, whatever the rule's severity.
      found = true;
      ctx.report(cue, message, { suggests: cue.kind, statistical: true }, 'info');
    }
    const passage = found ? undefined : whole;
    if (!passage || passage.p < PASSAGE_ALARM) return;
    // An autonomous dossier whose prose as a whole reads as assistive or augmentative work, and in which no phrase says the
    // software concludes or acts, leaves a physician reading its output as the likelier reading.
    const short = cls.value === 'autonomous' && passage.kind !== 'autonomous' && !dossier.cues.some((cue) => cue.kind === 'autonomous' && !cue.statistical);
    if (!short && !contradicting.includes(passage.kind)) return;
    const weighing = passage.words.length ? `; the words that weigh most: ${passage.words.map((w) => `"${w}"`).join(', ')}` : '';
    const reading = `(no single phrase says so: a statistical reading of its ${passage.sentences} sentences, ${Math.round(passage.p * 100)} % sure${weighing})`;
    ctx.report(
      cls.span,
      short
        ? `The prose as a whole reads as ${passage.kind} work, short of the declared autonomous class ${reading}: in ${edition.label}, ${distinctionOf(edition, passage.kind, 'autonomous')}. Say what the software concludes or does on its own and what a physician may override, or change \`classification\` to ${passage.kind} if the prose is right.`
        : `The prose as a whole reads as ${passage.kind} work, beyond the declared ${cls.value} class ${reading}: in ${edition.label}, ${distinctionOf(edition, cls.value, passage.kind)}. Reread what the prose says the software outputs and who acts on it, or change \`classification\` if the prose is right.`,
      { suggests: passage.kind, statistical: true },
      'info',
    );
  },
};

/** A phrase as a message quotes it: a sentence wrapped over lines of its paragraph reads as one line. */
export function oneLine(phrase: string): string {
  return phrase.replace(/[ \t]*\r?\n[ \t>]*/g, ' ');
}

/** The line of Appendix S between the declared class and the higher class the prose reads (augmentative, else autonomous). */
function distinctionOf(edition: AppendixSEdition, declared: AiClass, beyond: AiClass): string {
  if (beyond === 'augmentative') return edition.assistiveVsAugmentative;
  return declared === 'assistive' ? edition.assistiveVsAutonomous : edition.augmentativeVsAutonomous;
}
