import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { defaultPack } from '../../lib/guidelines';
import { settingsSchema } from '../../lib/store/schemas/settings';
import { launchWithExtension, openExtensionPage, routeFile, sendFromPage, type Launched } from './harness';

const BRAND = 'demo-cafe-boreal';

describe('the brand lint in a real Chromium', () => {
  let ext: Launched;
  let x: Page;
  const badge = () => x.locator('cocktail-lint button.badge');
  const count = async () => Number(await badge().textContent());
  /** The count once checking has caught up with the typing: the same figure twice, half a second apart. */
  const settledCount = async () => {
    let last = -1;
    for (let i = 0; i < 20; i++) {
      const now = await count();
      if (now === last) return now;
      last = now;
      await x.waitForTimeout(500);
    }
    return last;
  };

  beforeAll(async () => {
    ext = await launchWithExtension();
    await routeFile(ext.context, /^https:\/\/x\.com\//, 'demo/pages/x-status.html');
    const setup = await openExtensionPage(ext, 'popup.html');
    expect(await sendFromPage(setup, { type: 'demo.seed' })).toMatchObject({ ok: true });
    // The Québec French starting pack: "vous", OQLF terms (e-mail -> courriel).
    const record = { id: `${BRAND}-rules`, brandId: BRAND, pack: 'fr-CA', rules: defaultPack('fr-CA'), updatedAt: new Date().toISOString() };
    expect(await sendFromPage(setup, { type: 'rules.save', rules: record })).toMatchObject({ ok: true });
    await setup.close();
    x = await ext.context.newPage();
    await x.goto('https://x.com/cafeboreal/status/1850000000000000001');
  });
  afterAll(async () => ext?.close());

  it('counts the problems of a draft typed in the reply box and fixes one in the box', async () => {
    const box = x.getByTestId('tweetTextarea_0');
    await box.click();
    await x.keyboard.type('Merci Julie, ton e-mail est bien arrivé et on te répond demain.');
    await expect.poll(() => badge().count(), { timeout: 10_000 }).toBe(1);
    const before = await settledCount();
    expect(before).toBeGreaterThanOrEqual(2);

    await badge().click();
    const panel = x.locator('cocktail-lint [role="dialog"]');
    await expect.poll(() => panel.textContent()).toMatch(/courriel/);
    await expect.poll(() => panel.textContent()).toMatch(/Tutoiement/);
    const fix = panel.getByRole('button', { name: /Corriger en « courriel »/ });
    await fix.click();

    await expect.poll(() => box.textContent(), { timeout: 5000 }).toContain('ton courriel est bien arrivé');
    expect(await box.textContent()).not.toContain('e-mail');
    await expect.poll(count, { timeout: 5000 }).toBe(before - 1);
    await expect.poll(() => panel.locator('[role="status"]').textContent()).toBe('Corrigé.');
  });

  it('keeps the badge off the page in side-panel mode', async () => {
    const page = await openExtensionPage(ext, 'popup.html');
    const settings = (mode: 'chips' | 'sidepanel') => settingsSchema.parse({ id: 'settings', activeBrandId: BRAND, onPageMode: { linkedin: 'sidepanel', x: mode } });
    expect(await sendFromPage(page, { type: 'settings.save', settings: settings('sidepanel') })).toMatchObject({ ok: true });
    await expect.poll(() => badge().count(), { timeout: 5000 }).toBe(0);
    await x.getByTestId('tweetTextarea_0').click();
    await x.keyboard.type(' Merci!!');
    await x.waitForTimeout(600);
    expect(await badge().count()).toBe(0);
    expect(await sendFromPage(page, { type: 'settings.save', settings: settings('chips') })).toMatchObject({ ok: true });
    await expect.poll(() => badge().count(), { timeout: 5000 }).toBe(1);
    await page.close();
  });

  it('checks a pasted draft in the popup, with a fix', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    const area = popup.getByLabel('Texte à vérifier');
    await area.fill('Voici notre nouvelle infolettre par e-mail.');
    const list = popup.getByRole('list', { name: 'Problèmes de ton' });
    await expect.poll(() => list.textContent(), { timeout: 5000 }).toMatch(/courriel/);
    await list.getByRole('button', { name: /Corriger en « courriel »/ }).click();
    await expect.poll(() => area.inputValue()).toBe('Voici notre nouvelle infolettre par courriel.');
    await popup.close();
  });

  it('a banned term saved in the dashboard reaches the open X page without a reload', async () => {
    const box = x.getByTestId('tweetTextarea_0');
    await box.click();
    await x.keyboard.press('End');
    await x.keyboard.type(' Essayez notre croissant.');
    const before = await settledCount();
    if (!(await x.locator('cocktail-lint [role="dialog"]').count())) await badge().click();
    const panel = x.locator('cocktail-lint [role="dialog"]');
    await expect.poll(() => panel.count()).toBe(1);
    expect(await panel.textContent()).not.toMatch(/croissant/);

    const dash = await openExtensionPage(ext, 'dashboard.html#rules');
    await dash.getByRole('button', { name: 'Ajouter un terme' }).click();
    const kinds = dash.getByLabel('Type', { exact: true });
    await kinds.last().selectOption('banned');
    await dash.getByLabel('Terme', { exact: true }).last().fill('croissant');
    await dash.getByLabel('Raison', { exact: true }).last().fill('produit discontinué');
    await dash.getByRole('button', { name: 'Enregistrer les règles' }).click();
    await expect.poll(() => dash.getByRole('status').filter({ hasText: 'Règles enregistrées' }).count(), { timeout: 5000 }).toBe(1);

    // No typing on the X page: the profile version change alone re-checks the draft.
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toMatch(/« croissant » est proscrit : produit discontinué/);
    expect(await count()).toBe(before + 1);
    await dash.close();
  });

  it('made no network request', () => {
    expect(ext.requests.filter((u) => !/^https:\/\/x\.com\//.test(u))).toEqual([]);
  });
});
