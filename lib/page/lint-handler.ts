import type { Db } from '../store/db';
import type { Handlers } from '../../entrypoints/background/router';
import { activeBrand } from '../store/brands';
import { toneRulesOf } from '../store/library';
import { lintDraft } from './lint-draft';

/**
 * The background side of the on-page lint: content scripts send the draft (debounced, after input), the rules stay
 * compiled here, so lib/guidelines and zod stay out of every platform's content script (40 kB budget).
 */
export function lintHandlers(deps: { db: () => Promise<Db> }): Handlers {
  return {
    'draft.lint': async (msg) => {
      const db = await deps.db();
      const brand = await activeBrand(db);
      const record = brand ? await toneRulesOf(db, brand.id) : undefined;
      return lintDraft({ record, locale: brand?.locale }, msg.text, { platform: msg.platform, kind: msg.kind, authorName: msg.authorName });
    },
  };
}
