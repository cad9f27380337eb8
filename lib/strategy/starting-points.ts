import { z } from 'zod';
import { PLATFORMS, type Platform } from '../platforms/types';
import { brandSchema, type Brand } from '../store/schemas/brand';
import { START_TEXT, type StartAudience } from './start-text';

/** What the guided setup asks: a name, B2B or B2C, the brand's language, the platforms it uses. */
export const startSchema = z.object({
  name: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  audience: z.enum(['b2b', 'b2c']),
  locale: z.enum(['fr-CA', 'fr-FR', 'en']),
  platforms: z.array(z.enum(PLATFORMS)).min(1, { error: 'pickPlatform' }).max(PLATFORMS.length),
});
export type Start = z.infer<typeof startSchema>;

/** Where each kind of brand usually starts: B2B on LinkedIn and X, B2C on Instagram and Facebook. */
export const DEFAULT_PLATFORMS: Record<StartAudience, Platform[]> = {
  b2b: ['linkedin', 'x'],
  b2c: ['instagram', 'facebook'],
};

/** A sustainable weekly pace per platform for a small team; the user raises or lowers it. */
const CADENCE: Record<StartAudience, Record<Platform, number>> = {
  b2b: { linkedin: 3, x: 5, facebook: 2, instagram: 2, youtube: 1, tiktok: 2, reddit: 1, bluesky: 3, mastodon: 3, threads: 3 },
  b2c: { linkedin: 1, x: 3, facebook: 3, instagram: 4, youtube: 1, tiktok: 4, reddit: 1, bluesky: 2, mastodon: 2, threads: 3 },
};

/** Listen first on a platform that is not central to the audience; discuss where the audience already is. */
const CORE: Record<StartAudience, Platform[]> = {
  b2b: ['linkedin', 'x', 'youtube'],
  b2c: ['instagram', 'facebook', 'tiktok'],
};

/** Reply-time target in hours: consumers expect faster answers than business contacts on a working day. */
const REPLY_HOURS: Record<StartAudience, number> = { b2b: 4, b2c: 2 };

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'brand';

/** A dated due date three months out, the usual horizon of a first objective. */
function dueIn3Months(now: Date) {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 3, now.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

/**
 * A complete brand from a starting point: values, voice, do and don't, key messages that teach what to write, a
 * reply-time objective, a posting-pace objective, a qualitative one, and a role for every platform chosen.
 */
export function startingBrand(input: Start, now: Date, suffix = now.getTime().toString(36)): Brand {
  const start = startSchema.parse(input);
  const text = START_TEXT[start.locale];
  const a = start.audience;
  const hours = REPLY_HOURS[a];
  const replyStatement = text.replyObjective.statement.replace(/2(\s?)(h|hours)/, `${hours}$1$2`);
  const platformRoles = Object.fromEntries(
    start.platforms.map((p) => [
      p,
      { ...text.roles[p][a], cadencePerWeek: CADENCE[a][p], stage: CORE[a].includes(p) ? 'discuss' : 'listen' },
    ]),
  );
  const at = now.toISOString();
  const due = dueIn3Months(now);
  return brandSchema.parse({
    id: `brand-${slug(start.name)}-${suffix}`,
    name: start.name,
    locale: start.locale,
    audience: a,
    values: text.values[a],
    voice: text.voice[a],
    dos: text.dos[a],
    donts: text.donts[a],
    keyMessages: text.keyMessages,
    personas: text.personas[a],
    platformRoles,
    objectives: [
      {
        id: 'obj-reply-time',
        kind: 'quantitative',
        statement: replyStatement,
        metric: text.replyObjective.metric,
        target: hours,
        due,
        platforms: start.platforms,
        means: text.replyObjective.means,
        deliverables: text.replyObjective.deliverables,
      },
      {
        id: 'obj-posts-per-week',
        kind: 'quantitative',
        statement: text.postsObjective.statement,
        metric: text.postsObjective.metric,
        target: start.platforms.reduce((n, p) => n + CADENCE[a][p], 0),
        due,
        platforms: start.platforms,
        means: text.postsObjective.means,
        deliverables: text.postsObjective.deliverables,
      },
      { id: 'obj-qualitative', kind: 'qualitative', ...text.qualitative[a], platforms: [] },
    ],
    createdAt: at,
    updatedAt: at,
  });
}
