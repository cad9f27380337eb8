import type { z } from 'zod';
import { findEmoji } from './emoji';
import { checkPattern, type PatternRefusal } from './patterns';
import { toneRulesSchema, type ToneRules } from './schema';

/** One problem with the rules themselves, tied to the field it concerns, in both UI languages. */
export interface RuleError {
  path: string;
  code: string;
  fr: string;
  en: string;
}

export type Validation = { ok: true; rules: ToneRules; errors: [] } | { ok: false; errors: RuleError[] };

/** Checks rules before they are saved: shape, unique ids, replacements, emoji lists, and custom patterns' safety. */
export function validateRules(input: unknown): Validation {
  const parsed = toneRulesSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map(fromIssue) };
  const rules = parsed.data;
  const errors: RuleError[] = [];
  duplicates(rules.terms.map((t) => t.id), 'terms', errors);
  duplicates(rules.custom.map((c) => c.id), 'custom', errors);
  rules.terms.forEach((t, i) => {
    if (t.kind === 'discouraged' && !t.replacement) {
      errors.push({ path: `terms.${i}.replacement`, code: 'replacement-required', fr: 'Indiquez le terme à utiliser à la place.', en: 'Give the term to use instead.' });
    }
  });
  rules.emoji.allowed.forEach((e, i) => {
    const found = findEmoji(e);
    if (found.length !== 1 || found[0].value !== e.trim()) {
      errors.push({ path: `emoji.allowed.${i}`, code: 'not-emoji', fr: `« ${e} » n’est pas un émoji unique.`, en: `"${e}" is not a single emoji.` });
    }
  });
  rules.custom.forEach((c, i) => {
    const r = checkPattern(c.pattern, c.flags);
    if (!r.ok) errors.push({ path: `custom.${i}.pattern`, code: r.refusal.code, ...refusalText(r.refusal) });
  });
  return errors.length ? { ok: false, errors } : { ok: true, rules, errors: [] };
}

export function refusalText(r: PatternRefusal): { fr: string; en: string } {
  switch (r.code) {
    case 'syntax':
      return { fr: `Motif invalide : ${r.detail}`, en: `Invalid pattern: ${r.detail}` };
    case 'unsafe':
      return {
        fr: 'Motif refusé : des répétitions imbriquées ou des alternatives répétées peuvent prendre un temps exponentiel (ReDoS).',
        en: 'Pattern refused: nested repetition or repeated alternatives can take exponential time (ReDoS).',
      };
    case 'backreference':
      return { fr: 'Motif refusé : les références arrière (\\1, \\k<nom>) ne sont pas permises.', en: 'Pattern refused: backreferences (\\1, \\k<name>) are not allowed.' };
    case 'empty-match':
      return { fr: 'Motif refusé : il correspond au texte vide et signalerait tout.', en: 'Pattern refused: it matches empty text and would flag everything.' };
  }
}

function duplicates(ids: string[], where: string, errors: RuleError[]) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) errors.push({ path: `${where}.${i}.id`, code: 'duplicate-id', fr: `L’identifiant « ${id} » est déjà utilisé.`, en: `The id "${id}" is already used.` });
    seen.add(id);
  });
}

function fromIssue(issue: z.core.$ZodIssue): RuleError {
  const path = issue.path.map(String).join('.');
  const base = { path, code: issue.code };
  switch (issue.code) {
    case 'too_big':
      return { ...base, fr: `Trop long ou trop grand : ${issue.maximum} au plus.`, en: `Too long or too large: at most ${issue.maximum}.` };
    case 'too_small':
      return Number(issue.minimum) <= 1 && issue.origin === 'string'
        ? { ...base, fr: 'Champ requis.', en: 'Required field.' }
        : { ...base, fr: `Trop court ou trop petit : ${issue.minimum} au moins.`, en: `Too short or too small: at least ${issue.minimum}.` };
    case 'invalid_value':
      return { ...base, fr: `Choisissez parmi : ${issue.values.join(', ')}.`, en: `Choose one of: ${issue.values.join(', ')}.` };
    case 'invalid_format':
      return path.endsWith('flags')
        ? { ...base, fr: 'Options permises : i, m, s.', en: 'Allowed flags: i, m, s.' }
        : { ...base, fr: 'Lettres, chiffres, « - », « _ » et « . » seulement.', en: 'Letters, digits, "-", "_" and "." only.' };
    case 'invalid_type':
      return { ...base, fr: `Type attendu : ${issue.expected}.`, en: `Expected type: ${issue.expected}.` };
    default:
      return { ...base, fr: 'Valeur invalide.', en: 'Invalid value.' };
  }
}
