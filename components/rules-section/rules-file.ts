import { validateRules, type RuleError, type ToneRules } from '../../lib/guidelines';
import type { ToneRulesRecord } from '../../lib/store/schemas/tone-rules';

export const MAX_RULES_FILE_MB = 2;

export type RulesFileResult =
  | { ok: true; rules: ToneRules }
  | { ok: false; code: 'too-big' }
  | { ok: false; code: 'not-json'; detail: string }
  | { ok: false; code: 'invalid'; errors: RuleError[] };

/**
 * Reads a rules file in the shape `npm run lint-text -- --rules` reads: the exported record {id, brandId, pack, rules,
 * updatedAt}, or bare rules. Everything is validated before use; nothing is applied from a file that fails.
 */
export function parseRulesFile(text: string): RulesFileResult {
  if (text.length > MAX_RULES_FILE_MB * 1024 * 1024) return { ok: false, code: 'too-big' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, code: 'not-json', detail: err instanceof Error ? err.message.slice(0, 200) : 'JSON' };
  }
  const rules = json && typeof json === 'object' && 'rules' in json && 'brandId' in json ? (json as { rules: unknown }).rules : json;
  const v = validateRules(rules);
  return v.ok ? { ok: true, rules: v.rules } : { ok: false, code: 'invalid', errors: v.errors };
}

/** The exported file: the stored record with the rules on screen, pretty-printed. */
export function rulesFileText(record: ToneRulesRecord, rules: ToneRules): string {
  return `${JSON.stringify({ ...record, rules }, null, 2)}\n`;
}

export const rulesFileName = (brandName: string) =>
  `${brandName.normalize('NFD').replace(/\p{M}/gu, '').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'marque'}-regles-de-ton.json`;
