/**
 * A device that changes, by itself, how it acts on the patient (stop 38): "adjusts the current during the seal on its own",
 * "changes IPAP and EPAP by itself", "turns that therapy off automatically", "locks by itself as soon as the wearer stands
 * still", "adjusts itself automatically", "switches programs automatically". The therapy rules of the vocabulary need a
 * therapy noun after the verb; here the marker of acting alone ("by itself", "on its own", "automatically", a reflexive
 * "itself", "without the wearer …") carries the clause instead, since a device that changes its own working on the
 * patient with nobody choosing is what Appendix S calls autonomous.
 *
 * Not what the software changes in its data or on the screen ("automatically sets the initial calipers", "adjusts the
 * window and contrast", "switches between Holter and resting-ECG operation"), not a model that adapts to a site's data,
 * and not a change a person makes (a person as the subject, a passive that names nobody acting on the patient).
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of changing how the device works (lemmas). */
const CHANGING: ReadonlySet<string> = new Set(['adjust', 'readjust', 'adapt', 'change', 'modify', 'tune', 'fine-tune', 'retune', 'switch', 'blend', 'lock', 'unlock', 'increase', 'decrease', 'reduce', 'raise', 'lower', 'steer', 'turn', 'vary', 'alter', 'regulate']);
/** Verbs of starting or stopping (lemmas; "turns … off" reads as "stop"). */
const STARTING: ReadonlySet<string> = new Set(['start', 'stop', 'suspend', 'resume', 'pause', 'withhold']);
/** Words that say the device acts alone. */
const ALONE_AFTER_BY: ReadonlySet<string> = new Set(['itself', 'themselves']);
const ALONE_WORDS: ReadonlySet<string> = new Set(['automatically', 'autonomously']);
/** People whose choice "without …" says is not needed. */
const NOBODY_CHOOSING: ReadonlySet<string> = new Set(['wearer', 'wearers', 'user', 'users', 'patient', 'patients', 'recipient', 'recipients', 'clinician', 'clinicians', 'operator', 'operators', 'anyone', 'nurse', 'nurses', 'staff', 'audiologist', 'audiologists', 'prosthetist', 'prosthetists', 'human', 'manual']);
/** What a device changes in its data, its acquisition or its display: no act on the patient. */
const NOT_ON_PATIENT: ReadonlySet<string> = new Set([
  'image', 'images', 'contrast', 'brightness', 'window', 'windowing', 'display', 'screen', 'view', 'views', 'caliper', 'calipers',
  'contour', 'contours', 'outline', 'outlines', 'marker', 'markers', 'mark', 'marks', 'roi', 'region', 'regions', 'boundary',
  'boundaries', 'segmentation', 'orientation', 'zoom', 'layout', 'scale', 'format', 'colour', 'color', 'colours', 'colors', 'label',
  'labels', 'report', 'reports', 'threshold', 'thresholds', 'sensitivity', 'gain', 'recording', 'recordings', 'operation', 'data',
  'log', 'logs', 'acquisition', 'sampling', 'filter', 'filters', 'filtering', 'scan', 'scans', 'slice', 'slices', 'plane', 'planes',
  'sequence', 'sequences', 'frame', 'frames', 'rate', 'resolution', 'focus', 'exposure', 'weights', 'parameters', 'model', 'models',
  'algorithm', 'algorithms', 'between', 'language', 'time', 'clock', 'alarm', 'alarms', 'alert', 'alerts', 'limits',
]);
/** What a model adapts to that is no patient: "adapts itself to each site's data". */
const NOT_A_PATIENT_TARGET: ReadonlySet<string> = new Set(['data', 'site', 'sites', 'hospital', 'hospitals', 'scanner', 'scanners', 'population', 'populations', 'images', 'cases', 'institution', 'workflow']);

/** Control loops and processors named as the subject: "a feedback loop changes the dialysate temperature automatically". */
const LOOPS: ReadonlySet<string> = new Set(['loop', 'loops', 'processor', 'processors']);

/** The index of the marker of acting alone in words[from, to), or -1. */
function aloneMarker(words: readonly Word[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    const w = words[j].w;
    if (ALONE_WORDS.has(w)) return j;
    if (w === 'by' && ALONE_AFTER_BY.has(words[j + 1]?.w ?? '')) return j + 1;
    if (w === 'on' && (words[j + 1]?.w === 'its' || words[j + 1]?.w === 'their') && words[j + 2]?.w === 'own') return j + 2;
    if (w === 'without' && words.slice(j + 1, j + 4).some((x) => NOBODY_CHOOSING.has(x.w))) return j;
  }
  return -1;
}

export function selfActingChangeCue(words: readonly Word[], clause: Clause, scope: ClauseScope, out: WordCue[]): void {
  const loop = clause.agent === 'none' && clause.subject >= 0 && LOOPS.has(words[clause.subject].w);
  if (clause.passive || scope.hypothetical || (clause.agent !== 'software' && !loop) || out.some((c) => c.kind === 'autonomous')) return;
  if (clause.subject >= 0 && (V.PHYSICIAN_NOUNS.has(words[clause.subject].w) || V.OTHER_NOUNS.has(words[clause.subject].w))) return;
  for (const v of clause.verbs) {
    const verb = words[v];
    const lemma = verb.lemma ?? '';
    if (verb.tag !== 'verb' || verb.form === 'ing' || (verb.form === 'ed' && words[v - 1]?.tag === 'be') || !(CHANGING.has(lemma) || STARTING.has(lemma))) continue;
    // starting or stopping counts only for a therapy named after the verb: "turns that therapy off automatically" (not "the
    // app stops automatically when the battery is low")
    if (STARTING.has(lemma) && !words.slice(v + 1, Math.min(clause.to, v + 6)).some((w) => V.THERAPY_NOUNS.includes(w.w) || V.THERAPY_EVENTS.has(w.w))) continue;
    if (scope.negated[v - clause.from] || words[v - 1]?.tag === 'to') continue;
    const reflexive = words[v + 1]?.w === 'itself' || words[v + 1]?.w === 'themselves';
    // the marker next to the verb's own stretch: up to three words before it, and on to the clause's end
    // (past the clause's end while no punctuation or other verb intervenes: "adjusts the current during the seal on its own")
    let end = clause.to;
    while (end < words.length && words[end].tag !== 'punct' && words[end].tag !== 'verb' && end < clause.to + 8) end++;
    const marker = reflexive ? v + 1 : aloneMarker(words, Math.max(clause.from, v - 3), end);
    if (marker < 0) continue;
    // what is changed must not be data, acquisition or display (within the words after the verb)
    const after = words.slice(v + 1, Math.min(Math.max(end, clause.to), v + 8));
    if (after.some((w) => NOT_ON_PATIENT.has(w.w))) continue;
    // a model fitting itself to a site or its data
    const to = after.findIndex((w) => w.w === 'to');
    if (to >= 0 && after.slice(to + 1, to + 5).some((w) => NOT_A_PATIENT_TARGET.has(w.w.replace(/'s$/, '')))) continue;
    out.push({ kind: 'autonomous', first: v, last: Math.max(v, marker) });
    return;
  }
}
