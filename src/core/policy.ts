import asePolicy from './policies/ase.json';

/** A specialty society's procedure for CPT applications, as data (schemas/society-policy.schema.json). */
export interface SocietyPolicy {
  id: string;
  name: string;
  /** Names a dossier may use in `society.name` (matched case-insensitively). */
  aliases: string[];
  /** Where the policy comes from, named in messages. */
  source: string;
  /** Days before the AMA deadline by which the society wants the material. */
  noticeLeadDays: number;
  wantsIntentNotice?: boolean;
  roundtable?: string;
  stance: {
    assistive?: { discourageCpt?: boolean; summary: string };
    augmentative?: { category3?: 'neutral' | 'supports' | 'case-by-case'; summary: string };
    autonomous?: { requiresPhysicianWork?: boolean; summary: string };
  };
}

export const BUILT_IN_POLICIES: readonly SocietyPolicy[] = [stripSchema(asePolicy as unknown as SocietyPolicy & { $schema?: string })];

function stripSchema(p: SocietyPolicy & { $schema?: string }): SocietyPolicy {
  const { $schema: _schema, ...rest } = p;
  void _schema;
  return rest;
}

/** Default lead time for a named society that has no policy file. */
export const DEFAULT_NOTICE_LEAD_DAYS = 56;

export function findPolicy(policies: readonly SocietyPolicy[], name: string | undefined): SocietyPolicy | undefined {
  if (!name) return undefined;
  const wanted = societyNames(name);
  // Later policies (workspace files) override built-in ones with the same name.
  for (let i = policies.length - 1; i >= 0; i--) {
    const p = policies[i];
    if ([p.id, ...p.aliases].some((a) => wanted.includes(societyKey(a)))) return p;
  }
  return undefined;
}

/**
 * A society's name as writers vary it: letter case, full stops (`A.S.E.`), `&` for "and", a leading
 * "the", "for" in place of "of". Anything else (a misspelt word, an abbreviation) stays apart.
 */
export function societyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ for /g, ' of ');
}

/** The names one `society.name` gives: itself, and both halves of `Full Name (ABBR)` or `ABBR - Full Name`. */
export function societyNames(name: string): string[] {
  const out = [societyKey(name)];
  if (name.length > 200) return out; // a name, not a paragraph: no splitting of long text
  const paren = /^([^()]+)\(([^()]+)\)\s*$/.exec(name.trim());
  const dash = /^(.+?)\s+[-\u2013\u2014]\s+(.+)$/.exec(name.trim());
  for (const m of [paren, dash]) if (m) out.push(societyKey(m[1]), societyKey(m[2]));
  return out;
}

/**
 * Checks a policy file's parsed JSON. Returns the policy or the problems found, so a broken file
 * gets a clear message instead of odd behaviour. Data only: nothing in it is executed.
 */
export function validatePolicy(json: unknown): { policy: SocietyPolicy } | { errors: string[] } {
  const errors: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { errors: ['a policy file must hold a JSON object'] };
  const o = json as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof o[k] === 'string' && (o[k] as string).trim() ? (o[k] as string) : undefined);
  if (!str('id')) errors.push('"id" must be a non-empty string (e.g. "HRS")');
  if (!str('name')) errors.push('"name" must be a non-empty string');
  if (o.aliases !== undefined && (!Array.isArray(o.aliases) || o.aliases.some((a) => typeof a !== 'string'))) errors.push('"aliases" must be a list of strings');
  if (typeof o.noticeLeadDays !== 'number' || !Number.isInteger(o.noticeLeadDays) || o.noticeLeadDays < 0 || o.noticeLeadDays > 3650) {
    errors.push('"noticeLeadDays" must be a whole number of days between 0 and 3650');
  }
  const stance = o.stance;
  const optional = (where: string, v: unknown, type: 'string' | 'boolean'): void => {
    if (v !== undefined && typeof v !== type) errors.push(`"${where}" must be a ${type}`);
  };
  optional('source', o.source, 'string');
  optional('roundtable', o.roundtable, 'string');
  optional('wantsIntentNotice', o.wantsIntentNotice, 'boolean');
  if (typeof stance !== 'object' || stance === null || Array.isArray(stance)) errors.push('"stance" must be an object with assistive / augmentative / autonomous entries');
  else {
    for (const [cls, v] of Object.entries(stance as Record<string, unknown>)) {
      if (!['assistive', 'augmentative', 'autonomous'].includes(cls)) {
        errors.push(`"stance.${cls}" is not a class of Appendix S (assistive, augmentative, autonomous)`);
        continue;
      }
      if (typeof v !== 'object' || v === null || typeof (v as Record<string, unknown>).summary !== 'string') {
        errors.push(`"stance.${cls}.summary" must be a string`);
        continue;
      }
      const entry = v as Record<string, unknown>;
      if (cls === 'assistive') optional('stance.assistive.discourageCpt', entry.discourageCpt, 'boolean');
      if (cls === 'autonomous') optional('stance.autonomous.requiresPhysicianWork', entry.requiresPhysicianWork, 'boolean');
      if (cls === 'augmentative' && entry.category3 !== undefined && !['neutral', 'supports', 'case-by-case'].includes(entry.category3 as string)) {
        errors.push('"stance.augmentative.category3" must be one of neutral, supports, case-by-case');
      }
    }
  }
  if (errors.length) return { errors };
  const aliases = Array.isArray(o.aliases) ? (o.aliases as string[]) : [];
  return {
    policy: {
      id: str('id') as string,
      name: str('name') as string,
      aliases: aliases.includes(o.id as string) ? aliases : [o.id as string, ...aliases],
      source: str('source') ?? `${str('name')} policy`,
      noticeLeadDays: o.noticeLeadDays as number,
      ...(typeof o.wantsIntentNotice === 'boolean' ? { wantsIntentNotice: o.wantsIntentNotice } : {}),
      ...(str('roundtable') ? { roundtable: str('roundtable') } : {}),
      stance: stance as SocietyPolicy['stance'],
    },
  };
}
