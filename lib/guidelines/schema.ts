import { z } from 'zod';
import { PLATFORMS } from '../platforms/types';

/** The tone-of-voice rules of one brand, as stored and exported. Every field has a neutral default. */
export const severitySchema = z.enum(['error', 'warning', 'hint']);
export type Severity = z.infer<typeof severitySchema>;

export const packSchema = z.enum(['fr-CA', 'fr-FR', 'en']);
export type Pack = z.infer<typeof packSchema>;

/** A section is declared once without defaults: the stored form fills every default, the override form does not. */
function section<S extends z.ZodRawShape>(shape: S, defaults: { [K in keyof S]: z.output<S[K]> }) {
  const filled = Object.fromEntries(
    Object.entries(shape).map(([k, v]) => [k, (v as z.ZodType).default((defaults as Record<string, unknown>)[k])]),
  ) as unknown as { [K in keyof S]: z.ZodDefault<S[K]> };
  const full = z.object(filled);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- generic default value; checked by parse
  return { full: full.default((() => full.parse({})) as any), partial: z.object(shape).partial() };
}

const lang = z.enum(['fr', 'en']);
const word = z.string().trim().min(1).max(80);
const phrase = z.string().trim().min(1).max(120);
const ruleId = z.string().trim().min(1).max(60).regex(/^[\w.-]+$/);
const count = z.number().int().min(0).max(10000);
const enabled = z.boolean();

export const formality = section(
  {
    enabled,
    value: z.enum(['tu', 'vous', 'either']),
    /** A "tu" brand may still say "vous" to a group ("vous tous", "à tous", a post to the whole audience). */
    allowPluralVous: z.boolean(),
    severity: severitySchema,
  },
  { enabled: true, value: 'either', allowPluralVous: true, severity: 'warning' },
);

export const person = section(
  { enabled, value: z.enum(['nous', 'je', 'either']), severity: severitySchema },
  { enabled: true, value: 'either', severity: 'hint' },
);

export const emoji = section(
  {
    enabled,
    policy: z.enum(['none', 'few', 'free']),
    /** With policy "few": the emoji allowed (empty = any) and how many per text. */
    allowed: z.array(z.string().min(1).max(40)).max(200),
    max: count,
    severity: severitySchema,
  },
  { enabled: true, policy: 'free', allowed: [], max: 3, severity: 'warning' },
);

export const hashtags = section(
  { enabled, max: count, inReplies: z.boolean(), severity: severitySchema },
  { enabled: true, max: 3, inReplies: false, severity: 'warning' },
);

export const exclamation = section(
  { enabled, max: count, /** "!!" and longer runs are flagged even under the maximum. */ noRuns: z.boolean(), severity: severitySchema },
  { enabled: true, max: 1, noRuns: true, severity: 'hint' },
);

export const capitals = section(
  {
    enabled,
    /** Words in capitals allowed per text; acronyms in `allow` never count. */
    max: count,
    minLength: z.number().int().min(2).max(20),
    allow: z.array(word).max(300),
    severity: severitySchema,
  },
  { enabled: true, max: 0, minLength: 3, allow: [], severity: 'hint' },
);

const lengthPair = z.object({ reply: count.optional(), post: count.optional() });
export const length = section(
  {
    enabled,
    /** The brand's own maximum per platform and kind; the platform's published limit always applies too. */
    max: z.partialRecord(z.enum(PLATFORMS), lengthPair),
    severity: severitySchema,
  },
  { enabled: true, max: {}, severity: 'error' },
);

export const signature = section(
  {
    enabled,
    /** Accepted signatures (e.g. "^MB", "– Marie"); empty = any dash or caret signature at the end. */
    accepted: z.array(z.string().trim().min(1).max(40)).max(100),
    /** Appended by the fix. */
    default: z.string().trim().max(40),
    severity: severitySchema,
  },
  { enabled: false, accepted: [], default: '', severity: 'warning' },
);

export const greeting = section(
  {
    enabled,
    /** Fix templates; {name} is the person's first name. */
    template: z.object({ fr: z.string().max(80), en: z.string().max(80) }),
    severity: severitySchema,
  },
  { enabled: false, template: { fr: 'Bonjour {name}, ', en: 'Hi {name}, ' }, severity: 'hint' },
);

export const cta = section(
  {
    enabled,
    /** Extra phrases that count as a call to action, besides the built-in lists. */
    phrases: z.array(phrase).max(200),
    questionCounts: z.boolean(),
    severity: severitySchema,
  },
  { enabled: false, phrases: [], questionCounts: true, severity: 'warning' },
);

export const wiifm = section(
  {
    enabled,
    /** Brand words ("nous", "we") needed before a text with no reader word and no benefit is flagged. */
    minBrandWords: z.number().int().min(1).max(50),
    kinds: z.array(z.enum(['reply', 'post'])).max(2),
    severity: severitySchema,
  },
  { enabled: true, minBrandWords: 2, kinds: ['post', 'reply'], severity: 'warning' },
);

export const termSchema = z.object({
  id: ruleId,
  /** banned: never; discouraged: say `replacement` instead; required: glossary spelling, variants are corrected. */
  kind: z.enum(['banned', 'discouraged', 'required']),
  term: phrase,
  variants: z.array(phrase).max(20).default([]),
  replacement: z.string().trim().max(120).optional(),
  /** Grammatical gender of the replacement, for "l'" -> "le"/"la" in French fixes. */
  gender: z.enum(['m', 'f']).optional(),
  reason: z.string().max(300).optional(),
  language: z.enum(['fr', 'en', 'any']).default('any'),
  caseSensitive: z.boolean().default(false),
  accentSensitive: z.boolean().default(false),
  /** For `required` terms: the term must appear in this kind of text. */
  mustAppear: z.enum(['never', 'post', 'reply', 'both']).default('never'),
  severity: severitySchema.default('warning'),
});
export type TermRule = z.infer<typeof termSchema>;

export const customPatternSchema = z.object({
  id: ruleId,
  pattern: z.string().min(1).max(200),
  flags: z.string().regex(/^[ims]*$/).max(3).default('i'),
  message: z.string().trim().min(1).max(200),
  replacement: z.string().max(200).optional(),
  severity: severitySchema.default('warning'),
});
export type CustomPattern = z.infer<typeof customPatternSchema>;

const sections = { formality, person, emoji, hashtags, exclamation, capitals, length, signature, greeting, cta, wiifm };
export type SectionName = keyof typeof sections;
export const SECTION_NAMES = Object.keys(sections) as SectionName[];

/** Per-platform override: any section, field by field, plus rule ids switched off on that platform. */
export const overrideSchema = z.object({
  formality: formality.partial.optional(),
  person: person.partial.optional(),
  emoji: emoji.partial.optional(),
  hashtags: hashtags.partial.optional(),
  exclamation: exclamation.partial.optional(),
  capitals: capitals.partial.optional(),
  length: length.partial.optional(),
  signature: signature.partial.optional(),
  greeting: greeting.partial.optional(),
  cta: cta.partial.optional(),
  wiifm: wiifm.partial.optional(),
  disabled: z.array(z.string().max(80)).max(500).optional(),
});
export type PlatformOverride = z.infer<typeof overrideSchema>;

export const toneRulesSchema = z.object({
  version: z.literal(1).default(1),
  pack: packSchema.default('fr-CA'),
  /** Languages the brand answers in. */
  languages: z.array(lang).min(1).max(2).default(['fr', 'en']),
  formality: formality.full,
  person: person.full,
  terms: z.array(termSchema).max(2000).default([]),
  emoji: emoji.full,
  hashtags: hashtags.full,
  exclamation: exclamation.full,
  capitals: capitals.full,
  length: length.full,
  signature: signature.full,
  greeting: greeting.full,
  cta: cta.full,
  wiifm: wiifm.full,
  custom: z.array(customPatternSchema).max(100).default([]),
  overrides: z.partialRecord(z.enum(PLATFORMS), overrideSchema).default({}),
});
export type ToneRules = z.infer<typeof toneRulesSchema>;
export type ToneRulesInput = z.input<typeof toneRulesSchema>;
export type Sections = Pick<ToneRules, SectionName>;
