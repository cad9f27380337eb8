import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, sendFromPage, type Launched } from './harness';
import { PLATFORM_PAGES, type DemoComment, type DemoThread } from '../../demo/pages/render';
import type { Platform } from '../../lib/platforms/types';

/** The brand as each platform's look-alike writes it (lib/store/demo.ts handles). */
const BRAND: Partial<Record<Platform, string>> = { x: 'cafeboreal', youtube: 'cafeboreal', linkedin: 'company:cafe-boreal', reddit: 'cafeboreal' };
/** A second post reached by single-page navigation. */
const NEXT_URL: Partial<Record<Platform, string>> = {
  x: 'https://x.com/cafeboreal/status/1850000000000001001',
  youtube: 'https://www.youtube.com/watch?v=CafeBoreal2',
  linkedin: 'https://www.linkedin.com/feed/update/urn:li:activity:7331234567890999999/',
  reddit: 'https://www.reddit.com/r/quebec/comments/1cafeb2/le_menu_des_fetes/',
};

const at = (m: number) => new Date(Date.UTC(2026, 10, 24, 14, m)).toISOString();
const person = (n: number, name: string, text: string, more: Partial<DemoComment> = {}): DemoComment => ({ n, name, handle: name.toLowerCase().replace(/\W/g, ''), text, at: at(n % 60), ...more });

/**
 * A post by the brand with three comments from others, one answered by the brand, one with a reply from someone else:
 * four answerable items (the post and the brand's own reply get no chip).
 */
function thread(platform: Platform, base: number): DemoThread {
  const brand = BRAND[platform]!;
  return {
    lang: 'fr',
    title: 'Le latte à l’érable',
    post: { n: base + 1, name: 'Café Boréal', handle: brand, text: 'Nouveau : le latte à l’érable 🍁', at: at(0) },
    comments: [
      person(base + 2, 'Julie Tremblay', 'Est-ce que vous l’offrez avec du lait d’avoine?'),
      person(base + 3, 'Sarah Miller', 'My order was cold this morning, disappointed.', {
        replies: [{ n: base + 5, name: 'Café Boréal', handle: brand, text: 'Sorry Sarah, please DM us. M.-È.', at: at(30) }],
      }),
      person(base + 4, 'Tom Becker', 'Gluten-free options at Saint-Roch?', { replies: [person(base + 6, 'Nadia Roy', 'Moi aussi je me demande!')] }),
    ],
  };
}

const chips = (page: Page) => page.locator('cocktail-chip').count();

describe('every tested platform through the whole path in Chromium', () => {
  let ext: Launched;

  beforeAll(async () => {
    ext = await launchWithExtension();
    for (const platform of Object.keys(BRAND) as Platform[]) {
      const { url } = PLATFORM_PAGES[platform];
      const origin = new URL(url).origin;
      const body = PLATFORM_PAGES[platform].page(thread(platform, platform === 'x' ? 0 : 100));
      await ext.context.route(new RegExp(`^${origin.replace(/[.]/g, '\\.')}/`), (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: route.request().url() === url ? body : MUTATED_X }),
      );
    }
    const setup = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(setup, { type: 'demo.seed' })).toMatchObject({ ok: true });
    // LinkedIn is side-panel-only by default: this test turns its chips on, as a user would in the settings.
    const profile = (await sendFromPage(setup, { type: 'profile.get' })) as { data: { brand: { id: string }; settings: { onPageMode: Record<string, string> } } };
    const { brand, settings } = profile.data;
    expect(
      await sendFromPage(setup, { type: 'settings.save', settings: { id: 'settings', ...settings, activeBrandId: brand.id, onPageMode: { ...settings.onPageMode, linkedin: 'chips' } } }),
    ).toMatchObject({ ok: true });
    await setup.close();
  }, 60_000);
  afterAll(async () => ext?.close());

  for (const platform of Object.keys(BRAND) as Platform[]) {
    it(`${platform}: chips on load, on comments loaded by scrolling, and after a single-page navigation`, async () => {
      const pp = PLATFORM_PAGES[platform];
      const page = await ext.context.newPage();
      await page.goto(pp.url);
      await expect.poll(() => chips(page), { timeout: 15_000 }).toBe(4);

      // Scrolling loads more: the platform appends a comment thread (a comment and its reply) to the list.
      const more = pp.comment(person(150, 'Émilie Côté', 'On passe vendredi!', { replies: [person(151, 'Marc Gagnon', 'Moi aussi ☕')] }), thread(platform, 0));
      await page.evaluate((html) => document.querySelector('[data-demo-list]')!.insertAdjacentHTML('beforeend', html), more);
      await expect.poll(() => chips(page), { timeout: 10_000 }).toBe(6);

      // Single-page navigation: the URL changes without a load and the app draws the next post.
      const nextBody = pp.page({ ...thread(platform, 1000), comments: thread(platform, 1000).comments.slice(0, 2) });
      await page.evaluate(
        ({ url, html }) => {
          history.pushState({}, '', url);
          const parsed = new DOMParser().parseFromString(html, 'text/html');
          document.body.replaceWith(document.adoptNode(parsed.body));
        },
        { url: NEXT_URL[platform]!, html: nextBody },
      );
      // Two comments from others (one answered by the brand, whose reply gets none): 2 chips, none of the old page's left.
      await expect.poll(() => chips(page), { timeout: 15_000 }).toBe(2);
      const texts = await page.locator('[data-demo-list]').innerText();
      expect(texts).not.toContain('On passe vendredi');
      await page.close();
    }, 60_000);
  }

  it('a post page whose comment markup changed makes the popup name the platform that needs attention', async () => {
    const page = await ext.context.newPage();
    await page.goto('https://x.com/cafeboreal/status/1850000000000000777');
    await page.waitForTimeout(3500); // the content script reports health 2.5 s after the page is read
    expect(await chips(page)).toBe(0);
    const popup = await openExtensionPage(ext, 'popup.html');
    // The popup reads the health of the active tab: make the X tab active, then draw the popup again.
    await popup.evaluate(async () => {
      type Tabs = { query(q: object): Promise<Array<{ id: number }>>; update(id: number, p: object): Promise<unknown> };
      const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
      // Without the "tabs" permission URLs are hidden: the X page is the tab opened just before this one.
      const all = await tabs.query({ currentWindow: true });
      await tabs.update(all[all.length - 2].id, { active: true });
    });
    await popup.reload();
    const notice = popup.getByTestId('health');
    // The browser is in French: « La détection de x a besoin d’attention : X: the post is on screen but was not detected… »
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toMatch(/^La détection de x a besoin d’attention/);
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toMatch(/X: the post is on screen but was not detected/);
    await popup.close();
    await page.close();
  }, 60_000);

  it('made no network request to any other host', () => {
    expect(ext.requests).toEqual([]);
  });
});

/** The X look-alike after a markup change: every data-testid gone, the replies still on screen. */
const MUTATED_X = PLATFORM_PAGES.x.page(thread('x', 500)).replace(/ data-testid="[^"]*"/g, '');
