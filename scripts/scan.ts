/**
 * Runs the matching adapter on a saved page, as if the browser were at --url:
 *   npm run scan -- --url <page URL> --html <file> [--brand-handles a,b] [--keywords k1,k2]
 * Prints one JSON line per item, then one line with the counts per kind and the health verdict.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { compileMentions, markMention } from '../lib/platforms/mention';
import { adapterForUrl } from '../lib/platforms/registry';
import type { RawItem } from '../lib/platforms/types';

export interface ScanOptions {
  url: string;
  html: string;
  brandHandles?: string[];
  keywords?: string[];
}

export interface ScanResult {
  lines: string[];
  exitCode: number;
}

/** The scan itself, separate from argv and stdout so tests can call it. */
export function scan({ url, html, brandHandles = [], keywords = [] }: ScanOptions): ScanResult {
  if (!URL.canParse(url)) return { lines: [JSON.stringify({ error: `not a page address: ${url}` })], exitCode: 2 };
  const doc = new JSDOM(html, { url }).window.document;
  const adapter = adapterForUrl(url, doc);
  if (!adapter) return { lines: [JSON.stringify({ error: `no adapter for ${url}` })], exitCode: 2 };
  const ctx = { brandHandles };
  const match = compileMentions({ handles: brandHandles, keywords });
  const items: RawItem[] = [];
  for (const el of adapter.findItems(doc)) {
    const item = adapter.readItem(el, ctx);
    if (item) items.push(markMention(item, match, brandHandles));
  }
  const lines = items.map((i) =>
    JSON.stringify({
      platform: i.platform,
      kind: i.kind,
      nativeId: i.nativeId,
      author: { name: i.author.name, handle: i.author.handle },
      text: i.text,
      postedAt: i.postedAt,
      permalink: i.permalink,
      parentId: i.parentId,
      ...(match(i.text).length ? { mentions: match(i.text) } : {}),
    }),
  );
  const counts: Record<string, number> = {};
  for (const i of items) counts[i.kind] = (counts[i.kind] ?? 0) + 1;
  const health = adapter.health(doc, new URL(url), ctx);
  lines.push(JSON.stringify({ counts, health: health.ok ? 'ok' : 'needs attention', pageKind: health.pageKind, problems: health.problems }));
  return { lines, exitCode: 0 };
}

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    out[m[1]] = m[2] ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : '');
  }
  return out;
}

const list = (v: string | undefined): string[] => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (!args.url || !args.html) {
    console.error('usage: npm run scan -- --url <page URL> --html <file> [--brand-handles a,b] [--keywords k1,k2]');
    process.exit(2);
  }
  let html: string;
  try {
    html = readFileSync(args.html, 'utf8');
  } catch (err) {
    console.log(JSON.stringify({ error: `cannot read ${args.html}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }));
    process.exitCode = 2;
    return;
  }
  const result = scan({ url: args.url, html, brandHandles: list(args['brand-handles']), keywords: list(args.keywords) });
  for (const line of result.lines) console.log(line);
  process.exitCode = result.exitCode;
}

if (process.argv[1]?.endsWith('scan.ts')) main();
