import { z } from 'zod';
import { PLATFORMS, type Platform } from '../platforms/types';
import { brandSchema, type Brand } from '../store/schemas/brand';

/**
 * The strategy form as typed: numbers and dates stay strings until saved, so a half-typed "2," or an invalid date is
 * kept on screen with its error instead of being lost or coerced.
 */
export interface ObjectiveDraft {
  id: string;
  kind: 'quantitative' | 'qualitative';
  statement: string;
  metric: string;
  baseline: string;
  target: string;
  due: string;
  judgedBy: string;
  platforms: Platform[];
  means: string[];
  deliverables: string[];
}
export interface RoleDraft {
  why: string;
  audience: string;
  cadencePerWeek: string;
  toneOverride: string;
  stage: 'listen' | 'discuss' | 'associate';
}
export interface BrandDraft {
  name: string;
  locale: Brand['locale'];
  audience: Brand['audience'];
  agent: string;
  handles: Partial<Record<Platform, string>>;
  keywords: string[];
  mission: string;
  vision: string;
  values: Array<{ name: string; howItShows: string }>;
  voice: string[];
  dos: string[];
  donts: string[];
  keyMessages: string[];
  personas: Array<{ name: string; needs: string; benefit: string }>;
  objectives: ObjectiveDraft[];
  platformRoles: Partial<Record<Platform, RoleDraft>>;
}

/** One field's error: a code the UI turns into a sentence in the user's language, and its numbers. */
export interface FieldError {
  code: 'required' | 'tooLong' | 'notNumber' | 'tooLow' | 'tooHigh' | 'badDate' | 'invalid';
  min?: number;
  max?: number;
}
export type FieldErrors = Record<string, FieldError>;

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

export function toDraft(b: Brand): BrandDraft {
  return {
    name: b.name,
    locale: b.locale,
    audience: b.audience,
    agent: b.agent,
    handles: Object.fromEntries(Object.entries(b.handles).map(([p, hs]) => [p, (hs ?? []).join(', ')])),
    keywords: [...b.keywords],
    mission: b.mission,
    vision: b.vision,
    values: b.values.map((v) => ({ ...v })),
    voice: [...b.voice],
    dos: [...b.dos],
    donts: [...b.donts],
    keyMessages: [...b.keyMessages],
    personas: b.personas.map((p) => ({ ...p })),
    objectives: b.objectives.map((o) => ({
      id: o.id,
      kind: o.kind,
      statement: o.statement,
      metric: o.metric ?? '',
      baseline: num(o.baseline),
      target: num(o.target),
      due: o.due ?? '',
      judgedBy: o.judgedBy ?? '',
      platforms: [...o.platforms],
      means: [...o.means],
      deliverables: [...o.deliverables],
    })),
    platformRoles: Object.fromEntries(
      Object.entries(b.platformRoles).map(([p, r]) => [p, { ...r!, cadencePerWeek: num(r!.cadencePerWeek) }]),
    ),
  };
}

const short = z.string().trim().max(500);
const lines = (max = 500) => z.array(z.string().trim().max(max)).transform((xs) => xs.filter(Boolean));
/** French writes 2,5 where English writes 2.5; both are read. Empty means "not set". */
const numberText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (!s) return undefined;
      const n = Number(s.replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: 'notNumber' });
        return z.NEVER;
      }
      return n;
    })
    .pipe(z.number().min(min).max(max).optional());
const isoDay = z
  .string()
  .trim()
  .refine((s) => !s || (/^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(Date.parse(s) || 0).toISOString().slice(0, 10) === s), { message: 'badDate' });

const blank = (...xs: string[]) => xs.every((x) => !x.trim());
const needs = (ctx: z.RefinementCtx, ok: boolean, path: string) => {
  if (!ok) ctx.addIssue({ code: 'custom', message: 'required', path: [path] });
};

const isBlankObjective = (o: { statement: string; metric: string; judgedBy: string; target?: number; baseline?: number }) =>
  blank(o.statement, o.metric, o.judgedBy) && o.target === undefined && o.baseline === undefined;

const objective = z
  .object({
    id: z.string().min(1).max(200),
    kind: z.enum(['quantitative', 'qualitative']),
    statement: short,
    metric: short,
    baseline: numberText(-1e9, 1e9),
    target: numberText(-1e9, 1e9),
    due: isoDay,
    judgedBy: short,
    platforms: z.array(z.enum(PLATFORMS)),
    means: lines(),
    deliverables: lines(),
  })
  .superRefine((o, ctx) => {
    if (isBlankObjective(o)) return;
    needs(ctx, !!o.statement, 'statement');
    if (o.kind === 'quantitative') needs(ctx, o.target !== undefined, 'target');
    else needs(ctx, !!o.judgedBy, 'judgedBy');
  });

const formSchema = z.object({
  name: z.string().trim().min(1).max(200),
  locale: z.enum(['fr-CA', 'fr-FR', 'en']),
  audience: z.enum(['b2b', 'b2c', 'both']),
  agent: z.string().trim().max(100),
  handles: z.partialRecord(
    z.enum(PLATFORMS),
    z.string().transform((s) => s.split(/[\s,]+/).filter(Boolean)).pipe(z.array(z.string().max(200))),
  ),
  keywords: lines(200),
  mission: z.string().trim().max(20000),
  vision: z.string().trim().max(20000),
  values: z.array(
    z.object({ name: short, howItShows: short }).superRefine((v, ctx) => needs(ctx, !!v.name || blank(v.howItShows), 'name')),
  ),
  voice: lines(),
  dos: lines(),
  donts: lines(),
  keyMessages: lines(),
  personas: z.array(
    z
      .object({ name: short, needs: short, benefit: short })
      .superRefine((p, ctx) => needs(ctx, !!p.name || blank(p.needs, p.benefit), 'name')),
  ),
  objectives: z.array(objective),
  platformRoles: z.partialRecord(
    z.enum(PLATFORMS),
    z.object({
      why: short,
      audience: short,
      cadencePerWeek: numberText(0, 200),
      toneOverride: short,
      stage: z.enum(['listen', 'discuss', 'associate']),
    }),
  ),
});

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  const i = issue as z.core.$ZodIssue & { origin?: string; minimum?: number | bigint; maximum?: number | bigint };
  if (issue.code === 'custom' && ['required', 'notNumber', 'badDate'].includes(issue.message)) return { code: issue.message as FieldError['code'] };
  if (issue.code === 'too_small') return i.origin === 'string' ? { code: 'required' } : { code: 'tooLow', min: Number(i.minimum) };
  if (issue.code === 'too_big') return i.origin === 'string' ? { code: 'tooLong', max: Number(i.maximum) } : { code: 'tooHigh', max: Number(i.maximum) };
  return { code: 'invalid' };
}

/** "objectives.0.target"; an account list has one input per platform, so its errors go to "handles.x". */
export const pathKey = (path: readonly PropertyKey[]) => (path[0] === 'handles' ? path.slice(0, 2) : path).map(String).join('.');

export type DraftResult = { ok: true; brand: Brand } | { ok: false; errors: FieldErrors };

/**
 * The brand to save from the form, or every field's error keyed by its path ("objectives.0.target"). Blank rows are
 * dropped; a row with content but no name is an error, not silently dropped.
 */
export function fromDraft(base: Brand, draft: BrandDraft, now: Date): DraftResult {
  const parsed = formSchema.safeParse(draft);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    for (const issue of parsed.error.issues) errors[pathKey(issue.path)] ??= toFieldError(issue);
    return { ok: false, errors };
  }
  const d = parsed.data;
  const candidate = {
    ...base,
    ...d,
    values: d.values.filter((v) => v.name),
    personas: d.personas.filter((p) => p.name),
    objectives: d.objectives
      .filter((o) => !isBlankObjective(o))
      .map((o) => ({
        ...o,
        metric: o.kind === 'quantitative' && o.metric ? o.metric : undefined,
        baseline: o.kind === 'quantitative' ? o.baseline : undefined,
        target: o.kind === 'quantitative' ? o.target : undefined,
        judgedBy: o.kind === 'qualitative' ? o.judgedBy : undefined,
        due: o.due || undefined,
      })),
    platformRoles: Object.fromEntries(
      Object.entries(d.platformRoles).map(([p, r]) => [p, { ...r!, cadencePerWeek: r!.cadencePerWeek ?? 0 }]),
    ),
    handles: Object.fromEntries(Object.entries(d.handles).filter(([, hs]) => hs && hs.length)),
    updatedAt: now.toISOString(),
  };
  const brand = brandSchema.safeParse(candidate);
  if (!brand.success) {
    const errors: FieldErrors = {};
    for (const issue of brand.error.issues) errors[pathKey(issue.path)] ??= toFieldError(issue);
    return { ok: false, errors };
  }
  return { ok: true, brand: brand.data };
}

export function newObjective(kind: ObjectiveDraft['kind'], id: string): ObjectiveDraft {
  return { id, kind, statement: '', metric: '', baseline: '', target: '', due: '', judgedBy: '', platforms: [], means: [], deliverables: [] };
}

export const newRole = (): RoleDraft => ({ why: '', audience: '', cadencePerWeek: '', toneOverride: '', stage: 'listen' });
