import fc from 'fast-check';
import { PLATFORMS, ITEM_KINDS } from '../../../lib/platforms/types';
import { brandSchema } from '../../../lib/store/schemas/brand';
import { calendarPostSchema, PILLARS, POST_STATUSES } from '../../../lib/store/schemas/post';
import { engagementItemSchema, ENGAGEMENT_STATES } from '../../../lib/store/schemas/engagement';
import { replyTemplateSchema, INTENTS } from '../../../lib/store/schemas/template';
import { settingsSchema } from '../../../lib/store/schemas/settings';
import { toneRulesSchema } from '../../../lib/store/schemas/tone-rules';
import type { KitData } from '../../../lib/store/backup/format';

/**
 * Generators shaped by hand after lib/store/schemas; every generated record is passed through its schema, so the
 * values compared are the stored (defaults filled) form. Strings use every code point, lone surrogates included.
 */
const text = (max = 40) => fc.string({ unit: 'binary', maxLength: max });
const nonEmpty = (max = 40) => fc.string({ unit: 'binary', minLength: 1, maxLength: max });
const id = fc.string({ unit: 'binary', minLength: 1, maxLength: 24 });
const iso = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const platform = fc.constantFrom(...PLATFORMS);
const platforms = fc.uniqueArray(platform, { maxLength: 4 });
const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x));
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => u.length <= 2048);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Drops keys whose value is undefined: a JSON file cannot say "present but undefined". */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const brandArb = (bid: fc.Arbitrary<string>) =>
  fc
    .record({
      id: bid,
      name: nonEmpty(60),
      locale: fc.constantFrom('fr-CA', 'fr-FR', 'en'),
      handles: fc.dictionary(platform, fc.array(text(20), { maxLength: 3 }), { maxKeys: 3 }),
      keywords: fc.array(text(20), { maxLength: 5 }),
      mission: text(200),
      values: fc.array(fc.record({ name: text(20), howItShows: text(40) }), { maxLength: 3 }),
      objectives: fc.array(
        fc.record({
          id,
          kind: fc.constantFrom('quantitative', 'qualitative'),
          statement: text(60),
          baseline: opt(num(-1e6, 1e6)),
          target: opt(num(0, 1e9)),
          platforms,
          means: fc.array(text(20), { maxLength: 2 }),
        }).map(defined),
        { maxLength: 2 },
      ),
      platformRoles: fc.dictionary(platform, fc.record({ why: text(30), cadencePerWeek: num(0, 200) }), { maxKeys: 2 }),
      createdAt: iso,
      updatedAt: iso,
    })
    .map((b) => brandSchema.parse(b));

export const toneRulesArb = (brandId: string) =>
  fc
    .record({
      id,
      brandId: fc.constant(brandId),
      pack: fc.constantFrom('fr-CA', 'fr-FR', 'en'),
      rules: fc.record({ formality: fc.record({ value: fc.constantFrom('tu', 'vous', 'either') }) }),
      updatedAt: iso,
    })
    .map((r) => toneRulesSchema.parse(r));

export const templateArb = (brandId: string) =>
  fc
    .record({
      id,
      brandId: fc.constant(brandId),
      title: text(40),
      intents: fc.uniqueArray(fc.constantFrom(...INTENTS), { minLength: 1, maxLength: 3 }),
      language: fc.constantFrom('fr', 'en'),
      platforms,
      text: nonEmpty(200),
      tuText: opt(text(200)),
      builtIn: fc.boolean(),
      updatedAt: iso,
    })
    .map((t) => replyTemplateSchema.parse(defined(t)));

const imageArb = fc.record({
  bytes: fc.uint8Array({ maxLength: 300 }),
  type: fc.constantFrom('image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', ''),
});

export const postArb = (brandId: string, images: boolean) =>
  fc
    .record({
      id,
      brandId: fc.constant(brandId),
      date: iso,
      platforms,
      status: fc.constantFrom(...POST_STATUSES),
      text: text(300),
      visual: opt(fc.record({ image: images ? opt(imageArb) : fc.constant(undefined), url: opt(url), alt: text(40) })),
      hashtags: fc.array(text(15), { maxLength: 3 }),
      pillar: fc.constantFrom(...PILLARS),
      objectiveId: opt(id),
      updatedAt: iso,
    })
    .map(({ visual, ...p }) => {
      const v = visual && defined({
        alt: visual.alt,
        url: visual.url,
        blob: visual.image && new Blob([visual.image.bytes as Uint8Array<ArrayBuffer>], { type: visual.image.type || 'application/octet-stream' }),
      });
      return calendarPostSchema.parse(defined({ ...p, visual: v }));
    });

export const itemArb = fc
  .record({
    platform,
    nativeId: id,
    kind: fc.constantFrom(...ITEM_KINDS),
    author: fc.record({ name: text(30), handle: opt(text(20)), url: opt(url) }).map(defined),
    text: text(300),
    permalink: opt(url),
    postedAt: opt(iso),
    firstSeenAt: iso,
    lastSeenAt: iso,
    priority: num(0, 100),
    state: fc.constantFrom(...ENGAGEMENT_STATES),
    open: fc.constantFrom(0 as const, 1 as const),
    responseMs: opt(num(0, 1e9)),
  })
  .map((i) => engagementItemSchema.parse(defined({ ...i, id: `${i.platform}:${i.nativeId}` })));

export const settingsArb = fc
  .record({ uiLanguage: fc.constantFrom('auto', 'fr', 'en'), enabledPlatforms: platforms, retentionDays: fc.integer({ min: 1, max: 3650 }) })
  .map((s) => settingsSchema.parse({ id: 'settings', ...s }));

const uniqueBy = <T extends { id: string }>(a: fc.Arbitrary<T>, max: number) =>
  fc.uniqueArray(a, { maxLength: max, selector: (r) => r.id });

/** A whole database's worth of kit records: a few brands, each with rules, templates and posts, a log, settings. */
export const kitArb = (opts: { images: boolean }): fc.Arbitrary<Required<KitData>> =>
  uniqueBy(brandArb(id), 3).chain((brands) => {
    const ids = brands.map((b) => b.id);
    const owner = ids.length ? fc.constantFrom(...ids) : fc.constant('orphan');
    const per = <T extends { id: string }>(make: (bid: string) => fc.Arbitrary<T>, max: number) =>
      uniqueBy(owner.chain(make), max);
    return fc.record({
      brands: fc.constant(brands),
      toneRules: per(toneRulesArb, 3),
      templates: per(templateArb, 6),
      posts: per((b) => postArb(b, opts.images), 6),
      engagement: uniqueBy(itemArb, 6),
      settings: fc.array(settingsArb, { maxLength: 1 }),
    });
  });
