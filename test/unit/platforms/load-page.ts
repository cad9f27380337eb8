/** Loads a saved page into jsdom as if the browser were at `url` (selector tests and the scan CLI share this). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Adapter, RawItem, ReadContext } from '../../../lib/platforms/types';

export const OWN_FIXTURES = resolve(__dirname, '../../fixtures/platforms');
export const SHARED_FIXTURES = resolve(__dirname, '../../../../shared/fixtures/platforms');

export function ownFixture(relative: string): string {
  return resolve(OWN_FIXTURES, relative);
}

export function sharedFixture(relative: string): string {
  return resolve(SHARED_FIXTURES, relative);
}

export const hasShared = (relative: string): boolean => existsSync(sharedFixture(relative));

export function loadPage(path: string, url: string): Document {
  return new JSDOM(readFileSync(path, 'utf8'), { url }).window.document;
}

export function loadHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

export function readAll(adapter: Adapter, doc: Document, ctx?: ReadContext): RawItem[] {
  return adapter
    .findItems(doc)
    .map((el) => adapter.readItem(el, ctx))
    .filter((i): i is RawItem => i !== null);
}

export function kinds(items: RawItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i.kind] = (out[i.kind] ?? 0) + 1;
  return out;
}

/** The item read with this native id (the test fails on its fields when there is none). */
export const byId = (items: RawItem[], id: string): RawItem => items.find((i) => i.nativeId === id)!;
