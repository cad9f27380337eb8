/** Which post field each spreadsheet column holds: suggested from French and English header names, editable by the user. */
import { PLATFORMS, type Platform } from '../platforms/types';
import { fold, platformFromName } from './names';

export const BASE_FIELDS = [
  'id',
  'date',
  'time',
  'timeZone',
  'utc',
  'platforms',
  'status',
  'pillar',
  'text',
  'callToAction',
  'keywords',
  'hashtags',
  'objective',
  'visualUrl',
  'visualAlt',
  'readerBenefit',
  'notes',
] as const;
export type BaseField = (typeof BASE_FIELDS)[number];
export type VariantField = `variant:${Platform}`;
export type FieldKey = BaseField | VariantField;
/** One entry per column: the field it fills, or null when the column is ignored. */
export type ColumnMapping = Array<FieldKey | null>;

export const ALL_FIELDS: FieldKey[] = [...BASE_FIELDS, ...PLATFORMS.map((p) => `variant:${p}` as VariantField)];

const SYNONYMS: Record<BaseField, string[]> = {
  id: ['id', 'identifiant', 'identifier', 'uid', 'post id', 'id publication'],
  date: [
    'date', 'jour', 'day', 'quand', 'when', 'date de publication', 'date publication', 'publication date', 'publish date',
    'publishing date', 'date et heure', 'date heure', 'date/heure', 'date and time', 'date/time', 'datetime',
    'scheduled for', 'scheduled', 'planifie le', 'prevu le', 'date prevue', 'date locale', 'local date', 'start',
  ],
  time: ['heure', 'time', 'hour', 'heure de publication', 'publish time', 'publication time', 'horaire'],
  timeZone: ['fuseau', 'fuseau horaire', 'time zone', 'timezone', 'tz', 'zone'],
  utc: ['utc', 'date utc', 'utc date'],
  platforms: [
    'plateforme', 'plateformes', 'platform', 'platforms', 'reseau', 'reseaux', 'reseau social', 'reseaux sociaux',
    'social network', 'network', 'networks', 'canal', 'canaux', 'channel', 'channels', 'media', 'medias',
  ],
  status: ['statut', 'status', 'etat', 'state', 'etape', 'stage'],
  pillar: ['pilier', 'piliers', 'pilier de contenu', 'pillar', 'content pillar', 'theme', 'thematique', 'rubrique', 'category', 'categorie'],
  text: [
    'texte', 'text', 'contenu', 'content', 'message', 'publication', 'post', 'copy', 'caption', 'legende', 'body',
    'texte de la publication', 'post text', 'corps',
  ],
  callToAction: ['appel a l\'action', 'appel a laction', 'cta', 'call to action', 'call-to-action', 'incitation'],
  keywords: ['mots-cles', 'mots cles', 'mot-cle', 'mot cle', 'keywords', 'keyword', 'mots-clefs', 'tags'],
  hashtags: ['hashtags', 'hashtag', 'mots-clics', 'mots clics', 'mot-clic', 'dieses', 'mots-diese'],
  objective: ['objectif', 'objectifs', 'objective', 'objectives', 'goal', 'goals', 'but'],
  visualUrl: ['visuel', 'visual', 'image', 'image url', 'url image', 'lien du visuel', 'url du visuel', 'visual url', 'media url', 'lien image', 'photo'],
  visualAlt: ['texte alternatif', 'alt', 'alt text', 'texte alt', 'description du visuel', 'image description', 'description image'],
  readerBenefit: [
    'benefice lecteur', 'benefice pour le lecteur', 'benefice', 'ce que le lecteur y gagne', 'pour le lecteur',
    'reader benefit', 'benefit', 'benefit to the reader', "what's in it for me", 'wiifm',
  ],
  notes: ['notes', 'note', 'remarques', 'remarque', 'commentaires', 'commentaire', 'comments', 'comment', 'memo'],
};

const lookup = new Map<string, BaseField>();
for (const f of BASE_FIELDS) for (const s of SYNONYMS[f]) lookup.set(fold(s), f);

/** "Texte LinkedIn", "Text (X)", "Version Instagram", "LinkedIn copy": a per-platform variant of the text. */
function variantOf(header: string): VariantField | null {
  const m = fold(header).match(/^(?:texte|text|version|variante|variant|copy|contenu|content|legende|caption)\s*[-:(]?\s*(.+?)\)?$/)
    ?? fold(header).match(/^(.+?)\s*[-:(]?\s*(?:texte|text|version|variante|variant|copy|caption)\)?$/);
  if (!m) return null;
  const p = platformFromName(m[1]);
  return p ? `variant:${p}` : null;
}

export function fieldOfHeader(header: string): FieldKey | null {
  const f = fold(header).replace(/\s*\*$/, '').replace(/\s*:$/, '');
  return lookup.get(f) ?? variantOf(header);
}

/** First column wins when two headers name the same field. */
export function suggestMapping(headers: string[]): ColumnMapping {
  const used = new Set<FieldKey>();
  return headers.map((h) => {
    const field = fieldOfHeader(h);
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

export function mappingProblems(mapping: ColumnMapping): { missing: FieldKey[]; duplicates: FieldKey[] } {
  const seen = new Set<FieldKey>();
  const duplicates = new Set<FieldKey>();
  for (const f of mapping) {
    if (!f) continue;
    if (seen.has(f)) duplicates.add(f);
    seen.add(f);
  }
  return { missing: seen.has('date') ? [] : ['date'], duplicates: [...duplicates] };
}
