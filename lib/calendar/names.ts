/** Platform, status and pillar names as people write them in French and English spreadsheets. */
import { PLATFORM_NAMES } from '../platforms/names';
import { PLATFORMS, type Platform } from '../platforms/types';
import { PILLARS, POST_STATUSES } from '../store/schemas/post';
import type { UiLanguage } from '../i18n';

export type PostStatus = (typeof POST_STATUSES)[number];
export type Pillar = (typeof PILLARS)[number];

/** Lower case, no accents, single spaces: "Planifié " and "planifie" compare equal. */
const folded = new Map<string, string>();

export function fold(s: string) {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 5000) folded.clear();
    folded.set(s, (f = foldUncached(s)));
  }
  return f;
}

function foldUncached(s: string) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export const PLATFORM_LABELS = PLATFORM_NAMES;

const PLATFORM_ALIASES: Record<string, Platform> = {
  twitter: 'x',
  'x (twitter)': 'x',
  'twitter (x)': 'x',
  'x/twitter': 'x',
  'x.com': 'x',
  'linked in': 'linkedin',
  fb: 'facebook',
  meta: 'facebook',
  ig: 'instagram',
  insta: 'instagram',
  yt: 'youtube',
  'you tube': 'youtube',
  'tik tok': 'tiktok',
  bsky: 'bluesky',
  'blue sky': 'bluesky',
  masto: 'mastodon',
  'threads (meta)': 'threads',
};

export function platformFromName(raw: string): Platform | null {
  const f = fold(raw);
  if ((PLATFORMS as readonly string[]).includes(f.replace(/ /g, ''))) return f.replace(/ /g, '') as Platform;
  return PLATFORM_ALIASES[f] ?? null;
}

/** "LinkedIn, X" or "Facebook / Instagram" or "X + Threads": separators people use in one cell. */
export function splitPlatformCell(raw: string): string[] {
  return raw
    .split(/[,;/+|\n]|\s+et\s+|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

const STATUS_NAMES: Record<string, PostStatus> = {
  idea: 'idea',
  idee: 'idea',
  ideas: 'idea',
  draft: 'draft',
  brouillon: 'draft',
  'en cours': 'draft',
  'a rediger': 'draft',
  'in progress': 'draft',
  scheduled: 'scheduled',
  planned: 'scheduled',
  planifie: 'scheduled',
  planifiee: 'scheduled',
  programme: 'scheduled',
  programmee: 'scheduled',
  'a publier': 'scheduled',
  'pret': 'scheduled',
  'ready': 'scheduled',
  published: 'published',
  posted: 'published',
  live: 'published',
  publie: 'published',
  publiee: 'published',
  'en ligne': 'published',
};

export function statusFromName(raw: string): PostStatus | null {
  return STATUS_NAMES[fold(raw)] ?? null;
}

const PILLAR_NAMES: Record<string, Pillar> = {
  mission: 'mission',
  vision: 'vision',
  values: 'values',
  value: 'values',
  valeurs: 'values',
  valeur: 'values',
  product: 'product',
  products: 'product',
  produit: 'product',
  produits: 'product',
  offre: 'product',
  community: 'community',
  communaute: 'community',
  other: 'other',
  autre: 'other',
  autres: 'other',
};

export function pillarFromName(raw: string): Pillar | null {
  return PILLAR_NAMES[fold(raw)] ?? null;
}

export const STATUS_LABELS: Record<UiLanguage, Record<PostStatus, string>> = {
  fr: { idea: 'idée', draft: 'brouillon', scheduled: 'planifié', published: 'publié' },
  en: { idea: 'idea', draft: 'draft', scheduled: 'scheduled', published: 'published' },
};

export const PILLAR_LABELS: Record<UiLanguage, Record<Pillar, string>> = {
  fr: { mission: 'mission', vision: 'vision', values: 'valeurs', product: 'produit', community: 'communauté', other: 'autre' },
  en: { mission: 'mission', vision: 'vision', values: 'values', product: 'product', community: 'community', other: 'other' },
};
