/**
 * Post ideas drawn from the brand's identity (mission, vision, values). Each idea says what the reader gains: the
 * "what's in it for me?" test is passed before a word is written. Ideas are posts with status "idea": the user
 * accepts, moves or deletes them.
 */
import type { Platform } from '../platforms/types';
import type { Brand } from '../store/schemas/brand';
import type { CalendarPost } from '../store/schemas/post';
import type { UiLanguage } from '../i18n';
import type { Pillar } from './names';
import { addDaysToWall, wallTimeOf, zonedToUtc } from './zoned-time';
import { fold } from './names';

interface Angle {
  pillar: Pillar;
  idea: Record<UiLanguage, (s: string, extra: string) => string>;
  benefit: Record<UiLanguage, (s: string, extra: string) => string>;
}

const MISSION: Angle[] = [
  {
    pillar: 'mission',
    idea: {
      fr: (m) => `Raconter la journée d'un client avant et après nous, en lien avec notre mission : « ${m} »`,
      en: (m) => `Tell one customer's day before and after us, tied to our mission: "${m}"`,
    },
    benefit: {
      fr: () => 'Le lecteur reconnaît son propre problème et voit une façon concrète de le régler.',
      en: () => 'Readers recognise their own problem and see a concrete way to solve it.',
    },
  },
  {
    pillar: 'mission',
    idea: {
      fr: (m) => `Un conseil pratique, utilisable aujourd'hui, qui sert notre mission : « ${m} »`,
      en: (m) => `One practical tip readers can use today, in service of our mission: "${m}"`,
    },
    benefit: {
      fr: () => 'Le lecteur repart avec un geste utile, même s\'il n\'achète rien.',
      en: () => 'Readers leave with something useful, even if they never buy.',
    },
  },
];

const VISION: Angle[] = [
  {
    pillar: 'vision',
    idea: {
      fr: (v) => `Trois changements à prévoir dans notre domaine, vus à travers notre vision : « ${v} »`,
      en: (v) => `Three changes coming in our field, seen through our vision: "${v}"`,
    },
    benefit: {
      fr: () => 'Le lecteur prend de l\'avance et se prépare à ce qui s\'en vient.',
      en: () => 'Readers get ahead and prepare for what is coming.',
    },
  },
  {
    pillar: 'vision',
    idea: {
      fr: (v) => `Demander à la communauté : « Si ${lowerFirst(v)}, qu'est-ce que ça changerait pour vous ? »`,
      en: (v) => `Ask the community: "If ${lowerFirst(v)}, what would change for you?"`,
    },
    benefit: {
      fr: () => 'Le lecteur est écouté et compare son point de vue à celui des autres.',
      en: () => 'Readers are heard and compare their view with others\'.',
    },
  },
];

const VALUE: Angle[] = [
  {
    pillar: 'values',
    idea: {
      fr: (name, how) => `Coulisses : comment l'équipe vit « ${name} » au quotidien${how ? ` (${how})` : ''}`,
      en: (name, how) => `Behind the scenes: how the team lives "${name}" every day${how ? ` (${how})` : ''}`,
    },
    benefit: {
      fr: (name) => `Le lecteur sait à quoi s'attendre de nous quand il est question de « ${name} ».`,
      en: (name) => `Readers know what to expect from us when it comes to "${name}".`,
    },
  },
  {
    pillar: 'values',
    idea: {
      fr: (name) => `Une décision concrète prise à cause de « ${name} », et ce qu'elle change pour nos clients`,
      en: (name) => `One concrete decision we made because of "${name}", and what it changes for customers`,
    },
    benefit: {
      fr: () => 'Le lecteur voit la preuve derrière la promesse et peut nous faire confiance en connaissance de cause.',
      en: () => 'Readers see the proof behind the promise and can trust us for a reason.',
    },
  },
];

export interface IdeaOptions {
  lang: UiLanguage;
  brandId: string;
  timeZone: string;
  /** First day ideas are placed on; they are spaced `everyDays` apart at 10:00 unless `slots` are given. */
  start: string;
  everyDays?: number;
  /** Preferred instants (for example the slots of tempo warnings), used first. */
  slots?: string[];
  now: string;
  newId: () => string;
  /** Posts already in the calendar: an idea already there is not proposed again. */
  existing?: CalendarPost[];
  max?: number;
}

/** The first sentence, at most 140 characters, cut on a word. */
export function gist(text: string, max = 140) {
  const first = text.trim().split(/(?<=[.!?])\s+/)[0].replace(/[.!?\s]+$/, '');
  if (first.length <= max) return first;
  return first.slice(0, max).replace(/\s+\S*$/, '') + '…';
}

function lowerFirst(s: string) {
  return s && s[0] === s[0].toUpperCase() && s[1] !== s[1]?.toUpperCase() ? s[0].toLowerCase() + s.slice(1) : s;
}

export function ideasFromIdentity(
  brand: Pick<Brand, 'mission' | 'vision' | 'values' | 'platformRoles'>,
  o: IdeaOptions,
): CalendarPost[] {
  const drafts: Array<{ pillar: Pillar; text: string; benefit: string }> = [];
  const add = (angles: Angle[], s: string, extra = '') => {
    for (const a of angles) drafts.push({ pillar: a.pillar, text: a.idea[o.lang](s, extra), benefit: a.benefit[o.lang](s, extra) });
  };
  if (brand.mission.trim()) add(MISSION, gist(brand.mission));
  if (brand.vision.trim()) add(VISION, gist(brand.vision));
  for (const v of brand.values) if (v.name.trim()) add(VALUE, v.name.trim(), gist(v.howItShows ?? '', 80));

  const known = new Set((o.existing ?? []).map((p) => fold(p.text)));
  const fresh = drafts.filter((d) => !known.has(fold(d.text))).slice(0, o.max ?? 12);
  const platforms = (Object.entries(brand.platformRoles ?? {}) as Array<[Platform, { cadencePerWeek: number } | undefined]>)
    .filter(([, r]) => (r?.cadencePerWeek ?? 0) > 0)
    .map(([p]) => p);

  const every = o.everyDays ?? 2;
  const first = wallTimeOf(Date.parse(o.start), o.timeZone);
  const dates = fresh.map((_, i) => {
    if (o.slots && i < o.slots.length) return new Date(Date.parse(o.slots[i])).toISOString();
    const k = i - (o.slots?.length ?? 0);
    return new Date(zonedToUtc({ ...addDaysToWall(first, k * every), hour: 10, minute: 0, second: 0 }, o.timeZone)).toISOString();
  });
  return fresh.map((d, i) => ({
    id: o.newId(),
    brandId: o.brandId,
    date: dates[i],
    timeZone: o.timeZone,
    platforms,
    status: 'idea',
    text: d.text,
    variants: {},
    callToAction: '',
    keywords: [],
    hashtags: [],
    pillar: d.pillar,
    notes: '',
    readerBenefit: d.benefit,
    updatedAt: o.now,
  }));
}
