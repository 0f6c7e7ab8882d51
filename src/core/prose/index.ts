import { findCues, type CueKind } from '../cues';

export interface SentenceReading {
  kinds: CueKind[];
  agent?: 'software' | 'physician' | 'other' | 'none';
}

/** Reads one sentence on its own (for evaluation and tests). */
export function analyseSentence(text: string): SentenceReading {
  return { kinds: findCues(text).map((c) => c.kind) };
}
