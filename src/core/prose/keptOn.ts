/**
 * Why a device must stay on (round 16a): "the AED should stay attached so that the rhythm can continue to be
 * acquired and detected", "the sensor should be worn through the night so that apneas can be detected". A
 * purpose clause after an instruction to keep the device on says why the user keeps it on; its agentless
 * passive names no output of the software ("The software analyses each recording so that apneas can be
 * detected" still does: there the main clause is the software's act, not a duty to keep it on).
 */
import type { Word } from './tags';
import type { Clause } from './clauses';
import type { ClauseScope } from './scope';

/** Keeping a device on the patient: "stay attached", "remain in place", "be left on", "be worn" (any form: the tagger reads "remain" as a copula, "worn" as a noun). */
const KEEPING_ON: ReadonlySet<string> = new Set(['stay', 'stays', 'remain', 'remains', 'left', 'keep', 'kept', 'worn']);

/** Where it is kept: "attached", "on", "in place", "connected", "worn". */
const ON_PATIENT: ReadonlySet<string> = new Set(['attached', 'on', 'place', 'connected', 'applied', 'worn']);

/** Whether `clause` is an agentless passive "so (that) …" purpose after an obliged clause that keeps the device on. */
export function purposeOfKeepingOn(words: readonly Word[], clause: Clause, before: Clause | undefined, beforeScope: ClauseScope | undefined): boolean {
  if (!before || !beforeScope?.obliged || !clause.passive || clause.byAgent >= 0) return false;
  const purpose = clause.opener === 'so' || (clause.opener === 'that' && words[clause.from - 2]?.w === 'so');
  if (!purpose) return false;
  let keeping = false;
  let onPatient = false;
  for (let j = before.from; j < before.to; j++) {
    if (KEEPING_ON.has(words[j].w)) keeping = true;
    if (ON_PATIENT.has(words[j].w)) onPatient = true;
  }
  return keeping && onPatient;
}
