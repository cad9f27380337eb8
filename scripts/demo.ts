// npm run demo [-- --headless --shots DIR]: builds the extension, opens Chromium on the demo pages with the sample brand.
import { execSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, openExtensionPage, routeFile, sendFromPage } from '../test/e2e/harness';
import { DEMO_PAGES } from '../demo/pages';
import { ensureChromium } from './ensure-chromium.mjs';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotsAt = args.indexOf('--shots');
const shots = shotsAt >= 0 ? args[shotsAt + 1] : undefined;
const lang = args.includes('--en') ? 'en-CA' : 'fr-CA';

if (!ensureChromium()) process.exit(1);
if (!headless && !process.env.DISPLAY) {
  // No display: run the same command under a virtual one when xvfb-run exists, else say what to do.
  const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
  if (!hasXvfb) {
    console.error('No display found. Run `npm run demo -- --headless --shots shots` or install xvfb (apt-get install xvfb).');
    process.exit(1);
  }
}
if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });

const ext = await launchWithExtension({ headless, locale: lang });
for (const p of DEMO_PAGES) await routeFile(ext.context, new RegExp(`^${p.url.replace(/[.?*+^$()[\]{}|/\\]/g, '\\$&')}`), p.file);
const setup = await openExtensionPage(ext, 'popup.html');
await sendFromPage(setup, { type: 'demo.seed' });
await setup.close();

if (shots) mkdirSync(shots, { recursive: true });
for (const p of DEMO_PAGES) {
  const page = await ext.context.newPage();
  await page.goto(p.url);
  await page.waitForTimeout(2500);
  if (shots) await page.screenshot({ path: `${shots}/${p.name}.png`, fullPage: true });
  if (headless) await page.close();
}
for (const [name, path, width] of [['popup', 'popup.html', 400], ['sidepanel', 'sidepanel.html', 420], ['dashboard', 'dashboard.html', 1200]] as const) {
  const page = await openExtensionPage(ext, path);
  await page.setViewportSize({ width, height: 800 });
  await page.waitForTimeout(800);
  if (shots) await page.screenshot({ path: `${shots}/${name}-${lang.slice(0, 2)}.png`, fullPage: true });
  if (headless) await page.close();
}
if (headless) {
  await ext.close();
  console.log(shots ? `Screenshots written to ${shots}/` : 'Demo ran headless.');
} else {
  console.log('Chromium is open on the demo pages. Close the window to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}
