/**
 * What a conclusion noun holds decides its class (round 17c). A "determination", "result" or "reading" is a conclusion
 * only when it concludes something about the patient; when it is quantitative, or of a quantity ("a quantitative
 * determination of the white cell count", "a numerical result for the hormone level"), it is a measurement, which
 * Appendix S calls augmentative. Likewise a category the software sorts a case into stays a category when it is a
 * diagnostic or clinical one ("assigns a diagnostic subtype classification"): sorting into kinds of disease
 * characterises the case for the reader; "diagnostic" does not make the category a diagnosis made.
 */
import type { AiClass } from '../types';
import type { Word } from './tags';

/** Conclusion nouns whose content may be a quantity. */
const CONCLUSION_HOLDERS: ReadonlySet<string> = new Set(['determination', 'determinations', 'result', 'results', 'reading', 'readings', 'outcome', 'outcomes']);
/** Qualifiers that make the conclusion a number. */
const QUANTITATIVE: ReadonlySet<string> = new Set(['quantitative', 'semi-quantitative', 'semiquantitative', 'numerical', 'numeric', 'measured']);
/** Quantities a conclusion may be "of" or "for": "of the platelet count", "for the glucose concentration". */
const QUANTITIES: ReadonlySet<string> = new Set([
  'count', 'counts', 'concentration', 'concentrations', 'level', 'levels', 'percentage', 'percentages', 'value', 'values',
  'ratio', 'ratios', 'number', 'titer', 'titre', 'volume', 'volumes', 'amount', 'fraction',
]);
/** Nouns of a category a case is sorted into. */
const CATEGORY_NOUNS: ReadonlySet<string> = new Set(['classification', 'classifications', 'category', 'categories', 'class', 'classes', 'subtype', 'subtypes']);
/** Qualifiers that name the field of a category, not who concludes: "a diagnostic category", "a clinical classification". */
const FIELD_QUALIFIERS: ReadonlySet<string> = new Set(['diagnostic', 'clinical']);
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['det', 'adj', 'noun', 'name', 'num']);

/** The class of the conclusion or category noun at k when what it holds makes it a measurement or a category, else undefined. */
export function measuredReading(words: readonly Word[], k: number): AiClass | undefined {
  const w = words[k].w;
  if (CONCLUSION_HOLDERS.has(w)) {
    if (QUANTITATIVE.has(words[k - 1]?.w ?? '')) return 'augmentative';
    const link = words[k + 1]?.w;
    if (link !== 'of' && link !== 'for') return undefined;
    for (let j = k + 2; j < words.length && j <= k + 6 && NOUN_PHRASE_TAGS.has(words[j].tag); j++) if (QUANTITIES.has(words[j].w)) return 'augmentative';
    return undefined;
  }
  if (CATEGORY_NOUNS.has(w)) {
    for (let j = k - 1; j >= 0 && j >= k - 3 && NOUN_PHRASE_TAGS.has(words[j].tag); j--) if (FIELD_QUALIFIERS.has(words[j].w)) return 'augmentative';
  }
  return undefined;
}
