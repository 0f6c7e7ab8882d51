/**
 * A robot or its software moving the instrument in the patient by itself (stop 29): "the robot positions and steers the
 * needle along the planned trajectory", "drives the arm to fine-align the instrument automatically", "withdraws the bur
 * into its guard", "controls how the bur engages bone". The device acts on the patient with no person's hand between,
 * which Appendix S reads as the software acting on its own conclusion. So does a robot's own surgical act (stop 30):
 * "its robotic arm places the sutures", "performs the anastomosis", "carried out the procedure by itself".
 *
 * Not when a person does it or is helped to ("helps the surgeon align the instruments", "the surgeon advances the
 * needle"), when the sentence denies or hedges it, or when what moves is the patient ("positions patients before
 * treatment" is set-up).
 */
import type { Word } from './tags';
import type { WordCue } from './acts';
import * as V from './vocabulary';

/** Verbs of moving an instrument (lemmas). */
const MOVING: ReadonlySet<string> = new Set([
  'position', 'steer', 'advance', 'align', 'fine-align', 'drive', 'withdraw', 'retract', 'insert', 'move', 'stop', 'slow', 'navigate',
]);
/** Verbs of governing how an instrument works: "controls how the bur engages bone", "governs bur engagement". */
const GOVERNING: ReadonlySet<string> = new Set(['control', 'govern', 'regulate', 'limit', 'modulate']);
/** Instruments a robot moves in the patient. */
const INSTRUMENTS: ReadonlySet<string> = new Set([
  'instrument', 'instruments', 'needle', 'needles', 'bur', 'burr', 'burs', 'drill', 'drills', 'catheter', 'catheters', 'probe', 'cannula',
  'guidewire', 'endoscope', 'electrode', 'electrodes', 'tool', 'tools', 'saw', 'blade', 'cutter', 'applicator', 'trocar',
]);
/** Subjects that are the robot: "the robot", "the robotic arm", "the system". */
const ROBOTS: ReadonlySet<string> = new Set(['robot', 'robots', 'arm', 'manipulator', 'robotics']);
/** Words that say the device does it alone. */
const BY_ITSELF: ReadonlySet<string> = new Set(['automatically', 'autonomously', 'itself', 'robotically']);

/** Surface forms of the moving verbs as the tagger may miss them ("positions" after "itself", "drive" after "to"). */
function movingForm(w: string): boolean {
  const stem = w.endsWith('s') ? w.slice(0, -1) : w;
  return MOVING.has(w) || MOVING.has(stem) || (w.endsWith('es') && MOVING.has(w.slice(0, -2)));
}
function governingForm(w: string): boolean {
  return GOVERNING.has(w) || GOVERNING.has(w.replace(/s$/, '')) || w === 'controlling' || w === 'governing' || w === 'regulating';
}
/** How an instrument works on tissue, after it: "how the bur engages", "bur engagement", "the drill's speed". */
const WORKING: ReadonlySet<string> = new Set([
  'engages', 'engage', 'engagement', 'cuts', 'cut', 'cutting', 'speed', 'depth', 'advances', 'advance', 'advancement', 'exposure', 'position', 'motion',
  'movement', 'moves', 'trajectory', 'insertion', 'penetrates', 'penetration', 'force', 'deep',
]);
/** Parts that carry an instrument and move with it: "the drill guide", "the needle holder". */
const HOLDERS: ReadonlySet<string> = new Set(['guide', 'guides', 'sleeve', 'sleeves', 'holder', 'holders', 'carrier', 'tip']);
/** Surgical acts a robot does on the patient (lemmas): "places the sutures", "performs the anastomosis", "carries out the procedure". */
const SURGICAL_ACTS: ReadonlySet<string> = new Set(['place', 'perform', 'carry', 'complete', 'tie', 'make', 'execute']);
/**
 * Verbs of a robot working on tissue itself (stop 48): "drills through the temporal bone on its own", "cuts the bone
 * autonomously". Only with a robot as the doer and a word that it does so alone: a drill or saw in a surgeon's hand is the surgeon's.
 */
// (stop 57: "the robot finds the remaining lens material and extracts it itself")
const TISSUE_ACTS: ReadonlySet<string> = new Set(['drill', 'cut', 'suture', 'resect', 'puncture', 'mill', 'ablate', 'extract', 'aspirate']);
function tissueActForm(w: string): string | undefined {
  const lemma = w.endsWith('s') && TISSUE_ACTS.has(w.slice(0, -1)) ? w.slice(0, -1) : w;
  return TISSUE_ACTS.has(lemma) ? lemma : undefined;
}
/** Whether "on its own" or "by itself" stands in the words: the device does it alone. */
function onItsOwnPhrase(words: readonly Word[]): boolean {
  // ("on their own" too (stop 57): "the control algorithms stop the drill on their own")
  return words.some((x, j) => x.w === 'own' && (words[j - 1]?.w === 'its' || words[j - 1]?.w === 'their') && words[j - 2]?.w === 'on');
}

/** The surgical work those acts name. */
const SURGICAL_WORK: ReadonlySet<string> = new Set([
  'suture', 'sutures', 'stitch', 'stitches', 'knot', 'knots', 'anastomosis', 'anastomoses', 'incision', 'incisions', 'procedure',
  'procedures', 'operation', 'operations', 'resection', 'resections', 'osteotomy', 'osteotomies', 'staple', 'staples', 'screw', 'screws',
  'implant', 'implants',
]);

/** The surgical work the act at v names as its object, within a few words ("carries out the whole procedure"), or -1. */
function surgicalWorkAfter(words: readonly Word[], v: number): number {
  for (let j = v + 1; j < words.length && j <= v + 5; j++) {
    if (SURGICAL_WORK.has(words[j].w)) return j;
    // "plans the operation and carries it out": a pronoun for the surgical work named just before.
    if (j === v + 1 && (words[j].w === 'it' || words[j].w === 'them') && words.slice(Math.max(0, v - 8), v).some((x) => SURGICAL_WORK.has(x.w))) return words[j + 1]?.w === 'out' ? j + 1 : j;
    if (words[j].w === 'out' || words[j].tag === 'det' || words[j].tag === 'adj' || words[j].tag === 'noun' || words[j].tag === 'num') continue;
    return -1;
  }
  return -1;
}

/** Words after which a person named later keeps the act theirs: "only while the surgeon holds the pedal". */
const WHILE_PERSON: ReadonlySet<string> = new Set(['while', 'when', 'whenever', 'unless', 'until', 'once', 'after', 'under']);

/** Whether the noun at j is a verb's object ("guides the robot arm"): a verb within three words before, past determiners and modifiers. */
function objectOfVerb(words: readonly Word[], j: number): boolean {
  for (let b = j - 1; b >= 0 && b >= j - 3; b--) {
    if (words[b].tag === 'verb') return true;
    if (words[b].tag !== 'det' && words[b].tag !== 'adj' && words[b].tag !== 'noun') return false;
  }
  return false;
}

/** Whether the verb at i takes an instrument as its object: "guides the attached needle". */
function instrumentObject(words: readonly Word[], i: number): boolean {
  // ("helps insert the needle": a bare verb after the helping verb is the person's act, whatever the tagger calls it)
  if (words[i + 1] !== undefined && !INSTRUMENTS.has(words[i + 1].w) && words[i + 1].tag !== 'det' && words[i + 1].tag !== 'adj') return false;
  for (let j = i + 1; j < words.length && j <= i + 4; j++) {
    if (INSTRUMENTS.has(words[j].w)) return true;
    if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun') return false;
  }
  return false;
}

/** Whether a person, or a helping verb, stands between `from` and v ("lets the surgeon align …", "the surgeon then advances"). */
function personBetween(words: readonly Word[], from: number, v: number): boolean {
  for (let i = from; i < v; i++) {
    const w = words[i].w;
    // (a helping verb whose object is the instrument is the robot's own motion: "guides the needle toward the vein and inserts it")
    const helps = V.HELP_VERBS.includes(words[i].lemma ?? '') && !instrumentObject(words, i);
    if (V.PHYSICIAN_NOUNS.has(w) || V.OTHER_NOUNS.has(w) || helps || w === 'operator' || w === 'operators' || w === 'user' || w === 'users' || w === 'hand') return true;
  }
  return false;
}

/** Whether a person after the act keeps it theirs: "only while the surgeon holds the foot pedal", "without the surgeon pressing". */
function personAfterAct(words: readonly Word[], from: number): boolean {
  for (let j = from; j < words.length && words[j].w !== '.' && words[j].w !== ';'; j++) {
    const w = words[j].w.replace(/'s$/, '');
    // (the patient does not steer the robot: "while the patient never sees the needle go in")
    if ((!V.PHYSICIAN_NOUNS.has(w) && !V.OTHER_NOUNS.has(w)) || w === 'patient' || w === 'patients') continue;
    for (let b = Math.max(from, j - 3); b < j; b++) if (WHILE_PERSON.has(words[b].w) || words[b].w === 'without') return true;
  }
  return false;
}

/** The instrument the verb at v acts on as its object, within a few words (past "how the", modifiers), or -1. */
function instrumentAfter(words: readonly Word[], v: number, reach: number): number {
  for (let j = v + 1; j < words.length && j <= v + reach; j++) {
    // (the instrument itself, not a thing named by it: "the needle overlay", "the tool library", "the probe tip")
    if (INSTRUMENTS.has(words[j].w)) return words[j + 1]?.tag === 'noun' && !WORKING.has(words[j + 1].w) && !HOLDERS.has(words[j + 1].w) ? -1 : j;
    // "lines up the needle with the vein and inserts it" (stop 30): a pronoun right after the verb for the instrument named before.
    if (j === v + 1 && (words[j].w === 'it' || words[j].w === 'them') && words.slice(Math.max(0, v - 12), v).some((x) => INSTRUMENTS.has(x.w))) return j;
    // (only through the object's own words: not "stops ordering drills")
    if (words[j].tag === 'verb' && j > v) return -1;
    // ("controls how the bur engages": "how" may open the object)
    if (words[j].tag === 'punct' || (words[j].tag === 'sub' && words[j].w !== 'how') || V.PHYSICIAN_NOUNS.has(words[j].w) || V.OTHER_NOUNS.has(words[j].w)) return -1;
  }
  return -1;
}

/**
 * Read over the sentence's words: the tagger often takes these verbs for nouns ("itself positions and steers", "to
 * drive the unit and fine-align"). The doer is the nearest robot or software noun before the verb with no person between.
 */
/** Participles of surgical work done: "a procedure done entirely by a robot", "the anastomosis performed by the robot". */
const DONE: ReadonlySet<string> = new Set(['done', 'performed', 'carried', 'completed', 'executed', 'placed']);

/** "a dental procedure done entirely by an AI-controlled robot" (stop 30): surgical work a robot does, said in the passive. */
function doneByRobot(words: readonly Word[], out: WordCue[]): boolean {
  for (let v = 1; v < words.length; v++) {
    if (!DONE.has(words[v].w)) continue;
    if (!words.slice(Math.max(0, v - 4), v).some((x) => SURGICAL_WORK.has(x.w))) continue;
    if (words.slice(Math.max(0, v - 6), v).some((x) => V.DENY_OR_HEDGE.has(x.w))) continue;
    let by = v + 1;
    if (words[by]?.w === 'out') by++;
    while (words[by]?.tag === 'adv') by++;
    if (words[by]?.w !== 'by') continue;
    for (let j = by + 1; j < words.length && j <= by + 4; j++) {
      if (ROBOTS.has(words[j].w)) {
        // ("by a conventional robot under the surgeon's full control", "while the surgeon holds the controls")
        if (personAfterAct(words, j + 1)) return false;
        out.push({ kind: 'autonomous', first: v, last: j });
        return true;
      }
      if (words[j].tag !== 'det' && words[j].tag !== 'adj' && words[j].tag !== 'noun' && words[j].tag !== 'name') break;
    }
  }
  return false;
}

export function instrumentMotionCue(words: readonly Word[], out: WordCue[]): void {
  if (out.some((c) => c.kind === 'autonomous')) return;
  if (doneByRobot(words, out)) return;
  const alone = words.some((w) => BY_ITSELF.has(w.w)) || onItsOwnPhrase(words);
  let doer = -1;
  for (let v = 0; v < words.length; v++) {
    const w = words[v].w;
    if (ROBOTS.has(w) || (V.SOFTWARE_NOUNS.has(w) && words[v].tag !== 'verb') || (w === 'it' && doer >= 0)) {
      // (a subject only: not "guides the robot arm", where a person acts on it)
      doer = objectOfVerb(words, v) ? -1 : v;
      continue;
    }
    if (doer < 0) continue;
    if (words[v].w === ';' || (words[v].tag === 'be' && words[v + 1]?.form === 'ed')) {
      doer = -1; // a new clause, or a passive: "the arm is moved by the surgeon"
      continue;
    }
    // ("lines up the needle with the vein": "line up" aligns)
    const moving = ((movingForm(w) && !w.endsWith('ed')) || ((w === 'lines' || w === 'line') && words[v + 1]?.w === 'up')) && !w.endsWith('ing');
    const governing = governingForm(w);
    // "its robotic arm places the sutures", "the robot carried out the anastomosis by itself" (stop 30): a robot's own
    // surgical act (in the past only with "by itself": a study of what it did).
    // (The tagger may take the verb right after the robot for a noun: "its robotic arm places the sutures".)
    const surgicalVerb = words[v].tag === 'verb' || (v === doer + 1 && words[v + 1]?.tag === 'det');
    const surgical = surgicalVerb && SURGICAL_ACTS.has(words[v].lemma ?? w.replace(/s$/, '')) && !w.endsWith('ing') && (!w.endsWith('ed') || alone);
    // ("the robot drills through the bone on its own" (stop 48): a robot alone working on tissue, in the present)
    const tissue = (words[v].tag === 'verb' || v === doer + 1) && w.endsWith('s') && tissueActForm(w) !== undefined && ROBOTS.has(words[doer].w) && alone;
    if (!moving && !governing && !surgical && !tissue) continue;
    if (personBetween(words, doer + 1, v)) {
      doer = -1;
      continue;
    }
    let denied = false;
    for (let b = Math.max(doer + 1, v - 3); b < v; b++) if (V.DENY_OR_HEDGE.has(words[b].w)) denied = true;
    if (denied) continue;
    if (tissue && !moving && !governing && !surgical) {
      if (personAfterAct(words, v + 1)) continue;
      out.push({ kind: 'autonomous', first: v, last: v });
      return;
    }
    if (surgical && !moving && !governing) {
      const work = surgicalWorkAfter(words, v);
      if (work < 0 || !(ROBOTS.has(words[doer].w) || alone) || personAfterAct(words, work + 1)) continue;
      out.push({ kind: 'autonomous', first: v, last: work });
      return;
    }
    // A moving verb needs a robot as its doer or "automatically"; a governing verb reads "how the bur engages", "bur engagement".
    if (moving && !ROBOTS.has(words[doer].w) && !alone) continue;
    const instrument = instrumentAfter(words, v, governing ? 5 : 6);
    if (instrument < 0) continue;
    // A governing verb needs how the instrument works: "how deep the burr cuts", "bur engagement" (not "how many instruments are listed").
    if (governing && !words.slice(instrument - 2, instrument + 3).some((x) => WORKING.has(x.w))) continue;
    // "automatically" must be the act's: in its stretch of the sentence, not another clause's ("Automatically generated plans …").
    if (moving && !ROBOTS.has(words[doer].w) && !words.slice(doer, Math.min(words.length, instrument + 8)).some((x) => BY_ITSELF.has(x.w)) && !onItsOwnPhrase(words.slice(doer, Math.min(words.length, instrument + 8)))) continue;
    if (personAfterAct(words, instrument + 1)) continue;
    out.push({ kind: 'autonomous', first: v, last: instrument });
    return;
  }
}
