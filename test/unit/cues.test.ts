import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCues, findPaymentClaims, type CueKind } from '../../src/core/prose';

const CODE = '\u2060code\u2060';

type Expected = ReadonlyArray<readonly [CueKind, string]>;

function cues(prose: string): Array<[CueKind, string]> {
  return findCues(prose).map((c) => [c.kind, c.phrase]);
}

function claims(prose: string): string[] {
  return findPaymentClaims(prose).map((c) => c.phrase);
}

/**
 * Readings the old single-pass analyser gave and the rebuilt pipeline (issue 9) does not give yet:
 * they run as todo tests, so the gap stays visible in every run until it is closed or the row is
 * judged wrong under the output-centric reading.
 */
const KNOWN_GAPS: ReadonlySet<string> = new Set([]);

/**
 * Runs a table of cue cases, one named test per row: the kinds of cue found (each kind once) and,
 * for each expected phrase, a cue of that kind whose phrase contains it.
 */
function table(name: string, rows: ReadonlyArray<readonly [string, Expected]>): void {
  for (const [prose, expected] of rows) {
    test(`${name}: ${JSON.stringify(prose)}`, KNOWN_GAPS.has(prose) && !process.env.CUES_STRICT ? { todo: 'not yet read this way by the rebuilt pipeline' } : {}, () => {
      const found = cues(prose);
      const kinds = (list: ReadonlyArray<readonly [CueKind, string]>): CueKind[] => [...new Set(list.map(([k]) => k))].sort();
      assert.deepEqual(kinds(found), kinds(expected), JSON.stringify(found));
      for (const [kind, phrase] of expected) {
        assert.ok(found.some(([k, p]) => k === kind && (p.includes(phrase) || phrase.includes(p))), `${kind} "${phrase}" in ${JSON.stringify(found)}`);
      }
    });
  }
}

table('assistive', [
  ['The software detects regional wall-motion abnormalities.', [['assistive', 'detects']]],
  [
    'The algorithm flags studies with suspected aortic stenosis and prioritizes them in the worklist.',
    [['assistive', 'flags'], ['assistive', 'prioritizes']],
  ],
  ['It highlights suspicious regions on the image.', [['assistive', 'highlights']]],
  ['The AI alerts the reading physician to a possible pericardial effusion.', [['assistive', 'alerts']]],
  ['Triages incoming studies by urgency.', [['assistive', 'Triages']]],
  [
    'The tool identifies the apical four-chamber view and marks the endocardial border.',
    [['assistive', 'identifies'], ['assistive', 'marks']],
  ],
  ['The product prioritises urgent cases and outlines the left ventricle.', [['assistive', 'prioritises'], ['assistive', 'outlines']]],
  ['Suspected effusions are flagged for the reader.', [['assistive', 'flagged']]],
  ['Flagged studies appear at the top of the worklist.', []],
  ['The sonographer raises red flags when image quality is poor.', []],
  ['Key highlights of the pivotal study are listed below.', []],
  ['Nurses triage the alerts every morning.', []],
  ['Results of the pivotal study are listed in Table 2.', []],
  ['The device warns of impending hypotension.', [['assistive', 'warns']]],
  ['Whether the software flags a study depends on the threshold.', [['assistive', 'flags']]],
  ['Whether or not a physician reviews the case, the software sends the alert.', [['assistive', 'sends the alert']]],
]);

table('augmentative', [
  ['The software measures left ventricular ejection fraction.', [['augmentative', 'measures']]],
  [
    'It quantifies global longitudinal strain and calculates LV mass.',
    [['augmentative', 'quantifies'], ['augmentative', 'calculates']],
  ],
  ['The model estimates right ventricular systolic pressure.', [['augmentative', 'estimates']]],
  // Segmenting is processing and names no output; the measurement is the output.
  ['The algorithm segments and measures the left ventricle.', [['augmentative', 'measures']]],
  ['The software segments the ventricle and measures its volume.', [['augmentative', 'measures']]],
  ['EF is computed automatically from the segmented borders.', [['augmentative', 'computed']]],
  ['The output includes derived parameters such as GLS.', [['augmentative', 'derived parameters']]],
  // "Automated" says how they are made; the output is the measurements the report displays.
  ['Automated measurements are displayed in the report.', [['augmentative', 'measurements are displayed']]],
  ['The software scores the severity of mitral regurgitation.', [['augmentative', 'scores']]],
  ['The software provides an estimate of the ejection fraction.', [['augmentative', 'provides an estimate']]],
  ['EchoGo measures LVEF in under a minute.', [['augmentative', 'measures']]],
  ['The software used by physicians measures EF.', [['augmentative', 'measures']]],
  ['The tool is designed to quantify valve area.', [['augmentative', 'quantify']]],
  ['Outcome measures include mortality and readmission.', []],
  ['Safety measures are described in section 4.', []],
  ['The estimates of EF were close to the reference.', []],
  ['Quality scores improved after training.', []],
  ['Ejection fraction is a measure of systolic function.', []],
  ['Sonographers measure EF manually today.', []],
  ['EF is measured by the sonographer.', []],
  ['The measured EF is displayed next to the image.', []],
  ['ST segments are elevated in the inferior leads.', []],
  ['Manual quantification takes ten minutes per study.', []],
]);

table('autonomous', [
  ['The software diagnoses severe aortic stenosis.', [['autonomous', 'diagnoses']]],
  [
    'The AI interprets the echocardiogram and issues a final report without physician review.',
    [['autonomous', 'interprets'], ['autonomous', 'issues a final report'], ['autonomous', 'without physician review']],
  ],
  ['It makes a diagnosis of heart failure.', [['autonomous', 'makes a diagnosis']]],
  ['The algorithm concludes that the valve is stenotic.', [['autonomous', 'concludes']]],
  ['The system decides whether to escalate care.', [['autonomous', 'decides']]],
  ['The software initiates anticoagulation therapy.', [['autonomous', 'initiates anticoagulation therapy']]],
  ['The system orders a follow-up echocardiogram.', [['autonomous', 'orders a follow-up echocardiogram']]],
  // How it runs, not what it outputs: no conclusion and no therapy change is named ("autonomously" is a lexicon trap).
  ['The device operates autonomously.', []],
  ['The AI works independently.', []],
  ['It runs independently of the hospital PACS.', []],
  ['It draws conclusions about valve disease.', [['autonomous', 'draws conclusions']]],
  ['The physician must check the blood pressure.', []],
  ['No physician involvement is needed.', [['autonomous', 'No physician involvement']]],
  [
    'The software generates the final report without a physician.',
    [['autonomous', 'generates the final report'], ['autonomous', 'without a physician']],
  ],
  ['Results are released independently of the physician.', [['autonomous', 'independently of the physician']]],
  ['The software provides clinicians with a diagnosis.', [['autonomous', 'provides clinicians with a diagnosis']]],
  ['A definitive diagnosis is issued by the software.', [['autonomous', 'definitive diagnosis is issued']]],
  ['The final report is generated automatically.', [['autonomous', 'final report is generated']]],
  ['The software does not require physician review.', [['autonomous', 'does not require physician review']]],
  ['Diagnostic accuracy was 94% in the pivotal study.', []],
  ['The software makes diagnosis easier.', []],
  ['The AI was independently validated in a multicenter study.', []],
  ['Two cardiologists independently measured EF in each study.', []],
  ['The physician orders an echocardiogram.', []],
  ['Known issues are listed in the labeling.', []],
  ['The AI performs the interpretation.', [['autonomous', 'performs the interpretation']]],
  ['It obviates the need for radiologist review.', [['autonomous', 'radiologist review']]],
  ['The software makes it easier to diagnose AF.', []],
  ['The AI conducts the interpretation of each ECG.', [['autonomous', 'conducts the interpretation']]],
  ['A report is generated automatically.', []],
  ['The software quantifies plaque and issues a final diagnostic report.', [['augmentative', 'quantifies'], ['autonomous', 'issues a final diagnostic report']]],
  ['The software initiates the referral and notifies the physician, who can override it within 24 hours.', [['autonomous', 'initiates the referral'], ['assistive', 'notifies']]],
  ['It works without the need for physician review.', [['autonomous', 'without the need for physician review']]],
  ['The AI eliminates the need for physician interpretation.', [['autonomous', 'eliminates the need for physician interpretation']]],
  ['The software replaces the physician\'s interpretation.', [['autonomous', 'replaces the physician\'s interpretation']]],
  ['The algorithm makes treatment decisions.', [['autonomous', 'makes treatment decisions']]],
  // A diagnosis offered for the physician to act on is autonomous Level I (Appendix S).
  ['The software recommends a diagnosis to the physician, who decides.', [['autonomous', 'recommends a diagnosis']]],
  ['The results are interpreted in the context of the clinical picture.', []],
  ['The software supports the diagnosis of heart failure.', []],
  ['The software enables earlier diagnosis.', []],
  ['The physician confirms the finding before treatment is initiated.', [['physician-interprets', 'physician confirms']]],
]);

table('negation', [
  ['It does not diagnose.', []],
  ['The software never issues a conclusion.', []],
  ['The tool is not intended to interpret echocardiograms.', []],
  ['It flags studies without making a diagnosis.', [['assistive', 'flags']]],
  ['Rather than diagnosing disease, it measures chamber size.', [['augmentative', 'measures']]],
  ['The software neither measures nor estimates volumes.', []],
  ['The algorithm cannot diagnose heart failure.', []],
  ["It doesn't interpret the study.", []],
  ['It doesn\u2019t interpret the study.', []],
  ['No diagnosis is made by the software.', []],
  ['No final diagnosis is made.', []],
  ['At no point is a diagnosis made.', []],
  // Never without review: a physician always reviews (as "never releases a value without physician review" in the labelled set).
  ['It never operates without physician review.', [['physician-interprets', 'without physician review']]],
  ['It is never used without physician oversight.', [['physician-interprets', 'without physician oversight']]],
  ['It does not detect, flag or measure anything on its own.', []],
  ['It does not detect lesions or measure them.', []],
  ['The software does not by itself diagnose disease.', []],
  ['The software does not independently diagnose disease.', []],
  ['It is not a device that diagnoses disease.', []],
  ['The software does not store images and measures EF locally.', [['augmentative', 'measures']]],
  ['The software does not store images, and it measures EF locally.', [['augmentative', 'measures']]],
  ['It does not need a network connection to measure EF.', [['augmentative', 'measure']]],
  ['It not only detects lesions but also measures them.', [['assistive', 'detects'], ['augmentative', 'measures']]],
  ['It does not diagnose; it measures EF.', [['augmentative', 'measures']]],
  ['The software does not diagnose, but it does quantify regurgitant volume.', [['augmentative', 'quantify']]],
  ['Whether or not the software measures EF depends on image quality.', [['augmentative', 'measures']]],
  ['It cannot detect, measure or diagnose.', []],
  ['It does not detect/flag lesions.', []],
  ['It makes no diagnosis.', []],
  ['It is not used to diagnose or to guide treatment.', []],
  ['The software is not an autonomous device; it does not interpret studies.', []],
  ['AcmeEcho does not provide a diagnosis and is not intended to replace the physician\'s interpretation.', []],
  ['The device does not make treatment decisions.', []],
  // Nobody reads it before it has effect: the software acts alone.
  ['No physician interprets the study.', [['autonomous', 'physician interprets']]],
  ['The software does not perform the interpretation.', []],
  ['The software does not need an internet connection to flag studies.', [['assistive', 'flag']]],
  ['The software does not need a cardiologist to interpret the ECG.', [['autonomous', 'does not need a cardiologist to interpret']]],
  ['Unlike devices that flag studies, the software measures plaque volume.', [['augmentative', 'measures']]],
]);

table('human subject', [
  ['The physician makes the diagnosis.', [['physician-interprets', 'physician makes the diagnosis']]],
  ['The cardiologist interprets the study.', [['physician-interprets', 'cardiologist interprets']]],
  ['The sonographer measures the LV outflow tract.', []],
  ['Diagnoses are made by the physician.', [['physician-interprets', 'Diagnoses are made by the physician']]],
  [
    'The software measures EF and the physician interprets it.',
    [['augmentative', 'measures'], ['physician-interprets', 'physician interprets']],
  ],
  ['The physician reviews the tracing and interprets it.', [['physician-interprets', 'interprets']]],
  ['The reading physician, who interprets the study, signs the report.', [['physician-interprets', 'interprets'], ['physician-interprets', 'signs the report']]],
  // Helping a clinician detect is assistive work of the software (Appendix S: it points out, the clinician decides).
  ['The software helps clinicians detect lesions.', [['assistive', 'detect']]],
  // As with "helps clinicians detect": the measurement the tool enables is its augmentative work.
  ['The tool allows the physician to measure EF and estimate volumes.', [['augmentative', 'measure'], ['augmentative', 'estimate']]],
  ['Unlike tools that diagnose, AcmeEcho measures LVEF.', [['augmentative', 'measures']]],
  ['The physician, not the software, interprets the echocardiogram.', [['physician-interprets', 'interprets']]],
  ['The software, not the physician, interprets the echocardiogram.', [['autonomous', 'interprets']]],
  ['The study concluded that the AI is accurate.', []],
  ['We estimate that 2,000 studies are read each year.', []],
  ['The technologist identifies the best loop and the software measures it.', [['augmentative', 'measures']]],
  ['The user interface highlights abnormal values.', [['assistive', 'highlights']]],
  ['The echocardiographer\u2019s worklist is prioritized by the software.', [['assistive', 'prioritized']]],
  ['The code identifies the service for claims.', []],
  ['Physicians who use the tool report fewer errors.', []],
  ['Cardiologists review the images. They then interpret the findings.', [['physician-interprets', 'interpret']]],
  ['This section describes how the software identifies the view.', [['assistive', 'identifies']]],
  ['The sponsor believes the software measures EF accurately.', [['augmentative', 'measures']]],
  ['The software is cleared by FDA to detect AF.', [['assistive', 'detect']]],
  ['It can be used by sonographers to measure EF.', []],
  ['The physician using the software interprets the study.', [['physician-interprets', 'interprets']]],
  ['The physician uses the measurements to diagnose heart failure.', [['physician-interprets', 'diagnose']]],
  ['Each segment is scored by the reader.', []],
  ['The software can detect, measure and diagnose.', [['assistive', 'detect'], ['augmentative', 'measure'], ['autonomous', 'diagnose']]],
  ['The software detects/flags lesions.', [['assistive', 'detects'], ['assistive', 'flags']]],
  // The report is the output, and it carries scores and measures: augmentative.
  ['The report lists lesions, scores and measures.', [['augmentative', 'scores'], ['augmentative', 'measures']]],
  ['Its measures of EF are accurate.', []],
  ['Our measures to protect privacy are described in Section 5.', []],
]);

table('physician-interprets', [
  [
    'The output must be reviewed and confirmed by a cardiologist before treatment starts.',
    [['physician-interprets', 'reviewed and confirmed by a cardiologist']],
  ],
  ['Every result requires physician interpretation.', [['physician-interprets', 'requires physician interpretation']]],
  // Every cue in the sentence: the review gates the alert, and the software still sends one (assistive).
  ['Physician review is required before the alert is sent.', [['physician-interprets', 'Physician review'], ['assistive', 'alert is sent']]],
  ['The reading physician issues the report.', [['physician-interprets', 'physician issues the report']]],
  ['Results are released after cardiologist sign-off.', [['physician-interprets', 'after cardiologist sign-off']]],
  ['The result must be interpreted by a physician.', [['physician-interprets', 'interpreted by a physician']]],
  ['The recommendation requires confirmation by the treating physician.', [['physician-interprets', 'requires confirmation by the treating physician']]],
  ['A cardiologist reviews each result before it is released.', [['physician-interprets', 'cardiologist reviews']]],
  ['The physician must review the output.', [['physician-interprets', 'physician must review']]],
  ['The physician may override the recommendation.', []],
  ['The cardiologist can contest the initiated therapy within 24 hours.', []],
  ['The physician must act on the recommendation.', []],
  ['The physician may review the output.', []],
  // A physician who reads the output, as the labelled sets read "the radiologist reads every flagged case".
  ['The physician reviews the alert.', [['physician-interprets', 'physician reviews']]],
  ['The software does not require physician confirmation before acting.', [['autonomous', 'does not require physician confirmation']]],
  // As "does not require physician review": nobody signs off before it has effect.
  ['It never requires physician sign-off.', [['autonomous', 'physician sign-off']]],
  // As "does not require physician review": no physician reads it before it has effect.
  ['Physician review is not required.', [['autonomous', 'Physician review']]],
  ['The report is reviewed and signed by the interpreting physician.', [['physician-interprets', 'report is reviewed and signed by the interpreting physician']]],
  ['The physician reviews and signs the report.', [['physician-interprets', 'physician reviews and signs']]],
  ['Interpretation is performed by the cardiologist.', [['physician-interprets', 'Interpretation is performed by the cardiologist']]],
  ['The AI generates a preliminary report, which a cardiologist must approve before release.', [['physician-interprets', 'cardiologist must approve']]],
  ['The tool detects AF; a cardiologist confirms every detection.', [['assistive', 'detects'], ['physician-interprets', 'cardiologist confirms']]],
  ['Results are sent to the EHR, where the physician signs the report.', [['physician-interprets', 'physician signs the report']]],
  // The physician holds the decision (the labelled sets read "decides on recall" so), and is responsible for reading the output.
  ['The physician decides whether to treat.', [['physician-interprets', 'physician decides']]],
  ['The physician remains responsible for reviewing the output.', [['physician-interprets', 'responsible for reviewing']]],
  ['The physician is notified and may cancel the order.', [['assistive', 'notified']]],
  ['The physician must examine the patient.', []],
  ['Radiologist review is not needed.', [['autonomous', 'Radiologist review']]],
]);

table('paragraphs and layout', [
  [
    'The software measures EF. It does not diagnose heart failure. The physician makes the diagnosis.',
    [['augmentative', 'measures'], ['physician-interprets', 'physician makes the diagnosis']],
  ],
  ['The software\nmeasures EF and\nflags low values.', [['augmentative', 'measures'], ['assistive', 'flags']]],
  ['The physician reviews the tracing\nand interprets it.', [['physician-interprets', 'interprets']]],
  [`The ${CODE} module measures EF.`, [['augmentative', 'measures']]],
  [`${CODE} estimates EF from the apical views.`, [['augmentative', 'estimates']]],
  [`Call ${CODE} to measure the LV.`, [['augmentative', 'measure']]],
  ['| Physician | interprets the study |', [['physician-interprets', 'interprets']]],
  ['| Software | measures EF | flags low values |', [['augmentative', 'measures'], ['assistive', 'flags']]],
  ['| Outcome measures | 30-day mortality |', []],
  ['| Safety alerts | none reported |', []],
  ['The software (e.g. the EF module) measures EF.', [['augmentative', 'measures']]],
  ['See Appendix S. The software detects effusions.', [['assistive', 'detects']]],
  ['**The software** _measures_ EF.', [['augmentative', 'measures']]],
  // Quotes do not hide a word, but "diagnoses nothing" negates the act by its object.
  ['The software \u201cdiagnoses\u201d nothing; it measures.', [['augmentative', 'measures']]],
  ['It measures EF.\n\nIt detects effusions.', [['augmentative', 'measures'], ['assistive', 'detects']]],
  ['', []],
  ['   \n  ', []],
]);

// Offsets, not only phrases.
test('cue offsets point into the prose', () => {
  const prose = 'Intro. The software  measures EF;\nthe cardiologist interprets it.';
  assert.deepEqual(findCues(prose), [
    { kind: 'augmentative', start: 21, end: 29, phrase: 'measures' },
    { kind: 'physician-interprets', start: 38, end: 61, phrase: 'cardiologist interprets' },
  ]);
});

test('a cue right after the inline-code placeholder keeps its offsets', () => {
  const prose = `Run ${CODE}; it measures EF.`;
  const [cue] = findCues(prose);
  assert.ok(cue);
  assert.equal(cue.phrase, 'measures');
  assert.equal(cue.start, prose.indexOf('measures'));
});

// ---------------------------------------------------------------------------------------------
// Payment claims

const PAYMENT: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['A CPT code guarantees reimbursement.', ['guarantees reimbursement']],
  ['The code ensures coverage.', ['ensures coverage']],
  ['Payment is assured once the code is granted.', ['Payment is assured']],
  ['Guaranteed reimbursement follows CPT coding.', ['Guaranteed reimbursement']],
  ['Once coded, the service is automatically reimbursed.', ['automatically reimbursed']],
  ['The Category III code will result in payment.', ['result in payment']],
  ['The code secures payment and ensures coverage.', ['secures payment', 'ensures coverage']],
  ['A Category III code entitles the practice to payment.', ['entitles the practice to payment']],
  ['Reimbursement is guaranteed once the CPT code is effective.', ['Reimbursement is guaranteed']],
  ['CPT coding ensures that the service is reimbursed.', ['ensures that the service is reimbursed']],
  ['A CPT code does not guarantee coverage, reimbursement, or payment.', []],
  ['There is no guarantee of payment with a Category III code.', []],
  ['A code is not a guarantee of payment.', []],
  ['A CPT code does not, by itself, guarantee payment.', []],
  ['Coverage is not guaranteed by the code.', []],
  ['The code guarantees neither coverage nor payment.', []],
  ['The code may help secure reimbursement.', []],
  ['Our contract with the health system guarantees payment.', []],
  ['CPT codes enable reimbursement and physician payment pathways.', []],
  ['Use a secure payment portal for CPT code billing.', []],
  ['The code identifies the service; payment is guaranteed by contract.', []],
  ['Without a code, the service is not billable, and the code ensures payment.', ['ensures payment']],
  ['The CPT code guarantees a uniform description of the service.', []],
  ['Payers do not cover it now, but the code guarantees coverage.', ['guarantees coverage']],
  // The payment noun with a complement, seven words before its guarantee.
  ['When the Category III code is issued, payment for each remote monitoring session will be assured.', ['payment for each remote monitoring session will be assured']],
  ['When the Category III code is issued, payment for each remote monitoring session will not be assured.', []],
];

for (const [prose, expected] of PAYMENT) {
  test(`payment: ${JSON.stringify(prose)}`, () => {
    assert.deepEqual(claims(prose), expected);
  });
}

test('payment claim offsets', () => {
  const prose = 'Note: the CPT code guarantees reimbursement.';
  const [claim] = findPaymentClaims(prose);
  assert.ok(claim);
  assert.equal(claim.start, prose.indexOf('guarantees'));
  assert.equal(claim.end, prose.indexOf('.', claim.start));
  assert.equal(claim.phrase, prose.slice(claim.start, claim.end));
});

// ---------------------------------------------------------------------------------------------
// Properties and limits

const FRAGMENTS = [
  'The software', 'the physician', 'measures', 'does not', 'diagnose', 'and', 'or', ',', '.', ';',
  'without physician review', 'requires physician interpretation', 'by the cardiologist', 'is',
  'are made', 'a diagnosis', 'CPT code', 'guarantees', 'payment', 'no', '|', '\n', '\n\n', CODE,
  '\u2060', 'who', 'which', 'that', 'independently', 'final report', '(', ')', 'e.g.', 'not',
  'flags', 'estimates', 'of', 'it', "doesn't", '\u2019s', 'EF', 'AcmeEcho', 'to', '\ud83d\ude00',
  '\ud800', 'r\u00e9sum\u00e9', '-', '\u2014', '*', '...', 'rather than', 'neither', 'nor',
];

function checkShape(prose: string, found: ReadonlyArray<{ start: number; end: number; phrase: string }>): void {
  let last = -1;
  for (const c of found) {
    assert.ok(Number.isInteger(c.start) && Number.isInteger(c.end));
    assert.ok(c.start >= 0 && c.end <= prose.length && c.start < c.end, `bounds ${c.start}-${c.end} of ${prose.length}`);
    assert.equal(c.phrase, prose.slice(c.start, c.end));
    assert.ok(c.start >= last, 'sorted by start');
    last = c.start;
  }
}

test('property: results are sorted, in bounds, phrase = slice, never throw', () => {
  const prose = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(' ')),
    fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join('')),
  );
  fc.assert(
    fc.property(prose, (text) => {
      const a = findCues(text);
      const b = findPaymentClaims(text);
      checkShape(text, a);
      checkShape(text, b);
      assert.deepEqual(findCues(text), a, 'deterministic');
    }),
    { numRuns: 1000 },
  );
});

// Speed is the bench's business (npm run bench) and growth is asserted below; this test only checks that hostile
// texts finish with well-formed cues. The timeout is a hang guard for a freeze, not a speed target.
test('large and hostile inputs finish with well-formed cues', { timeout: 180_000 }, () => {
  const paragraph =
    'The software measures EF and the physician interprets it, but it does not diagnose; a CPT code does not guarantee payment. ';
  const big = paragraph.repeat(Math.ceil((1 << 20) / paragraph.length));
  const hostile = [
    big,
    'a'.repeat(2_000_000),
    'measures'.repeat(250_000),
    'not '.repeat(250_000),
    'the software measures, '.repeat(50_000),
    'without physician '.repeat(60_000),
    '\u2060'.repeat(1_000_000),
    ('x'.repeat(47) + '-').repeat(40_000),
    '| '.repeat(500_000),
    'e.g. '.repeat(200_000),
  ];
  for (const text of hostile) {
    const found = findCues(text);
    const found2 = findPaymentClaims(text);
    checkShape(text, found.slice(0, 50));
    checkShape(text, found2.slice(0, 50));
  }
  const found = findCues(big);
  assert.ok(found.length > 1000);
});

test('work grows linearly with the length of the text', () => {
  const unit = 'The AI, which the physician does not review, measures EF and flags studies without physician review; ';
  const time = (text: string): number => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      findCues(text);
      findPaymentClaims(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const small = unit.repeat(2_000);
  const large = unit.repeat(16_000);
  time(small); // warm up
  const ratio = time(large) / Math.max(time(small), 1);
  // Linear work gives about 8; quadratic work would give about 64.
  assert.ok(ratio < 30, `8x the text took ${ratio.toFixed(1)}x the time`);
});
