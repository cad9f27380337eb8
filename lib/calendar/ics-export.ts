/** The calendar as an iCalendar file (RFC 5545) that calendar apps subscribe to or import. */
import type { CalendarPost } from '../store/schemas/post';
import type { UiLanguage } from '../i18n';
import { PILLAR_LABELS, PLATFORM_LABELS, STATUS_LABELS } from './names';
import { basicDateTime, escapeText, foldLine, utcStamp } from './ics-text';
import { vtimezone } from './ics-timezone';
import { instantsOfWallTime, wallTimeOf } from './zoned-time';
import { defineMessages } from '../i18n';

const t = defineMessages('calendar.ics', {
  fr: { cta: "Appel à l'action : {value}", hashtags: 'Mots-clics : {value}', benefit: 'Pour le lecteur : {value}', notes: 'Notes : {value}', status: 'Statut : {value}', untitled: 'Publication {platforms}' },
  en: { cta: 'Call to action: {value}', hashtags: 'Hashtags: {value}', benefit: 'For the reader: {value}', notes: 'Notes: {value}', status: 'Status: {value}', untitled: '{platforms} post' },
});

export interface IcsOptions {
  lang: UiLanguage;
  /** DTSTAMP: when the file was made. */
  now: string;
  /** 'zoned' writes DTSTART;TZID=<post zone> with a VTIMEZONE per zone; 'utc' writes UTC times only. */
  times?: 'zoned' | 'utc';
  durationMinutes?: number;
  calendarName?: string;
}

export const MAX_SUMMARY = 120;

export function icsSummary(post: CalendarPost, lang: UiLanguage) {
  const first = post.text.split(/\r\n|\r|\n/).find((l) => l.trim())?.trim() ?? '';
  if (!first) return t(lang)('untitled', { platforms: post.platforms.map((p) => PLATFORM_LABELS[p]).join(', ') }).trim();
  return [...first].length > MAX_SUMMARY ? [...first].slice(0, MAX_SUMMARY - 1).join('') + '…' : first;
}

export function icsDescription(post: CalendarPost, lang: UiLanguage) {
  const tr = t(lang);
  const parts = [post.text];
  for (const [p, v] of Object.entries(post.variants)) if (v?.trim()) parts.push(`— ${PLATFORM_LABELS[p as keyof typeof PLATFORM_LABELS]} —\n${v}`);
  const meta = [tr('status', { value: STATUS_LABELS[lang][post.status] })];
  if (post.callToAction) meta.push(tr('cta', { value: post.callToAction }));
  if (post.hashtags.length) meta.push(tr('hashtags', { value: post.hashtags.join(' ') }));
  if (post.readerBenefit) meta.push(tr('benefit', { value: post.readerBenefit }));
  if (post.notes) meta.push(tr('notes', { value: post.notes }));
  parts.push(meta.join('\n'));
  return parts.filter((s) => s !== '').join('\n\n');
}

export function icsCategories(post: CalendarPost, lang: UiLanguage) {
  return [...post.platforms.map((p) => PLATFORM_LABELS[p]), PILLAR_LABELS[lang][post.pillar]];
}

export function exportIcs(posts: CalendarPost[], o: IcsOptions): string {
  const zoned = (o.times ?? 'zoned') === 'zoned';
  const stamp = utcStamp(Date.parse(o.now));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Cocktail//Editorial calendar//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (o.calendarName) lines.push(`X-WR-CALNAME:${escapeText(o.calendarName)}`);
  if (zoned) {
    const years = new Map<string, [number, number]>();
    for (const p of posts) {
      const y = new Date(p.date).getUTCFullYear();
      const r = years.get(p.timeZone);
      years.set(p.timeZone, r ? [Math.min(r[0], y), Math.max(r[1], y)] : [y, y]);
    }
    for (const [tz, [a, b]] of years) lines.push(...vtimezone(tz, a - 1, b + 1));
  }
  const sorted = [...posts].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  for (const p of sorted) {
    const ms = Date.parse(p.date);
    let start: string;
    const w = zoned ? wallTimeOf(ms, p.timeZone) : null;
    // RFC 5545 3.3.5: a repeated local time means its first occurrence, so the second one is written in UTC.
    if (w && instantsOfWallTime(w, p.timeZone)[0] === ms) {
      start = `DTSTART;TZID=${p.timeZone}:${basicDateTime(w.year, w.month, w.day, w.hour, w.minute, w.second, false)}`;
    } else start = `DTSTART:${utcStamp(ms)}`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(p.id)}@cocktail.local`,
      `DTSTAMP:${stamp}`,
      start,
      `DURATION:PT${o.durationMinutes ?? 15}M`,
      `SUMMARY:${escapeText(icsSummary(p, o.lang))}`,
      `DESCRIPTION:${escapeText(icsDescription(p, o.lang))}`,
      `CATEGORIES:${icsCategories(p, o.lang).map(escapeText).join(',')}`,
      `STATUS:${p.status === 'scheduled' || p.status === 'published' ? 'CONFIRMED' : 'TENTATIVE'}`,
    );
    if (!Number.isNaN(Date.parse(p.updatedAt))) lines.push(`LAST-MODIFIED:${utcStamp(Date.parse(p.updatedAt))}`);
    if (p.visual?.url) lines.push(`ATTACH:${p.visual.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
