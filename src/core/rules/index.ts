// The rule registry: one file per rule, named by its id, in the order of docs/rules/README.md.
import type { Rule } from '../rule';
import { rule as frontmatterMissing } from './frontmatter-missing';
import { rule as frontmatterSyntax } from './frontmatter-syntax';
import { rule as unknownField } from './unknown-field';
import { rule as fieldValue } from './field-value';
import { rule as classificationMissing } from './classification-missing';
import { rule as autonomyLevel } from './autonomy-level';
import { rule as taxonomyEdition } from './taxonomy-edition';
import { rule as classificationCue } from './classification-cue';
import { rule as outputUndescribed } from './output-undescribed';
import { rule as physicianWorkMissing } from './physician-work-missing';
import { rule as cat3FdaEngagement } from './cat3-fda-engagement';
import { rule as cat3HumanUse } from './cat3-human-use';
import { rule as cat3UsTrial } from './cat3-us-trial';
import { rule as cat1FdaClearance } from './cat1-fda-clearance';
import { rule as cat1BeforeCat3 } from './cat1-before-cat3';
import { rule as societyNameMissing } from './society-name-missing';
import { rule as societyNoticeMissing } from './society-notice-missing';
import { rule as societyNoticeLate } from './society-notice-late';
import { rule as assistiveCptDiscouraged } from './assistive-cpt-discouraged';
import { rule as augmentativeCat3Support } from './augmentative-cat3-support';
import { rule as codeFormat } from './code-format';
import { rule as paymentClaim } from './payment-claim';
import { rule as deadlinePassed } from './deadline-passed';
import { rule as sizeLimit } from './size-limit';
import { rule as unreadableBlock } from './unreadable-block';

export const RULES: readonly Rule[] = [
  frontmatterMissing,
  frontmatterSyntax,
  unknownField,
  fieldValue,
  classificationMissing,
  autonomyLevel,
  taxonomyEdition,
  classificationCue,
  outputUndescribed,
  physicianWorkMissing,
  cat3FdaEngagement,
  cat3HumanUse,
  cat3UsTrial,
  cat1FdaClearance,
  cat1BeforeCat3,
  societyNameMissing,
  societyNoticeMissing,
  societyNoticeLate,
  assistiveCptDiscouraged,
  augmentativeCat3Support,
  codeFormat,
  paymentClaim,
  deadlinePassed,
  sizeLimit,
  unreadableBlock,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** The rules that read a frontmatter key (`sites[0].since` and `sites[].since` alike), in registry order. */
export function rulesReading(path: string): Rule[] {
  const key = path.replace(/\[\d*\]/g, '[]').replace(/\[\]$/, '');
  return RULES.filter((r) => r.meta.reads?.includes(key));
}
