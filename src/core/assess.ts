import { DossierLinter, type LintOptions, type LintResult } from './engine';
import { classificationOf, autonomyLevelOf, fdaStatusOf, ruleCues, sectionOf, targetCategoryOf, taxonomyEditionOf, value } from './dossier';
import { defaultConfig, type ResolvedConfig } from './config';
import { findPolicy } from './policy';
import { APPENDIX_S } from './appendixS';
import { addDays, daysBetween, todayIso } from './dates';
import { noticeDueDate, noticeLeadDays, usTrialEvidence, type VerdictStatus } from './facts';
import type { CueKind } from './prose';
import { suggestForDossier } from './prose/backoff';
import type { AiClass, AutonomyLevel, Finding, TargetCategory, TaxonomyEdition } from './types';

/** A place in the dossier, 1-based for people. */
export interface Where {
  line: number;
  column: number;
}

export interface Prerequisite {
  id: string;
  label: string;
  met: boolean;
  /** What was found, or what is missing. */
  detail: string;
  /** The rule that checks it. */
  ruleId: string;
  where?: Where;
}

export interface Evidence {
  phrase: string;
  where: Where;
}

export interface TimelineEvent {
  date: string;
  label: string;
  kind: 'today' | 'notice-due' | 'notified' | 'deadline' | 'release' | 'effective';
  /** Estimated rather than declared. */
  estimate?: boolean;
}

export interface Assessment {
  file: string;
  title?: string;
  today: string;
  verdict: { status: VerdictStatus; text: string };
  classification: {
    declared?: AiClass;
    autonomyLevel?: AutonomyLevel;
    edition: TaxonomyEdition;
    editionLabel: string;
    definition?: string;
    /** The class the prose suggests, weighing all its cues (src/core/prose/suggest.ts). */
    suggested?: AiClass;
    /** Set when no phrase names a class and `suggested` is the sentence model's reading (src/core/prose/backoff.ts). */
    statistical?: boolean;
    /** Phrases of each cue kind in the prose. */
    counts: Record<CueKind, number>;
    /** Why `suggested`, in a short phrase ("4 phrases suggest augmentative work; a physician interprets"). */
    reason: string;
    agreement: 'agrees' | 'contradicts' | 'no-cues' | 'undeclared';
    /** How many phrases contradict the declared class. */
    contradictions: number;
    evidence: Record<CueKind, Evidence[]>;
    where?: Where;
  };
  targetCategory: TargetCategory;
  prerequisites: Prerequisite[];
  society?: {
    name: string;
    policy?: string;
    stance?: string;
    roundtable?: string;
    noticeLeadDays: number;
    noticeDue?: string;
    notified?: string;
    /** `notified` is after today: the notice is planned, not given yet. */
    planned?: boolean;
    onTime?: boolean;
    where?: Where;
  };
  timeline: {
    today: string;
    amaDeadline?: string;
    daysToDeadline?: number;
    noticeDue?: string;
    daysToNotice?: number;
    nextRelease: { release: string; effective: string };
    /** Estimated month (YYYY-MM) of the Panel meeting that considers an application filed by the deadline. */
    panelMeeting?: string;
    events: TimelineEvent[];
  };
  findings: Finding[];
  counts: { error: number; warning: number; info: number };
}

/** Category III codes are released on 1 January and 1 July and take effect six months later. */
export function nextCategory3Release(after: string): { release: string; effective: string } {
  const year = Number(after.slice(0, 4));
  const candidates = [`${year}-01-01`, `${year}-07-01`, `${year + 1}-01-01`, `${year + 1}-07-01`];
  const release = candidates.find((d) => d > after) ?? `${year + 2}-01-01`;
  const effective = release.endsWith('-01-01') ? `${release.slice(0, 4)}-07-01` : `${Number(release.slice(0, 4)) + 1}-01-01`;
  return { release, effective };
}

/** What an assessment is judged with: the same `today` and configuration as the lint result it is built from. */
export interface AssessOptions {
  today?: string;
  config?: ResolvedConfig;
}

/** Lints a text once and assesses it (the CLI, exports; the extension assesses its stored lint result). */
export function assessText(text: string, options: LintOptions = {}): Assessment {
  const config = options.config ?? defaultConfig();
  const today = options.today ?? todayIso();
  return buildAssessment(new DossierLinter(false).lint(text, { ...options, today, config }), { today, config });
}

/**
 * The assessment of a lint result, without linting again. `options` must be those the result was
 * linted with. The findings shown follow the user's settings; prerequisites are judged with every
 * rule on, so the rules the settings turn off are run here on the parsed dossier (no re-parse).
 */
export function buildAssessment(lint: LintResult, options: AssessOptions = {}): Assessment {
  const config = options.config ?? defaultConfig();
  const today = options.today ?? todayIso();
  const { dossier, findings } = lint;
  const off = new Set(Object.entries(config.severities).filter(([, s]) => s === 'off').map(([id]) => id));
  const allFindings = off.size && dossier.isDossier ? [...findings, ...new DossierLinter(false).check(dossier, { today, config: { ...config, severities: {} }, only: off })] : findings;
  const policies = config.policies;
  const where = (offset: number): Where => {
    const p = dossier.lines.positionAt(offset);
    return { line: p.line + 1, column: p.column + 1 };
  };
  const fired = (id: string): boolean => allFindings.some((f) => f.ruleId === id);
  const firstFinding = (id: string): Where | undefined => {
    const f = allFindings.find((x) => x.ruleId === id);
    return f ? { line: f.range.start.line + 1, column: f.range.start.column + 1 } : undefined;
  };

  // ---- classification ----
  const cls = classificationOf(dossier);
  const edition = taxonomyEditionOf(dossier);
  const evidence: Record<CueKind, Evidence[]> = { assistive: [], augmentative: [], autonomous: [], 'physician-interprets': [] };
  const phrases = ruleCues(dossier);
  for (const cue of phrases) evidence[cue.kind].push({ phrase: cue.phrase, where: where(cue.start) });
  const prose = suggestForDossier(dossier);
  const contradictions = allFindings.filter((f) => f.ruleId === 'classification-cue').length;
  // A level only means something for autonomous software (autonomy-level reports a stray one).
  const level = cls?.value === 'autonomous' ? autonomyLevelOf(dossier)?.value : undefined;

  // ---- prerequisites ----
  const target = targetCategoryOf(dossier);
  const prerequisites: Prerequisite[] = [];
  const keyWhere = (path: string): Where | undefined => {
    const v = value(dossier, path);
    const k = dossier.facts?.keys.get(path);
    return v ? where(v.span.start) : k ? where(k.start) : undefined;
  };
  prerequisites.push({
    id: 'classified',
    label: 'Classified under CPT Appendix S',
    met: !!cls,
    detail: cls ? `${cls.value}${level ? ` (Level ${level})` : ''}` : 'no valid classification',
    ruleId: 'classification-missing',
    ...(cls ? { where: where(cls.span.start) } : {}),
  });
  const output = sectionOf(dossier, 'software-output');
  prerequisites.push({
    id: 'output',
    label: 'Software output described',
    met: !fired('output-undescribed'),
    detail: output ? (output.hasContent ? `section "${output.heading.text}"` : output.holdsPlaceholder ? "section holds only the snippet's placeholder" : 'section is empty') : 'no Software output section',
    ruleId: 'output-undescribed',
    ...(output ? { where: where(output.heading.start) } : {}),
  });
  const physicianSection = sectionOf(dossier, 'physician-work');
  prerequisites.push({
    id: 'physician-work',
    label: 'Physician work described',
    met: !fired('physician-work-missing'),
    detail: value(dossier, 'physician_work') ? 'physician_work in the frontmatter' : physicianSection ? `section "${physicianSection.heading.text}"` : 'not described',
    ruleId: 'physician-work-missing',
    ...optionalWhere(keyWhere('physician_work') ?? (physicianSection ? where(physicianSection.heading.start) : undefined)),
  });
  if (target === 'III') {
    const status = fdaStatusOf(dossier);
    const first = value(dossier, 'fda.first_contact');
    prerequisites.push({
      id: 'fda-begun',
      label: 'FDA process begun (clearance not required)',
      met: !fired('cat3-fda-engagement'),
      detail: [first ? `first contact ${first.value}` : '', status ? `status ${status.value}` : ''].filter(Boolean).join(', ') || 'no FDA engagement recorded',
      ruleId: 'cat3-fda-engagement',
      ...optionalWhere(keyWhere('fda.first_contact') ?? keyWhere('fda.status') ?? firstFinding('cat3-fda-engagement')),
    });
    const sites = dossier.facts?.listLengths.get('sites') ?? (value<number>(dossier, 'sites')?.value as number | undefined) ?? 0;
    prerequisites.push({
      id: 'human-use',
      label: 'Offered on humans at one site or more',
      met: !fired('cat3-human-use'),
      detail: fired('cat3-human-use') ? 'no site offers it yet' : `${sites} site${sites === 1 ? '' : 's'}`,
      ruleId: 'cat3-human-use',
      ...optionalWhere(keyWhere('sites') ?? firstFinding('cat3-human-use')),
    });
    const trial = usTrialEvidence(dossier);
    const evidenceSection = sectionOf(dossier, 'clinical-evidence');
    prerequisites.push({
      id: 'us-trial',
      label: 'US clinical trial outlining efficacy',
      met: !fired('cat3-us-trial'),
      detail: trial
        ? trial.where === 'trials'
          ? `trial ${value(dossier, `trials[${trial.index}].registry`)?.value ?? trial.index! + 1}: ${value(dossier, `trials[${trial.index}].efficacy`)?.value}`
          : `described in "${evidenceSection?.heading.text ?? 'Clinical evidence'}"`
        : 'no US trial with an efficacy outline',
      ruleId: 'cat3-us-trial',
      ...optionalWhere(
        trial?.where === 'trials' ? keyWhere(`trials[${trial.index}].efficacy`) : trial && evidenceSection ? where(evidenceSection.heading.start) : firstFinding('cat3-us-trial'),
      ),
    });
  } else {
    const status = fdaStatusOf(dossier);
    prerequisites.push({
      id: 'fda-cleared',
      label: 'FDA clearance or approval (Category I)',
      met: !fired('cat1-fda-clearance'),
      detail: status ? `status ${status.value}` : 'no FDA status',
      ruleId: 'cat1-fda-clearance',
      ...optionalWhere(keyWhere('fda.status') ?? firstFinding('cat1-fda-clearance')),
    });
    prerequisites.push({
      id: 'cat3-first',
      label: 'Category III code held first',
      met: !fired('cat1-before-cat3'),
      detail: fired('cat1-before-cat3') ? 'no Category III code in codes' : 'Category III code listed',
      ruleId: 'cat1-before-cat3',
      ...optionalWhere(keyWhere('codes') ?? firstFinding('cat1-before-cat3')),
    });
  }

  // ---- society ----
  const societyName = value(dossier, 'society.name')?.value;
  const policy = findPolicy(policies, societyName);
  const deadline = value(dossier, 'ama_deadline')?.value;
  const notified = value(dossier, 'society.notified')?.value;
  const lead = noticeLeadDays(policy);
  const noticeDue = deadline ? noticeDueDate(deadline, policy) : undefined;
  const society: Assessment['society'] = societyName
    ? {
        name: societyName,
        noticeLeadDays: lead,
        ...(policy ? { policy: policy.name } : {}),
        ...(policy && cls && policy.stance[cls.value] ? { stance: policy.stance[cls.value]!.summary } : {}),
        ...(policy?.roundtable ? { roundtable: policy.roundtable } : {}),
        ...(noticeDue ? { noticeDue } : {}),
        ...(notified ? { notified } : {}),
        ...(notified && notified > today ? { planned: true } : {}),
        ...(notified && noticeDue ? { onTime: notified <= noticeDue } : {}),
        ...optionalWhere(keyWhere('society.notified') ?? keyWhere('society.name')),
      }
    : undefined;

  // ---- timeline ----
  const nextRelease = nextCategory3Release(today);
  const events: TimelineEvent[] = [{ date: today, label: 'Today', kind: 'today' }];
  if (noticeDue) events.push({ date: noticeDue, label: `${policy?.id ?? societyName ?? 'Society'} notice due (${lead} days before the deadline)`, kind: 'notice-due' });
  if (notified) events.push({ date: notified, label: `${policy?.id ?? societyName ?? 'Society'} ${notified > today ? 'notice planned' : 'notified'}`, kind: 'notified' });
  let panelMeeting: string | undefined;
  if (deadline) {
    events.push({ date: deadline, label: 'AMA application deadline', kind: 'deadline' });
    // The Panel meets about three months after the deadline; codes accepted then are released
    // at the next release date and take effect six months later.
    const meeting = addDays(deadline, 90);
    const expected = nextCategory3Release(meeting);
    if (target === 'III') {
      panelMeeting = meeting.slice(0, 7);
      events.push({ date: expected.release, label: `Category III release after the ${monthYear(meeting)} Panel meeting`, kind: 'release', estimate: true });
      events.push({ date: expected.effective, label: 'Code effective', kind: 'effective', estimate: true });
    }
  } else {
    events.push({ date: nextRelease.release, label: 'Next Category III release', kind: 'release' });
    events.push({ date: nextRelease.effective, label: 'Codes of that release take effect', kind: 'effective' });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const failed = prerequisites.filter((p) => !p.met);
  const verdict: Assessment['verdict'] = !dossier.isDossier
    ? { status: 'not-ready', text: 'This file is not a CPT dossier: add `cpt_dossier: 1` to its frontmatter or name it *.dossier.md.' }
    : counts.error > 0
      ? {
          status: 'not-ready',
          text: `Not ready: ${counts.error} error${counts.error === 1 ? '' : 's'} to fix${failed.length ? `, ${failed.length} prerequisite${failed.length === 1 ? '' : 's'} missing (${failed.map((p) => p.label).join('; ')})` : ''}.`,
        }
      : counts.warning > 0 || failed.length > 0
        ? { status: 'review', text: `Nearly ready: no errors, ${counts.warning} warning${counts.warning === 1 ? '' : 's'} to review before submission.` }
        : { status: 'ready', text: `Ready: Category ${target} prerequisites met, classification consistent with the prose${society?.onTime ? `, ${policy?.id ?? societyName} notified on time` : ''}.` };

  const title = value(dossier, 'title')?.value;
  return {
    file: dossier.fileName,
    ...(title ? { title } : {}),
    today,
    verdict,
    classification: {
      ...(cls ? { declared: cls.value, definition: APPENDIX_S[edition].classes[cls.value], where: where(cls.span.start) } : {}),
      ...(level ? { autonomyLevel: level } : {}),
      edition,
      editionLabel: APPENDIX_S[edition].label,
      ...(prose.suggested ? { suggested: prose.suggested } : {}),
      ...(prose.statistical ? { statistical: true } : {}),
      counts: prose.counts,
      reason: prose.reason,
      agreement: !cls ? 'undeclared' : contradictions > 0 ? 'contradicts' : phrases.length ? 'agrees' : 'no-cues',
      contradictions,
      evidence,
    },
    targetCategory: target,
    prerequisites,
    ...(society ? { society } : {}),
    timeline: {
      today,
      ...(deadline ? { amaDeadline: deadline, daysToDeadline: daysBetween(today, deadline) } : {}),
      ...(noticeDue ? { noticeDue, daysToNotice: daysBetween(today, noticeDue) } : {}),
      nextRelease,
      ...(panelMeeting ? { panelMeeting } : {}),
      events,
    },
    findings,
    counts,
  };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "May 2027" */
export function monthYear(iso: string): string {
  return `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1] ?? ''} ${iso.slice(0, 4)}`.trim();
}

function optionalWhere(w: Where | undefined): { where?: Where } {
  return w ? { where: w } : {};
}
