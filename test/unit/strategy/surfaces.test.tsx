import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GuidelinesCard } from '../../../components/app/GuidelinesCard';
import { BrandSwitcher } from '../../../components/app/BrandSwitcher';
import { Welcome } from '../../../components/app/Welcome';
import { SettingsSection } from '../../../components/strategy/settings/SettingsSection';
import { startingBrand } from '../../../lib/strategy/starting-points';
import { defaultSettings } from '../../../lib/store/schemas/settings';
import { engagementItemSchema } from '../../../lib/store/schemas/engagement';
import { calendarPostSchema } from '../../../lib/store/schemas/post';
import type { Reply, UiMessage } from '../../../lib/messages';

const NOW = new Date('2026-11-15T12:00:00Z');
const H = 3_600_000;
const brand = startingBrand({ name: 'Atelier Nord', audience: 'b2b', locale: 'fr-CA', platforms: ['linkedin', 'x'] }, NOW, 'a');
const other = startingBrand({ name: 'Café Boréal', audience: 'b2c', locale: 'fr-CA', platforms: ['instagram'] }, NOW, 'b');

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});
const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });
const text = () => root.textContent!.replace(/\s+/g, ' ');
const button = (label: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === label)!;

function recorder(replies: Reply[] = []) {
  const sent: UiMessage[] = [];
  return { sent, send: async (m: UiMessage) => (sent.push(m), replies.shift() ?? { ok: true as const, data: { brandId: 'new' } }) };
}

const answered = (n: number, platform: 'linkedin' | 'x', replyH: number) =>
  engagementItemSchema.parse({
    id: `${platform}:${n}`, platform, nativeId: String(n), kind: 'comment', author: { name: 'A' }, text: 't',
    firstSeenAt: new Date(NOW.getTime() - 10 * H).toISOString(), lastSeenAt: NOW.toISOString(), open: 0, state: 'replied',
    responseMs: replyH * H, answeredAt: NOW.toISOString(),
  });

describe('guidelines in context', () => {
  it('on a platform of the strategy: its role, audience, cadence, tone and stage, then voice, do and don\'t, messages, values', async () => {
    await act(() => render(<GuidelinesCard brand={brand} lang="fr" platform="linkedin" brands={[brand]} data={{ now: NOW, items: [], posts: [] }} />, root));
    expect(root.querySelector('[data-testid="guidelines-where"]')!.textContent).toBe('Sur LinkedIn');
    const role = root.querySelector('[data-testid="platform-role"]')!.textContent!;
    expect(role).toContain('Montrer notre expertise et nouer des relations d’affaires');
    expect(role).toContain('3 publication(s) par semaine');
    expect(role).toContain('Posé et concret');
    expect(role).toContain('Discuter');
    expect(root.querySelectorAll('.ck-guidelines h3 + ul.ck-list li').length).toBeGreaterThan(0);
    expect(text()).toContain('Expert sans être distant');
    expect(text()).toContain('Répondre en moins de 4 h ouvrables');
    expect(text()).toContain('Débattre en public d’un dossier client');
    expect(text()).toContain('[À remplacer]');
    expect(text()).toContain('Fiabilité : On répond vite');
    // The whole-brand list of platforms is not repeated on a platform page.
    expect(root.querySelector('.ck-guidelines h3')!.textContent).not.toBe('Plateformes');
  });

  it('a platform the brand does not use says so and shows the brand as a whole; no platform: the whole brand', async () => {
    await act(() => render(<GuidelinesCard brand={brand} lang="en" platform="tiktok" brands={[brand]} data={{ now: NOW }} />, root));
    expect(root.querySelector('[data-testid="guidelines-where"]')!.textContent).toBe('TikTok is not part of your strategy: here is the brand as a whole.');
    expect(root.querySelector('[data-testid="platform-role"]')).toBeNull();
    await act(() => render(<GuidelinesCard brand={brand} lang="en" platform={null} brands={[brand]} data={{ now: NOW }} />, root));
    expect(root.querySelector('[data-testid="guidelines-where"]')!.textContent).toBe('For the whole brand');
    expect(text()).toContain('LinkedIn: Montrer notre expertise');
    expect(text()).toContain('(3 post(s) per week)');
  });

  it('numeric objectives: where they stand when data exists, otherwise what is missing', async () => {
    await act(() => render(<GuidelinesCard brand={brand} lang="en" platform={null} brands={[brand]} data={{ now: NOW, items: [], posts: [] }} />, root));
    const lines = () => [...root.querySelectorAll('[data-testid="objectives"] [data-testid="progress"]')].map((p) => p.textContent);
    expect(lines()).toEqual([
      'No measured reply in the last 4 weeks yet: answer from the platform’s page and Cocktail will time it.',
      'No post in the calendar in the last 4 weeks: plan them in the calendar to follow this pace.',
    ]);
    const items = [answered(1, 'linkedin', 1), answered(2, 'x', 3), answered(3, 'x', 6)];
    const posts = [1, 2, 3, 8].map((d, i) =>
      calendarPostSchema.parse({ id: `p${i}`, brandId: brand.id, date: new Date(NOW.getTime() - d * 24 * H).toISOString(), platforms: ['linkedin'], status: 'published', updatedAt: NOW.toISOString() }));
    await act(() => render(<GuidelinesCard brand={brand} lang="en" platform={null} brands={[brand]} data={{ now: NOW, items, posts }} />, root));
    expect(lines()[0]).toMatch(/^Median reply time: 3 h, target 4 h · met · 3 measured repl\(ies\) over 4 weeks/);
    expect(lines()[1]).toMatch(/^1 post\(s\) per week, target 8 · not met yet/);
    expect(root.querySelector('[data-testid="objectives"] .ck-bar')!.getAttribute('aria-label')).toBe('Progress: 100%');
  });

  it('French numbers are formatted for French', async () => {
    const items = [answered(1, 'x', 1.5)];
    await act(() => render(<GuidelinesCard brand={brand} lang="fr" platform={null} brands={[brand]} data={{ now: NOW, items, posts: [] }} />, root));
    expect(root.querySelector('[data-testid="objectives"] [data-testid="progress"]')!.textContent).toMatch(/^Délai médian : 1,5 h, cible 4 h · atteint/);
  });

  it('page text stays text', async () => {
    const b = { ...brand, keyMessages: ['<img src=x onerror=alert(1)>'] };
    await act(() => render(<GuidelinesCard brand={b} lang="en" platform={null} brands={[b]} data={{ now: NOW }} />, root));
    expect(root.querySelector('img')).toBeNull();
    expect(text()).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('brand switcher', () => {
  it('hidden with one brand; with several, one click activates another and the pressed state follows', async () => {
    const r = recorder([{ ok: true, data: null }]);
    await act(() => render(<BrandSwitcher brands={[brand]} activeId={brand.id} lang="fr" send={r.send} />, root));
    expect(root.querySelector('[data-testid="brand-switcher"]')).toBeNull();
    await act(() => render(<BrandSwitcher brands={[brand, other]} activeId={brand.id} lang="fr" send={r.send} />, root));
    expect(button('Atelier Nord').getAttribute('aria-pressed')).toBe('true');
    await act(() => button('Café Boréal').click());
    await flush();
    expect(r.sent).toEqual([{ type: 'brand.activate', brandId: other.id }]);
    // Clicking the active brand sends nothing.
    await act(() => button('Atelier Nord').click());
    expect(r.sent).toHaveLength(1);
  });

  it('a refused switch says why', async () => {
    const r = recorder([{ ok: false, error: 'storage-full' }]);
    await act(() => render(<BrandSwitcher brands={[brand, other]} activeId={brand.id} lang="en" send={r.send} />, root));
    await act(() => button('Café Boréal').click());
    await flush();
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Saving failed: storage-full');
    expect(button('Atelier Nord').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('guided setup', () => {
  async function fill(value: string) {
    const input = root.querySelector<HTMLInputElement>('#brand-name')!;
    await act(() => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  const next = () => act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });

  it('three steps: a name is required, B2B proposes LinkedIn and X, the preview shows the defaults, then createFromStart', async () => {
    const r = recorder();
    let created: string | undefined;
    await act(() => render(<Welcome lang="fr" onCreated={(id) => (created = id)} send={r.send} />, root));
    await next();
    expect(root.querySelector('#brand-name-error')!.textContent).toBe('Donnez un nom à votre marque.');
    expect(root.querySelector('#brand-name')!.getAttribute('aria-invalid')).toBe('true');
    await fill('Atelier Nord');
    await act(() => root.querySelector<HTMLInputElement>('input[value="b2b"]')!.click());
    await act(() => root.querySelector<HTMLInputElement>('input[value="en"]')!.click());
    await next();
    const checked = () => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].filter((c) => c.checked).map((c) => c.parentElement!.textContent);
    expect(checked()).toEqual(['X', 'LinkedIn']);
    // Untick both: at least one platform is needed.
    for (const c of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) await act(() => c.click());
    await next();
    expect(root.querySelector('#start-platforms-error')!.textContent).toBe('Choisissez au moins une plateforme.');
    await act(() => [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((c) => c.parentElement!.textContent === 'LinkedIn')!.click());
    await next();
    expect(text()).toContain('Le point de départ de Atelier Nord');
    expect(text()).toContain('Expertise · Reliability · Transparency');
    expect(text()).toContain('Answer every comment within 4 hours');
    await act(() => button('Créer ma marque').click());
    await flush();
    expect(r.sent).toEqual([{ type: 'brand.createFromStart', start: { name: 'Atelier Nord', audience: 'b2b', locale: 'en', platforms: ['linkedin'] } }]);
    expect(created).toBe('new');
  });

  it('storage full: says so with a way to export, and keeps the choices', async () => {
    const r = recorder([{ ok: false, error: 'storage-full' }]);
    await act(() => render(<Welcome lang="en" onCreated={() => {}} send={r.send} />, root));
    await fill('Nord');
    await next();
    await next();
    await act(() => button('Create my brand').click());
    await flush();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(/^Storage is full/);
    expect(alert.querySelector('a')!.getAttribute('href')).toBe('dashboard.html#data');
    expect(text()).toContain('The starting point of Nord');
  });
});

describe('settings', () => {
  const mount = async (replies: Reply[] = [], grant = true) => {
    const r = recorder(replies);
    const asked: string[][] = [];
    const requestOrigins = async (o: string[]) => (asked.push(o), grant);
    await act(() => render(<SettingsSection settings={defaultSettings()} lang="fr" send={r.send} requestOrigins={requestOrigins} />, root));
    return { ...r, asked };
  };
  const save = async () => {
    await act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
  };
  const typeIn = async (id: string, v: string) => {
    const el = root.querySelector<HTMLInputElement>(`#${id}`)!;
    await act(() => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };

  it('LinkedIn defaults to the side panel; language, platforms, mode and retention are saved', async () => {
    const { sent } = await mount();
    const mode = (p: string) => root.querySelector<HTMLSelectElement>(`select[aria-label="Affichage sur ${p}"]`)!;
    expect(mode('LinkedIn').value).toBe('sidepanel');
    expect(mode('X').value).toBe('chips');
    await act(() => {
      const s = root.querySelector<HTMLSelectElement>('#set-uiLanguage')!;
      s.value = 'en';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(() => root.querySelector<HTMLInputElement>('input[aria-label="Activer Reddit"]')!.click());
    expect(mode('Reddit').disabled).toBe(true);
    await typeIn('set-retentionDays', '90');
    await save();
    expect(sent).toHaveLength(1);
    const s = (sent[0] as { settings: ReturnType<typeof defaultSettings> }).settings;
    expect(s).toMatchObject({ uiLanguage: 'en', retentionDays: 90, onPageMode: { linkedin: 'sidepanel' } });
    expect(s.enabledPlatforms).not.toContain('reddit');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Paramètres enregistrés.');
  });

  it('bad retention is refused next to its field, in the user language, and kept', async () => {
    const { sent } = await mount();
    await typeIn('set-retentionDays', '0,5');
    await save();
    expect(sent).toHaveLength(0);
    expect(root.querySelector('#set-retentionDays-error')!.textContent).toBe('Entrez un nombre entier de jours, entre 1 et 3 650.');
    expect(root.querySelector<HTMLInputElement>('#set-retentionDays')!.value).toBe('0,5');
  });

  it('the local server tier asks for localhost access in the click; a refusal goes back to the previous tier', async () => {
    const granted = await mount();
    await act(() => root.querySelector<HTMLInputElement>('input[value="openai-compatible"]')!.click());
    await flush();
    expect(granted.asked).toEqual([['http://127.0.0.1/*', 'http://localhost/*']]);
    expect(root.querySelector<HTMLInputElement>('#set-aiEndpoint')!.value).toBe('http://localhost:11434/v1');
    await typeIn('set-aiEndpoint', 'https://api.example.com/v1');
    await save();
    expect(root.querySelector('#set-aiEndpoint-error')!.textContent).toMatch(/localhost/);
    expect(root.querySelector('#set-aiModel-error')!.textContent).toBe('Entrez le nom du modèle.');
    expect(granted.sent).toHaveLength(0);
    await typeIn('set-aiEndpoint', 'http://127.0.0.1:1234/v1');
    await typeIn('set-aiModel', 'llama3.2');
    await save();
    expect((granted.sent[0] as { settings: object }).settings).toMatchObject({ aiProvider: 'openai-compatible', aiEndpoint: 'http://127.0.0.1:1234/v1', aiModel: 'llama3.2' });

    render(null, root);
    await mount([], false);
    await act(() => root.querySelector<HTMLInputElement>('input[value="openai-compatible"]')!.click());
    await flush();
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/Accès à localhost refusé/);
    expect(root.querySelector<HTMLInputElement>('input[value="none"]')!.checked).toBe(true);
    expect(root.querySelector('#set-aiEndpoint')).toBeNull();
  });

  it('storage full keeps the choices and offers the export', async () => {
    await mount([{ ok: false, error: 'storage-full' }]);
    await typeIn('set-retentionDays', '30');
    await save();
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(/L’espace de stockage est plein/);
    expect(root.querySelector('[role="status"] a')!.getAttribute('href')).toBe('#data');
    expect(root.querySelector<HTMLInputElement>('#set-retentionDays')!.value).toBe('30');
  });
});
