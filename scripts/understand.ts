// npm run understand -- --csv <file> --column <name> [--suggest --brand <brand.json>] [--platform x]
// One JSON line per row (language, intent, sentiment, priority[, suggestions]), then a count line.
import { readFileSync } from 'node:fs';
import { PLATFORMS, type Platform } from '../lib/platforms/types';
import { suggest, type SuggestProfile } from '../lib/suggest';
import { understand } from '../lib/understand';
import { parseCsv } from '../test/eval/csv';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const fail = (msg: string): never => {
  console.error(`understand: ${msg}`);
  process.exit(2);
};

const file = arg('csv') ?? fail('usage: --csv <file> --column <name> [--suggest --brand <brand.json>] [--platform <platform>]');
const column = arg('column') ?? fail('--column <name> is required');
const platform = (arg('platform') ?? 'facebook') as Platform;
if (!PLATFORMS.includes(platform)) fail(`unknown platform "${platform}" (one of ${PLATFORMS.join(', ')})`);
const withSuggestions = process.argv.includes('--suggest');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (err) {
  fail(`cannot read ${file}: ${(err as Error).message}`);
}
const rows = parseCsv(text!);
if (rows.length && !(column in rows[0])) fail(`no column "${column}"; columns: ${Object.keys(rows[0]).join(', ')}`);

let profile: SuggestProfile | null = null;
let brandNames: string[] = [];
if (withSuggestions) {
  const brandFile = arg('brand') ?? fail('--suggest needs --brand <brand.json>');
  let brand: Record<string, unknown>;
  try {
    brand = JSON.parse(readFileSync(brandFile, 'utf8'));
  } catch (err) {
    fail(`cannot read brand ${brandFile}: ${(err as Error).message}`);
  }
  const name = typeof brand!.name === 'string' ? brand!.name : fail('brand.json needs a "name"');
  profile = {
    brandName: name,
    agent: typeof brand!.agent === 'string' ? brand!.agent : undefined,
    product: typeof brand!.product === 'string' ? brand!.product : undefined,
    locale: brand!.locale === 'en' || brand!.locale === 'fr-FR' ? brand!.locale : 'fr-CA',
    formality: brand!.formality === 'tu' || brand!.formality === 'vous' ? brand!.formality : 'either',
  };
  const handles = Object.values((brand!.handles as Record<string, string[]>) ?? {}).flat();
  brandNames = [name, ...handles, ...((brand!.keywords as string[]) ?? [])].filter((s) => typeof s === 'string');
}

const counts: Record<string, number> = {};
for (const row of rows) {
  const value = row[column] ?? '';
  const u = understand(value, { brandNames });
  counts[u.intent] = (counts[u.intent] ?? 0) + 1;
  const out: Record<string, unknown> = { language: u.language, intent: u.intent, sentiment: u.sentiment, priority: u.priority };
  if (profile) {
    out.suggestions = suggest({ platform, kind: 'comment', author: { name: '' }, text: value }, u, profile).map((s) => ({
      text: s.text,
      errors: s.errors,
      warnings: s.warnings,
    }));
  }
  console.log(JSON.stringify(out));
}
console.log(`${rows.length} rows: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}`);
