/**
 * Posts to a CSV that a French Excel opens as a table (UTF-8 BOM, ";" delimiter, CRLF, "yyyy-mm-dd hh:mm" dates it
 * reads as dates) and that importCsv reads back to the same posts. Image blobs do not travel in a CSV: only the
 * visual's URL and alt text do.
 */
import { PLATFORMS, type Platform } from '../platforms/types';
import type { CalendarPost } from '../store/schemas/post';
import type { UiLanguage } from '../i18n';
import { PILLAR_LABELS, PLATFORM_LABELS, STATUS_LABELS } from './names';
import { formatWallTime, wallTimeOf } from './zoned-time';
import { guardCell } from './csv-guard';
import type { BaseField, FieldKey } from './csv-mapping';

const HEADERS: Record<UiLanguage, Record<BaseField, string>> = {
  fr: {
    id: 'Identifiant', date: 'Date', time: 'Heure', timeZone: 'Fuseau horaire', utc: 'UTC', platforms: 'Plateformes',
    status: 'Statut', pillar: 'Pilier', text: 'Texte', callToAction: "Appel à l'action", keywords: 'Mots-clés',
    hashtags: 'Mots-clics', objective: 'Objectif', visualUrl: 'Visuel', visualAlt: 'Texte alternatif', readerBenefit: 'Bénéfice lecteur',
    notes: 'Notes',
  },
  en: {
    id: 'ID', date: 'Date', time: 'Time', timeZone: 'Time zone', utc: 'UTC', platforms: 'Platforms', status: 'Status',
    pillar: 'Pillar', text: 'Text', callToAction: 'Call to action', keywords: 'Keywords', hashtags: 'Hashtags',
    objective: 'Objective', visualUrl: 'Visual', visualAlt: 'Alt text', readerBenefit: 'Reader benefit', notes: 'Notes',
  },
};

const COLUMNS: BaseField[] = [
  'date', 'timeZone', 'platforms', 'status', 'pillar', 'text', 'callToAction', 'hashtags', 'keywords', 'objective',
  'visualUrl', 'visualAlt', 'readerBenefit', 'notes', 'id', 'utc',
];

export function csvHeader(field: FieldKey, lang: UiLanguage) {
  if (field.startsWith('variant:')) {
    const p = PLATFORM_LABELS[field.slice(8) as Platform];
    return lang === 'fr' ? `Texte ${p}` : `${p} text`;
  }
  return HEADERS[lang][field as BaseField];
}

function quote(cell: string, delimiter: string) {
  const s = guardCell(cell);
  return s.includes('"') || s.includes(delimiter) || /[\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function valueOf(post: CalendarPost, field: FieldKey, lang: UiLanguage): string {
  if (field.startsWith('variant:')) return post.variants[field.slice(8) as Platform] ?? '';
  const ms = Date.parse(post.date);
  switch (field as BaseField) {
    case 'date': {
      const w = wallTimeOf(ms, post.timeZone);
      return formatWallTime(w, w.second !== 0);
    }
    case 'timeZone': return post.timeZone;
    case 'utc': return new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
    case 'platforms': return post.platforms.map((p) => PLATFORM_LABELS[p]).join(', ');
    case 'status': return STATUS_LABELS[lang][post.status];
    case 'pillar': return PILLAR_LABELS[lang][post.pillar];
    case 'text': return post.text;
    case 'callToAction': return post.callToAction;
    case 'hashtags': return post.hashtags.join(' ');
    case 'keywords': return post.keywords.join(', ');
    case 'objective': return post.objectiveId ?? '';
    case 'visualUrl': return post.visual?.url ?? '';
    case 'visualAlt': return post.visual?.alt ?? '';
    case 'readerBenefit': return post.readerBenefit ?? '';
    case 'notes': return post.notes;
    case 'id': return post.id;
    default: return '';
  }
}

export function exportCsvText(posts: CalendarPost[], lang: UiLanguage, delimiter: ';' | ',' = ';'): string {
  const variantPlatforms = PLATFORMS.filter((p) => posts.some((post) => post.variants[p] !== undefined));
  const fields: FieldKey[] = [...COLUMNS.slice(0, 6), ...variantPlatforms.map((p) => `variant:${p}` as FieldKey), ...COLUMNS.slice(6)];
  const lines = [fields.map((f) => quote(csvHeader(f, lang), delimiter)).join(delimiter)];
  const sorted = [...posts].sort((a, b) => a.date.localeCompare(b.date));
  for (const post of sorted) lines.push(fields.map((f) => quote(valueOf(post, f, lang), delimiter)).join(delimiter));
  return lines.join('\r\n') + '\r\n';
}

/** The file's bytes: a UTF-8 BOM first, which is what makes Excel read accents right. */
export function exportCsvBytes(posts: CalendarPost[], lang: UiLanguage): Uint8Array {
  return new TextEncoder().encode('\uFEFF' + exportCsvText(posts, lang));
}
