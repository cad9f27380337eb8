import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { exportIcs } from '../../../lib/calendar/ics-export';
import { foldLine, escapeText } from '../../../lib/calendar/ics-text';
import { post } from './helpers';

const NOW = '2026-02-01T12:00:00.000Z';
const posts = [
  post({
    id: 'p1',
    date: '2026-03-14T13:30:00.000Z',
    platforms: ['linkedin', 'x'],
    pillar: 'values',
    text: 'Été à Québec, ça commence ; on vous attend 🎉👩🏽‍💻\nDeuxième ligne avec \\ barre oblique inversée et une très longue phrase qui dépasse largement soixante-quinze octets à elle seule.',
    variants: { x: 'Version courte, pour X ✨' },
    callToAction: 'Réservez dès maintenant',
    hashtags: ['#été', '#qc'],
    notes: 'Vérifier la photo',
  }),
  post({ id: 'p2', date: '2026-07-01T14:00:00.000Z', timeZone: 'Europe/Paris', status: 'idea', text: '', platforms: ['instagram'], pillar: 'community' }),
  post({ id: 'p3', date: '2026-11-01T06:30:00.000Z', status: 'published', text: 'Second 1 h 30 of the autumn change' }),
];

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('iCalendar export', () => {
  const ics = exportIcs(posts, { lang: 'fr', now: NOW });

  it('uses CRLF and folds every line at 75 octets without splitting a UTF-8 sequence', () => {
    const lines = ics.split('\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const l of lines) expect(l).not.toContain('\uFFFD');
  });

  it('parses back with ical.js to the same instants, texts and categories', () => {
    const events = parse(ics);
    expect(events.map((e) => e.uid)).toEqual(['p1@cocktail.local', 'p2@cocktail.local', 'p3@cocktail.local']);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(posts.map((p) => p.date));
    // p3 is the second 01:30 of the autumn change: RFC 5545 reads a zoned 01:30 as the first, so it goes out in UTC.
    expect(events.map((e) => e.startDate.zone.tzid)).toEqual(['America/Toronto', 'Europe/Paris', 'UTC']);
    const [a, b] = events;
    expect(a.summary).toBe('Été à Québec, ça commence ; on vous attend 🎉👩🏽‍💻');
    expect(a.description).toContain(posts[0].text);
    expect(a.description).toContain('— X —\nVersion courte, pour X ✨');
    expect(a.description).toContain("Appel à l'action : Réservez dès maintenant");
    expect(a.description).toContain('Mots-clics : #été #qc');
    expect(a.description).toContain('Notes : Vérifier la photo');
    expect(a.component.getFirstProperty('categories')!.getValues()).toEqual(['LinkedIn', 'X', 'valeurs']);
    expect(a.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(b.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(b.summary).toBe('Publication Instagram');
    expect(a.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-02-01T12:00:00Z');
    expect(a.duration.toSeconds()).toBe(15 * 60);
  });

  it('can write UTC times only', () => {
    const events = parse(exportIcs(posts, { lang: 'en', now: NOW, times: 'utc' }));
    expect(events.map((e) => [e.startDate.toJSDate().toISOString(), e.startDate.zone.tzid])).toEqual(posts.map((p) => [p.date, 'UTC']));
    expect(events[1].summary).toBe('Instagram post');
  });
});

describe('RFC 5545 text helpers', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds a line of 4-byte emoji on code point boundaries', () => {
    const folded = foldLine('SUMMARY:' + '🎉'.repeat(40));
    const parts = folded.split('\r\n ');
    expect(parts.join('')).toBe('SUMMARY:' + '🎉'.repeat(40));
    // "SUMMARY:" is 8 octets + 16 emoji of 4 = 72 (a 17th would make 76); then 1 space + 18 emoji = 73; then 1 + 6 x 4.
    expect(parts.map((p, i) => new TextEncoder().encode(p).length + (i ? 1 : 0))).toEqual([72, 73, 25]);
  });
});
