import type { AiClass, AutonomyLevel, TaxonomyEdition } from './types';

/**
 * Edition-specific wording of CPT Appendix S, paraphrased. The 2027 revision's final text is not
 * public in full: this is the one place to correct when it is.
 */
export interface AppendixSEdition {
  label: string;
  classes: Record<AiClass, string>;
  levels: Record<AutonomyLevel, string>;
  /** What separates neighbouring classes, for messages. */
  assistiveVsAugmentative: string;
  augmentativeVsAutonomous: string;
  assistiveVsAutonomous: string;
}

export const APPENDIX_S: Readonly<Record<TaxonomyEdition, AppendixSEdition>> = {
  '2022': {
    label: 'Appendix S (2022)',
    classes: {
      assistive: 'the machine detects clinically relevant data without analysing it or drawing conclusions; the physician interprets and reports',
      augmentative: 'the machine analyses and/or quantifies data to yield clinically meaningful output; the physician interprets and reports',
      autonomous: 'the machine interprets data and independently generates clinically meaningful conclusions without concurrent physician involvement',
    },
    levels: {
      I: 'offers conclusions or management options that a physician must act on',
      II: 'initiates management with an alert and a chance for the physician to override it',
      III: 'initiates management; the physician must act to contest it',
    },
    assistiveVsAugmentative: 'assistive output only detects data; analysing or quantifying it into clinically meaningful output is augmentative',
    augmentativeVsAutonomous: 'augmentative output is interpreted and reported by a physician; drawing conclusions or acting without concurrent physician involvement is autonomous',
    assistiveVsAutonomous: 'assistive output only detects data for a physician to interpret; drawing conclusions or acting without concurrent physician involvement is autonomous',
  },
  '2027': {
    label: 'Appendix S (2027)',
    classes: {
      assistive: 'the software output detects clinically relevant data without analysing it or drawing conclusions; the physician interprets and reports',
      augmentative: 'the software output analyses or quantifies data into a clinically meaningful output, derived parameters included; the physician reports',
      autonomous: 'the software output interprets data and independently generates clinically meaningful conclusions without concurrent physician involvement',
    },
    levels: {
      I: 'offers conclusions or management options that a physician must act on',
      II: 'initiates management with an alert and a chance for the physician to override it',
      III: 'initiates management; the physician must act to contest it',
    },
    assistiveVsAugmentative: 'assistive software output only detects data; a quantified or derived value that is clinically meaningful makes it augmentative',
    augmentativeVsAutonomous: 'augmentative software output is reported by a physician; a conclusion drawn or acted on without concurrent physician involvement makes it autonomous',
    assistiveVsAutonomous: 'assistive software output only detects data for a physician to interpret; a conclusion drawn or acted on without concurrent physician involvement makes it autonomous',
  },
};
