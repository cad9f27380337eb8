// npm run lint-text -- --rules <rules.json> --platform <p> --kind <reply|post> [--language fr|en] [--author "Name"]
// Reads the draft on stdin; prints one JSON line per problem, then {"count": N}. Bad arguments or rules: exit 2.
import { readFileSync } from 'node:fs';
import { compileRules, lint, problemMessage, validateRules } from '../lib/guidelines';
import { PLATFORMS, type Platform } from '../lib/platforms/types';

function fail(message: string): never {
  process.stderr.write(`lint-text: ${message}\n`);
  process.exit(2);
}

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) fail(`unexpected argument "${a}"`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) fail(`${a} needs a value`);
    out[a.slice(2)] = value;
    i++;
  }
  return out;
}

function loadRules(path: string) {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    fail(`cannot read rules file ${path}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    fail(`rules file ${path} is not JSON: ${(err as Error).message}`);
  }
  // The dashboard exports the stored record {id, brandId, pack, rules, updatedAt}; bare rules are accepted too.
  const rules = json && typeof json === 'object' && 'rules' in json && 'brandId' in json ? (json as { rules: unknown }).rules : json;
  const v = validateRules(rules);
  if (!v.ok) fail(`invalid rules in ${path}:\n${v.errors.map((e) => `  ${e.path || '(root)'}: ${e.en}`).join('\n')}`);
  return v.rules;
}

const a = args(process.argv.slice(2));
if (!a.rules) fail('--rules <file.json> is required');
const platform = a.platform as Platform;
if (!PLATFORMS.includes(platform)) fail(`--platform must be one of ${PLATFORMS.join(', ')}`);
if (a.kind !== 'reply' && a.kind !== 'post') fail('--kind must be reply or post');
if (a.language !== undefined && a.language !== 'fr' && a.language !== 'en') fail('--language must be fr or en');
const uiLang = a.lang === 'fr' ? 'fr' : 'en';

const compiled = compileRules(loadRules(a.rules));
const text = readFileSync(0, 'utf8').replace(/\r?\n$/, '');
const problems = lint(text, { platform, kind: a.kind, language: a.language as 'fr' | 'en' | undefined, authorName: a.author }, compiled);
for (const p of problems) {
  process.stdout.write(`${JSON.stringify({ ...p, text: text.slice(p.start, p.end), message: problemMessage(p, uiLang) })}\n`);
}
process.stdout.write(`${JSON.stringify({ count: problems.length })}\n`);
