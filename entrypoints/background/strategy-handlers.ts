import type { Handlers } from './router';
import type { BackgroundDeps } from './handlers';
import { getSettings } from '../../lib/store/brands';
import { settingsSchema } from '../../lib/store/schemas/settings';
import { toneRulesSchema } from '../../lib/store/schemas/tone-rules';
import { startingBrand, startSchema } from '../../lib/strategy/starting-points';
import { defaultPack } from '../../lib/guidelines';

/**
 * The guided setup's one write: the brand from its starting point, its tone rules from the default pack of its
 * language, and the brand made active, in one transaction (all or nothing). Reply templates come from lib/suggest's
 * default library, so none are copied.
 */
export function strategyHandlers(deps: BackgroundDeps): Handlers {
  return {
    'brand.createFromStart': async (msg) => {
      const start = startSchema.parse(msg.start);
      const now = deps.now?.() ?? new Date();
      const brand = startingBrand(start, now, `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 6)}`);
      const rules = toneRulesSchema.parse({
        id: `${brand.id}-rules`,
        brandId: brand.id,
        pack: start.locale,
        rules: defaultPack(start.locale),
        updatedAt: now.toISOString(),
      });
      const db = await deps.db();
      const settings = settingsSchema.parse({ ...(await getSettings(db)), activeBrandId: brand.id });
      const tx = db.transaction(['brands', 'toneRules', 'settings'], 'readwrite');
      tx.done.catch(() => {}); // the failing put below is the error reported
      try {
        const puts = [tx.objectStore('brands').put(brand), tx.objectStore('toneRules').put(rules), tx.objectStore('settings').put(settings)];
        for (const p of puts) p.catch(() => {}); // the others reject too once aborted
        await Promise.all(puts);
        await tx.done;
      } catch (err) {
        try {
          tx.abort(); // all or nothing: no brand without its rules
        } catch {
          // already aborted by the browser
        }
        throw err;
      }
      await deps.bumpProfile();
      return { brandId: brand.id };
    },
  };
}
