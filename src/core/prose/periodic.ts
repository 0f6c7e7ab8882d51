/**
 * A review a physician makes at the patient's periodic visits ("reviews the downloaded data at quarterly
 * visits to adjust the settings", "checks the logs at each follow-up appointment") oversees a therapy over
 * months; it is no reading of each output before it is acted on (round 16d: once "endocrinologist" names
 * a physician, such a sentence in an autonomous dossier must not read as physician-interprets).
 */
import type { Word } from './tags';

/** Occasions of care a review may be timed by. */
// (and ward rounds: "reviews the trend on rounds"; stop 29)
const VISITS: ReadonlySet<string> = new Set(['visit', 'visits', 'appointment', 'appointments', 'check-up', 'check-ups', 'checkup', 'checkups', 'follow-up', 'follow-ups', 'rounds', 'round']);
/** Words that make the occasion recur: "quarterly visits", "each clinic visit", "routine follow-up appointments". */
const RECURRING: ReadonlySet<string> = new Set(['each', 'every', 'quarterly', 'monthly', 'yearly', 'annual', 'periodic', 'regular', 'routine', 'scheduled', 'follow-up', 'later', 'subsequent', 'daily', 'ward']);
/** What a review on ward rounds oversees: a trend, a summary, a log. */
const OVERSEEN: ReadonlySet<string> = new Set(['trend', 'trends', 'summary', 'summaries', 'log', 'logs', 'history', 'record', 'records', 'overview', 'course',
  // (stop 46) "reviews the glucose chart and insulin requirement on every ward round"
  'chart', 'charts']);
/** Spans of time a review recurs by, long enough to oversee a therapy: "every 3 months", "each week" (not "every morning",
 * which may be the daily reading of each output). */
const PERIODS: ReadonlySet<string> = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'quarter', 'quarters', 'fortnight']);
/** Prepositions that time the review by the occasion. */
const AT: ReadonlySet<string> = new Set(['at', 'during', 'in', 'on']);
/** How far after the verb the time phrase may start. */
const REACH = 8;

/** Whether the review verb at k is timed by recurring visits, within its clause [k, to). */
export function reviewAtPeriodicVisits(words: readonly Word[], k: number, to: number): boolean {
  // "At every follow-up the physician reviews the stored episodes", "At each check, the consultant reviews …" (stop 52): the
  // occasion put first, at the start of the sentence or after a break, and no gate after the review.
  // (and every review chained to it: "… reviews the stored episodes and adjudicates each call")
  for (let j = Math.max(0, k - 16); j < k - 1; j++) {
    if (!AT.has(words[j].w) || (j > 0 && words[j - 1].tag !== 'punct')) continue;
    if (words.slice(j + 1, k).some((x) => x.tag === 'punct' && x.w !== ',')) continue;
    if (frontedVisitAt(words, j + 1, k) && !words.slice(k + 1).some((x) => x.w === 'before' || x.w === 'until')) return true;
  }
  // "On rounds he reviews the trend screen" (stop 30): the ward round put before the review, which oversees a trend.
  for (let j = Math.max(0, k - 6); j < k - 1; j++) {
    if (!AT.has(words[j].w)) continue;
    const at = words[j + 1]?.w === 'ward' || words[j + 1]?.w === 'daily' || words[j + 1]?.w === 'each' ? j + 2 : j + 1;
    if ((words[at]?.w === 'rounds' || words[at]?.w === 'round') && words.slice(k + 1, Math.min(to, k + 5)).some((x) => OVERSEEN.has(x.w)) && !words.slice(k + 1).some((x) => x.w === 'before')) return true;
  }
  for (let j = k + 1; j < to && j <= k + REACH + 2; j++) {
    // "reviews the uploaded data every 3 months" (stop 46): a review that recurs by a span of time oversees the therapy
    if ((words[j].w === 'every' || words[j].w === 'each') && (PERIODS.has(words[j + 1]?.w ?? '') || (words[j + 1]?.tag === 'num' && PERIODS.has(words[j + 2]?.w ?? ''))) && !words.slice(k + 1).some((x) => x.w === 'before')) return true;
    if (j > k + REACH || !AT.has(words[j].w)) continue;
    let recurring = false;
    for (let m = j + 1; m < to && m <= j + 4; m++) {
      const w = words[m].w;
      if (RECURRING.has(w)) recurring = true;
      // (ward rounds only for what is overseen, a trend or a summary, and not before an act: "reviews the ECG on rounds before
      // the patient is discharged" reads it)
      if (w === 'round' || w === 'rounds') return words[m + 1]?.w !== 'of' && words.slice(k + 1, j).some((x) => OVERSEEN.has(x.w)) && !words.slice(m + 1, to).some((x) => x.w === 'before');
      if (VISITS.has(w)) return recurring || (w.endsWith('s') && words[m + 1]?.w !== "'");
      if (words[m].tag === 'verb' || words[m].tag === 'punct' || words[m].tag === 'prep') break;
    }
  }
  return false;
}

/** Fronted, a routine check of the device is a visit too: "at each check", "at every device interrogation". */
const FRONTED_VISITS: ReadonlySet<string> = new Set(['check', 'checks', 'interrogation', 'interrogations', 'clinic', 'clinics']);

/** Whether words from `at` (up to four, before `to`) name a recurring visit put first: "every follow-up", "quarterly visits", "each check". */
function frontedVisitAt(words: readonly Word[], at: number, to: number): boolean {
  let recurring = false;
  for (let m = at; m < to && m <= at + 3; m++) {
    const w = words[m].w;
    if (RECURRING.has(w)) recurring = true;
    // (ward rounds put first are read above, only for what is overseen: "On rounds the cardiologist reads every tracing" reads)
    if (w === 'round' || w === 'rounds') return false;
    if (VISITS.has(w) || (recurring && FRONTED_VISITS.has(w))) return recurring || (w.endsWith('s') && words[m + 1]?.w !== "'");
    if (words[m].tag === 'verb' || words[m].tag === 'punct' || words[m].tag === 'prep') return false;
  }
  return false;
}
