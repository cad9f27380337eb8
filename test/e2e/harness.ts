import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(process.env.EXTENSION_DIR ?? `${process.env.COCKTAIL_OUT ?? '.output'}/chrome-mv3`);

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  /** Every http(s) request that reached the network layer: must stay empty while no AI tier is on. */
  requests: string[];
  close(): Promise<void>;
}

/** Debian's Chromium with the built extension, a fresh profile inside the project, no network at all. */
/** `dir`: another build to load (two builds compared in one run); EXTENSION_DIR by default. */
export async function launchWithExtension(opts: { headless?: boolean; locale?: string; dir?: string } = {}): Promise<Launched> {
  const dir = opts.dir ?? EXTENSION_DIR;
  if (!existsSync(`${dir}/manifest.json`)) throw new Error('Build first: npx wxt build (no .output/chrome-mv3)');
  mkdirSync('.cache/e2e', { recursive: true });
  const profile = mkdtempSync(resolve('.cache/e2e/profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    locale: opts.locale ?? 'fr-CA',
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${opts.locale ?? 'fr-CA'}`,
    ],
  });
  const requests: string[] = [];
  // Unrouted http(s) is refused and recorded; extension files (chrome-extension://) are never touched.
  await context.route(/^https?:\/\//, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, requests, close: () => context.close() };
}

/** Serves a local file for every URL matching `pattern`, as the platform would. */
export async function routeFile(context: BrowserContext, pattern: string | RegExp, file: string) {
  const body = readFileSync(file);
  await context.route(pattern, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** Serves platform assets requested by a saved page (images, scripts) as empty responses, not network. */
export async function routeEmpty(context: BrowserContext, pattern: string | RegExp) {
  await context.route(pattern, (route) => route.fulfill({ status: 204, body: '' }));
}

export async function openExtensionPage(launched: Launched, path: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(`chrome-extension://${launched.extensionId}/${path}`);
  return page;
}

/** Sends a message from an extension page, as the popup or dashboard would. */
export async function sendFromPage(page: Page, msg: unknown) {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
    msg as never,
  );
}

export const chromiumMissing = !existsSync(CHROMIUM);
