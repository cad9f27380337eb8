// npm run demo [-- --headless --shots DIR]: builds the extension, opens Chromium on the demo pages with the sample brand.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, openExtensionPage, routeFile, sendFromPage } from '../test/e2e/harness';
import { DEMO_PAGES } from '../demo/pages';
import { ensureChromium } from './ensure-chromium.mjs';
import { DEMO_BRAND_ID } from '../lib/store/demo';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotsAt = args.indexOf('--shots');
const shots = shotsAt >= 0 ? args[shotsAt + 1] : undefined;
const lang = args.includes('--en') ? 'en-CA' : 'fr-CA';

if (!ensureChromium()) process.exit(1);
if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });

const ext = await launchWithExtension({ headless, locale: lang });
for (const p of DEMO_PAGES) await routeFile(ext.context, new RegExp(`^${p.url.replace(/[.?*+^$()[\]{}|/\\]/g, '\\$&')}`), p.file);
const setup = await openExtensionPage(ext, 'popup.html');
if (shots) {
  // First run, before any brand: the guided setup, in both languages.
  mkdirSync(shots, { recursive: true });
  for (const l of ['fr', 'en'] as const) {
    await sendFromPage(setup, { type: 'settings.save', settings: { id: 'settings', uiLanguage: l } });
    await shoot('dashboard.html', 1200, `${shots}/welcome-${l}.png`);
    await shoot('popup.html', 400, `${shots}/popup-welcome-${l}.png`);
  }
}
await sendFromPage(setup, { type: 'demo.seed' });

/** One extension page at a width, in a colour scheme, full length. */
async function shoot(path: string, width: number, file: string, colorScheme: 'light' | 'dark' = 'light') {
  const page = await openExtensionPage(ext, path);
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width, height: 800 });
  await page.waitForTimeout(900);
  // The whole page in the viewport, so sticky bars sit at the bottom as a user scrolled there would see them.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(Math.max(height, 600), 8000) });
  await page.screenshot({ path: file, fullPage: true });
  await page.close();
}
/** The dashboard's sections, as its navigation lists them. */
async function dashboardSections() {
  const page = await openExtensionPage(ext, 'dashboard.html');
  await page.locator('nav a[href^="#"]').first().waitFor();
  const hashes = await page.$$eval('nav a[href^="#"]', (as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
  await page.close();
  return hashes;
}

for (const p of DEMO_PAGES) {
  const page = await ext.context.newPage();
  await page.goto(p.url);
  await page.waitForTimeout(2500);
  if (shots) await page.screenshot({ path: `${shots}/${p.name}.png`, fullPage: true });
  if (headless) await page.close();
}
if (shots) {
  // Every surface in both languages; the strategy and the popup in the dark theme too.
  for (const l of ['fr', 'en'] as const) {
    await sendFromPage(setup, { type: 'settings.save', settings: { id: 'settings', uiLanguage: l, activeBrandId: DEMO_BRAND_ID } });
    await shoot('popup.html', 400, `${shots}/popup-${l}.png`);
    await shoot('sidepanel.html', 420, `${shots}/sidepanel-${l}.png`);
    for (const section of await dashboardSections()) await shoot(`dashboard.html#${section}`, 1200, `${shots}/dashboard-${section}-${l}.png`);
    await shoot('dashboard.html#strategy', 1200, `${shots}/dashboard-strategy-${l}-dark.png`, 'dark');
    await shoot('popup.html', 400, `${shots}/popup-${l}-dark.png`, 'dark');
  }
  await sendFromPage(setup, { type: 'settings.save', settings: { id: 'settings', uiLanguage: 'auto', activeBrandId: DEMO_BRAND_ID } });
}
await setup.close();
if (!headless) {
  for (const path of ['popup.html', 'sidepanel.html', 'dashboard.html']) await openExtensionPage(ext, path);
}
if (headless) {
  await ext.close();
  console.log(shots ? `Screenshots written to ${shots}/` : 'Demo ran headless.');
} else {
  console.log('Chromium is open on the demo pages. Close the window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}
