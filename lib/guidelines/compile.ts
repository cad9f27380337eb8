import { PLATFORMS, type Platform } from '../platforms/types';
import { emojiKey } from './emoji';
import { CTA_PHRASES } from './lexicon';
import { checkPattern, type PatternRefusal } from './patterns';
import { PhraseIndex, phraseIndex } from './phrases';
import { SECTION_NAMES, toneRulesSchema, type CustomPattern, type Sections, type TermRule, type ToneRules } from './schema';
import { fold, foldAccents, foldCase } from './text';

/** One form of a term rule to look for: the term itself or one of its variants. */
export interface TermForm {
  rule: TermRule;
  form: string;
  /** The glossary spelling itself (required terms): only a case or accent difference is a problem. */
  canonical: boolean;
}

export interface CompiledPattern {
  rule: CustomPattern;
  re: RegExp;
}

/** The rules in force on one platform, with everything the lint needs prebuilt. */
export interface CompiledProfile {
  sections: Sections;
  languages: ToneRules['languages'];
  disabled: Set<string>;
  terms: PhraseIndex<TermForm>;
  mustAppear: TermRule[];
  custom: CompiledPattern[];
  emojiAllowed: Set<string>;
  capitalsAllow: Set<string>;
  cta: PhraseIndex<string>;
  signatures: string[];
}

export interface CompiledRules {
  rules: ToneRules;
  base: CompiledProfile;
  byPlatform: Partial<Record<Platform, CompiledProfile>>;
  /** Rules left out at compile time (invalid or unsafe), with why. */
  skipped: Array<{ path: string; refusal: PatternRefusal | { code: 'invalid' } }>;
}

export function compileRules(input: ToneRules): CompiledRules {
  const skipped: CompiledRules['skipped'] = [];
  const rules = repair(input, skipped);
  const terms = buildTermIndex(rules.terms);
  const custom: CompiledPattern[] = [];
  rules.custom.forEach((rule, i) => {
    const checked = checkPattern(rule.pattern, rule.flags);
    if (checked.ok) custom.push({ rule, re: checked.re });
    else skipped.push({ path: `custom.${i}.pattern`, refusal: checked.refusal });
  });
  const shared = { terms, custom, mustAppear: rules.terms.filter((t) => t.kind === 'required' && t.mustAppear !== 'never') };
  const base = profile(rules, rules, new Set(), shared);
  const byPlatform: CompiledRules['byPlatform'] = {};
  for (const p of PLATFORMS) {
    const o = rules.overrides[p];
    if (!o) continue;
    const merged = { ...rules } as ToneRules;
    for (const name of SECTION_NAMES) {
      const part = o[name];
      if (part) (merged as Record<string, unknown>)[name] = { ...rules[name], ...stripUndefined(part) };
    }
    byPlatform[p] = profile(merged, rules, new Set(o.disabled ?? []), shared);
  }
  return { rules, base, byPlatform, skipped };
}

export const profileFor = (c: CompiledRules, p: Platform) => c.byPlatform[p] ?? c.base;

function profile(
  s: ToneRules,
  rules: ToneRules,
  disabled: Set<string>,
  shared: Pick<CompiledProfile, 'terms' | 'custom' | 'mustAppear'>,
): CompiledProfile {
  const sections = Object.fromEntries(SECTION_NAMES.map((n) => [n, s[n]])) as Sections;
  return {
    sections,
    languages: rules.languages,
    disabled,
    ...shared,
    emojiAllowed: new Set(s.emoji.allowed.map(emojiKey)),
    capitalsAllow: new Set(s.capitals.allow.map((w) => w.toUpperCase())),
    cta: ctaIndex(s.cta.phrases),
    signatures: s.signature.accepted.map((a) => fold(a.trim())).filter(Boolean),
  };
}

const ctaCache = new Map<string, PhraseIndex<string>>();
/** The call-to-action index is the same for most profiles: build it once per distinct list of brand phrases. */
function ctaIndex(extra: string[]): PhraseIndex<string> {
  const key = extra.join('\n');
  let idx = ctaCache.get(key);
  if (!idx) {
    if (ctaCache.size > 20) ctaCache.clear();
    idx = phraseIndex([...CTA_PHRASES, ...extra]);
    ctaCache.set(key, idx);
  }
  return idx;
}

function buildTermIndex(terms: TermRule[]): PhraseIndex<TermForm> {
  const idx = new PhraseIndex<TermForm>();
  for (const rule of terms) {
    idx.add(rule.term, { rule, form: rule.term, canonical: rule.kind === 'required' });
    for (const v of rule.variants) idx.add(v, { rule, form: v, canonical: false });
  }
  return idx;
}

/** Compares a matched slice with the form a rule names, honouring its case and accent settings. */
export function sameForm(rule: TermRule, slice: string, form: string): boolean {
  const f = rule.caseSensitive ? (rule.accentSensitive ? (s: string) => s.normalize('NFC') : foldAccents) : rule.accentSensitive ? foldCase : fold;
  const seps = (x: string) => x.replace(/[\s\-‐‑–]+/g, ' ').replace(/[’ʼ]/g, "'");
  return f(seps(slice)) === f(seps(form));
}

/** Keeps every valid part of possibly damaged rules: a bad section falls back to its default, a bad item is left out. */
function repair(input: unknown, skipped: CompiledRules['skipped']): ToneRules {
  const whole = toneRulesSchema.safeParse(input ?? {});
  if (whole.success) return whole.data;
  const src = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const out = toneRulesSchema.parse({}) as Record<string, unknown>;
  const shape = toneRulesSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  for (const key of Object.keys(shape)) {
    if (!(key in src)) continue;
    const r = shape[key].safeParse(src[key]);
    if (r.success) out[key] = r.data;
    else if ((key === 'terms' || key === 'custom') && Array.isArray(src[key])) {
      const itemSchema = key === 'terms' ? toneRulesSchema.shape.terms.unwrap().element : toneRulesSchema.shape.custom.unwrap().element;
      out[key] = (src[key] as unknown[]).flatMap((item, i) => {
        const ri = itemSchema.safeParse(item);
        if (!ri.success) skipped.push({ path: `${key}.${i}`, refusal: { code: 'invalid' } });
        return ri.success ? [ri.data] : [];
      });
    } else skipped.push({ path: key, refusal: { code: 'invalid' } });
  }
  return out as ToneRules;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
