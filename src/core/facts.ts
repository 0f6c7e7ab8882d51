// The domain facts that rules, the assessment, the code lens and the reports share, each worked out
// in one place so that they cannot disagree: whether a US trial is shown, when a society's notice
// is due, whether a frontmatter field is absent, invalid or present, and the words for classes,
// verdicts and days.
import { listLength, sectionOf, value, type Dossier } from './dossier';
import { DEFAULT_NOTICE_LEAD_DAYS, type SocietyPolicy } from './policy';
import { addDays } from './dates';
import { outlinesOnlyAPlan } from './prose/trial';
import type { CueKind } from './prose';
import type { AiClass } from './types';

// ---- frontmatter fields ----

/**
 * A field as the rules see it: `absent` (not written, or written empty), `invalid` (written, but
 * field-value or frontmatter-syntax reports it, so other rules stay silent about it) or `present`
 * (a valid value, or a list with items).
 */
export type FieldState = 'absent' | 'invalid' | 'present';

export function fieldState(d: Dossier, path: string): FieldState {
  const facts = d.facts;
  // An issue is always about a key written, so a key not written is absent without looking further.
  if (!facts || !facts.keys.has(path)) return 'absent';
  if (facts.issues.some((i) => i.path === path)) return 'invalid';
  return facts.values.has(path) || facts.listLengths.has(path) ? 'present' : 'absent';
}

/** Whether any of `paths` is written but unreadable (so a rule about it being absent stays silent). */
export function isInvalid(d: Dossier, ...paths: string[]): boolean {
  return paths.some((p) => fieldState(d, p) === 'invalid');
}

// ---- Category III: a US trial outlining efficacy ----

const US = /^(?:us|u\.s\.?|usa|u\.s\.a\.?|united states(?: of america)?)$/i;

/** A US name alone or among others: `US and Canada`, `USA, Germany`, `US (3 sites)`. */
export function isUsCountry(country: string | undefined): boolean {
  if (country === undefined || country.length > 200) return false;
  return country.split(/\s*(?:[,;/&+()]|\band\b)\s*/i).some((part) => US.test(part.trim()));
}

/** Where a US trial with an efficacy outline is shown, if anywhere (cat3-us-trial and the assessment). */
export function usTrialEvidence(dossier: Dossier): { where: 'trials' | 'section'; index?: number } | undefined {
  const section = sectionOf(dossier, 'clinical-evidence');
  const n = listLength(dossier, 'trials');
  for (let i = 0; i < n; i++) {
    if (!isUsCountry(value(dossier, `trials[${i}].country`)?.value)) continue;
    const efficacy = (value(dossier, `trials[${i}].efficacy`)?.value ?? '').trim();
    // "Planned reader study; enrolment to begin in 2027" outlines no efficacy yet.
    if (efficacy && !outlinesOnlyAPlan(efficacy)) return { where: 'trials', index: i };
    // A listed US trial without `efficacy:` counts when the section outlines its efficacy (a result, not a plan),
    // unless the section says the US trial has not run: then the figures are another study's.
    if (section?.outlinesEfficacy && (section.mentionsUsTrial || !section.usTrialYetToRun)) return { where: 'section', index: i };
  }
  // The section's own US trial counts when it has run (not negated, not only planned) and its efficacy is outlined.
  if (section?.mentionsUsTrial && section.outlinesEfficacy) return { where: 'section' };
  return undefined;
}

// ---- society notice ----

/** Days before the AMA deadline by which the society wants the material (its policy, else ASE's 56). */
export function noticeLeadDays(policy: SocietyPolicy | undefined): number {
  return policy?.noticeLeadDays ?? DEFAULT_NOTICE_LEAD_DAYS;
}

/** The latest date on which notifying the society is on time for `deadline`. */
export function noticeDueDate(deadline: string, policy: SocietyPolicy | undefined): string {
  return addDays(deadline, -noticeLeadDays(policy));
}

// ---- words for people ----

export const CLASS_LABEL: Readonly<Record<AiClass, string>> = {
  assistive: 'Assistive',
  augmentative: 'Augmentative',
  autonomous: 'Autonomous',
};

/** A cue kind in headings: the three classes, and phrases saying a physician interprets. */
export const CUE_LABEL: Readonly<Record<CueKind, string>> = { ...CLASS_LABEL, 'physician-interprets': 'A physician interprets' };

export type VerdictStatus = 'ready' | 'review' | 'not-ready';

export const STATUS_LABEL: Readonly<Record<VerdictStatus, string>> = { ready: 'Ready', review: 'Nearly ready', 'not-ready': 'Not ready' };

/** A label from one of the tables above, or the raw text when the key is not one of them (a hostile report). */
export function labelOf(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** What an assessment's classification says of the prose (both report formats print it). */
export interface ClassificationAgreement {
  declared?: string;
  suggested?: string;
  agreement: string;
  contradictions: number;
  counts?: Record<string, number>;
}

/** Whether the prose has any classification cue (counts may be missing in an old assessment). */
export function hasCues(counts: Record<string, number> | undefined): boolean {
  return Object.values(counts ?? {}).some((n) => Number(n) > 0);
}

/** The sentence the reports print on how the prose stands to the declared class; empty when there is nothing to say. */
export function agreementSentence(c: ClassificationAgreement): string {
  if (c.agreement === 'agrees') return c.suggested === c.declared ? 'The prose agrees with the declared class.' : 'No phrase in the prose contradicts the declared class.';
  if (c.agreement === 'contradicts') {
    const n = Math.max(0, Math.floor(Number(c.contradictions) || 0));
    const one = n === 1;
    return `${n} phrase${one ? '' : 's'} in the prose contradict${one ? 's' : ''} the declared class.`;
  }
  return hasCues(c.counts) ? '' : 'The prose has no wording that points to a class.';
}

/** "today", "in 3 days", "2 days ago"; empty when unknown. */
export function relDays(days: number | undefined): string {
  if (days === undefined || !Number.isFinite(days)) return '';
  if (days === 0) return 'today';
  const n = Math.abs(days);
  const span = `${n} day${n === 1 ? '' : 's'}`;
  return days > 0 ? `in ${span}` : `${span} ago`;
}

/** The last part of a path, either separator ("docs/a.dossier.md" → "a.dossier.md"). */
export function baseName(file: string): string {
  return String(file).split(/[\\/]/).pop() || String(file);
}
