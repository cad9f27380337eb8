import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, sendFromPage, type Launched } from './harness';

const SHOTS = 'test-results/screenshots';

/** Windows-1252 as an old French Excel writes it: Latin-1 plus the 0x80-0x9F punctuation (’ œ …). */
const CP1252_HIGH: Record<string, number> = { '€': 0x80, '’': 0x92, '…': 0x85, 'œ': 0x9c, '«': 0xab, '»': 0xbb };
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => {
    if (CP1252_HIGH[c] !== undefined) return CP1252_HIGH[c];
    const code = c.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code <= 0x9f)) throw new Error(`not in Windows-1252: ${c}`);
    return code;
  }));
}

const pad = (n: number) => String(n).padStart(2, '0');
const today = new Date();
const month = `${pad(today.getUTCMonth() + 1)}/${today.getUTCFullYear()}`;
const TEXTS = [
  'Le café du matin, torréfié à Québec : venez goûter l’œuvre de notre équipe',
  'Nouveauté : le lait d’avoine maison, sans frais',
  'Fin de semaine à Limoilou : où nous trouver',
  'Aujourd’hui : dégustation gratuite de 14 h à 16 h',
];
const CSV = [
  'Date;Plateformes;Statut;Pilier;Texte;Mots-clics',
  `10/${month} 09:30;Instagram, Facebook;Planifié;Produit;${TEXTS[0]};#café #québec`,
  `15/${month} 11:00;LinkedIn;brouillon;communauté;"${TEXTS[1]}";#avoine`,
  `20/${month} 08:15;X;Idée;valeurs;${TEXTS[2]};`,
  `12/${month} 10:00;Myspace;Planifié;Produit;Mauvaise plateforme;`,
  `31/02/2026 10:00;X;Planifié;Produit;Date impossible;`,
  `${pad(today.getUTCDate())}/${month} 12:00;Facebook;Planifié;communauté;${TEXTS[3]};`,
].join('\r\n') + '\r\n';

describe('the editorial calendar in a real Chromium', () => {
  let ext: Launched;
  let dash: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ext = await launchWithExtension();
    const setup = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(setup, { type: 'demo.seed' })).toMatchObject({ ok: true });
    await setup.close();
  });
  afterAll(async () => ext?.close());

  it('imports a French-Excel CSV (semicolons, Windows-1252): mapping, preview, refused rows, then the good rows', async () => {
    dash = await openExtensionPage(ext, 'dashboard.html#calendar');
    await dash.getByRole('button', { name: 'Importer un CSV' }).click();
    await dash.locator('#ck-import-file').setInputFiles({ name: 'calendrier.csv', mimeType: 'text/csv', buffer: windows1252(CSV) });
    await expect.poll(() => dash.getByTestId('import-file-info').textContent()).toMatch(/6 ligne\(s\).*Windows-1252.*point-virgule/);
    await dash.locator('#ck-import-tz').fill('America/Toronto');
    await dash.locator('#ck-import-tz').blur();
    // Suggested mapping from the French headers, editable; the preview shows the decoded accents.
    expect(await dash.locator('#ck-map-1').inputValue()).toBe('platforms');
    expect(await dash.locator('#ck-map-4').inputValue()).toBe('text');
    expect(await dash.locator('.ck-calsec-preview tbody').textContent()).toContain('l’œuvre de notre équipe');
    const errors = await dash.getByTestId('import-errors').locator('li').allTextContents();
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Ligne 5 : plateforme inconnue : « Myspace »/);
    expect(errors[1]).toMatch(/^Ligne 6 : /);
    await dash.screenshot({ path: `${SHOTS}/calendar-import.png`, fullPage: true });
    await dash.getByRole('button', { name: 'Importer les 4 bonnes lignes' }).click();
    await expect.poll(() => dash.getByTestId('import-outcome').textContent()).toBe('4 publication(s) importée(s).');
  });

  it('shows the imported posts in the month view, with their lint status per platform', async () => {
    const chips = dash.locator('.ck-cal-month .ck-cal-chip');
    await expect.poll(() => chips.count(), { timeout: 10_000 }).toBe(4);
    const day10 = dash.locator(`.ck-cal-month [data-day="${today.getUTCFullYear()}-${pad(today.getUTCMonth() + 1)}-10"]`);
    expect(await day10.textContent()).toContain('Le café du matin');
    expect(await day10.locator('.ck-cal-chip', { hasText: 'Le café du matin' }).locator('.ck-cal-badge').count()).toBe(2); // Instagram and Facebook
    await dash.screenshot({ path: `${SHOTS}/calendar-month.png`, fullPage: true });
  });

  it('exports an iCalendar file that ical.js reads back to the same posts and local times', async () => {
    const [download] = await Promise.all([dash.waitForEvent('download'), dash.getByRole('button', { name: 'Exporter en iCalendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cafe-boreal-calendrier-\d{4}-\d{2}-\d{2}\.ics$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary).sort()).toEqual([...TEXTS].sort());
    const first = events.find((e) => e.summary === TEXTS[0])!;
    expect([first.startDate.day, first.startDate.hour, first.startDate.minute]).toEqual([10, 9, 30]);
    expect(first.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('America/Toronto');
    const utcHour = first.startDate.toJSDate().getUTCHours();
    expect([13, 14]).toContain(utcHour); // 9:30 in Toronto is 13:30 (summer) or 14:30 (winter) UTC
    expect(first.component.getFirstPropertyValue('categories')).toBe('Instagram');
  });

  it('the popup lists the post of the day with its text to copy', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    const card = popup.getByTestId('today-card');
    await expect.poll(() => card.textContent(), { timeout: 10_000 }).toContain(TEXTS[3]);
    expect(await card.getByRole('button', { name: 'Copier le texte' }).count()).toBeGreaterThanOrEqual(1);
    await popup.screenshot({ path: `${SHOTS}/popup-today.png`, fullPage: true });
    await popup.close();
  });

  it('a reminder\'s "copy the text" opens the calendar on the post with its text ready to copy', async () => {
    const posts = (await dash.evaluate(async () => {
      const open = indexedDB.open('cocktail');
      const db: IDBDatabase = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
      const req = db.transaction('posts').objectStore('posts').getAll();
      return new Promise<Array<{ id: string; text: string }>>((res) => { req.onsuccess = () => res(req.result); });
    })) as Array<{ id: string; text: string }>;
    const target = posts.find((p) => p.text === TEXTS[3])!;
    await dash.evaluate(
      (req) => (globalThis as unknown as { chrome: { storage: { session: { set(x: unknown): Promise<void> } } } }).chrome.storage.session.set({ 'calendar:copyRequest': req }),
      { text: target.text, postId: target.id, at: Date.now() },
    );
    const page = await openExtensionPage(ext, `dashboard.html?copy=${target.id}#calendar`);
    await expect.poll(() => page.getByTestId('copy-text').textContent(), { timeout: 10_000 }).toBe(TEXTS[3]);
    await expect.poll(() => page.locator('.ck-cal-editor textarea').first().inputValue()).toBe(TEXTS[3]);
    await page.close();
  });

  it('made no network request', () => {
    expect(ext.requests).toEqual([]);
  });
});
