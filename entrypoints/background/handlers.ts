import type { Db } from '../../lib/store/db';
import type { Handlers } from './router';
import { activeBrand, deleteBrand, getSettings, putBrand, putSettings } from '../../lib/store/brands';
import { deleteTemplate, putTemplate, putToneRules } from '../../lib/store/library';
import { countUrgent, getItem, putItem } from '../../lib/store/engagement';
import { deletePost, putPosts } from '../../lib/store/posts';
import { resolveQuarantined } from '../../lib/store/quarantine';
import { brandSchema } from '../../lib/store/schemas/brand';
import { settingsSchema } from '../../lib/store/schemas/settings';
import { replyTemplateSchema } from '../../lib/store/schemas/template';
import { toneRulesSchema } from '../../lib/store/schemas/tone-rules';
import { calendarPostSchema } from '../../lib/store/schemas/post';
import { setState } from '../../lib/engagement/state';
import { loadProfile } from './profile';
import { recordSightings } from './sightings';
import { seedDemo } from '../../lib/store/demo';
import { strategyHandlers } from './strategy-handlers';
import { makeAssistantHandlers } from './assistant-handlers';
import { lintHandlers } from '../../lib/page/lint-handler';
import { calendarHandlers } from './calendar-handlers';
import { dataHandlers } from './data-handlers';
import { engagementHandlers } from './engagement-handlers';
import { platformHandlers } from './platform-handlers';

/** Small key-value areas the background needs besides IndexedDB (storage.session and storage.local). */
export interface BackgroundDeps {
  db: () => Promise<Db>;
  session: { get(key: string): Promise<unknown>; set(key: string, value: unknown): Promise<void> };
  /** Tells content scripts and pages that the brand profile changed. */
  bumpProfile: () => Promise<void>;
  setBadge: (count: number) => Promise<void>;
  now?: () => Date;
}

export function makeHandlers(deps: BackgroundDeps): Handlers {
  const now = () => deps.now?.() ?? new Date();
  const refreshBadge = async (db: Db) => deps.setBadge(await countUrgent(db));
  const profileWrite = async <T>(write: (db: Db) => Promise<T>) => {
    const result = await write(await deps.db());
    await deps.bumpProfile();
    return result;
  };

  return {
    'items.seen': async (msg) => {
      const db = await deps.db();
      const result = await recordSightings(db, msg.items, await activeBrand(db), now());
      await refreshBadge(db);
      return result;
    },
    'profile.get': async () => loadProfile(await deps.db()),
    'health.report': async (msg, from) => {
      await deps.session.set(`health:${from.tabId ?? 'page'}`, { url: msg.url, health: msg.health, at: now().toISOString() });
      return true;
    },
    'item.opened': async (msg, from) => {
      await deps.session.set('lastOpened', { item: msg.item, tabId: from.tabId, at: now().toISOString() });
      return true;
    },
    'item.setState': async (msg) => {
      const db = await deps.db();
      const [item] = (await getItem(db, msg.id)).valid;
      if (!item) return false;
      await putItem(db, setState(item, msg.state, now()));
      await refreshBadge(db);
      return true;
    },
    'brand.save': (msg) => profileWrite((db) => putBrand(db, brandSchema.parse(msg.brand))),
    'brand.activate': (msg) =>
      profileWrite(async (db) => putSettings(db, { ...(await getSettings(db)), activeBrandId: msg.brandId })),
    'brand.delete': (msg) => profileWrite((db) => deleteBrand(db, msg.brandId)),
    'rules.save': (msg) => profileWrite((db) => putToneRules(db, toneRulesSchema.parse(msg.rules))),
    'templates.save': (msg) => profileWrite((db) => putTemplate(db, replyTemplateSchema.parse(msg.template))),
    'templates.delete': (msg) => profileWrite((db) => deleteTemplate(db, msg.id)),
    'settings.save': (msg) => profileWrite((db) => putSettings(db, settingsSchema.parse(msg.settings))),
    'posts.save': async (msg) => putPosts(await deps.db(), msg.posts.map((p) => calendarPostSchema.parse(p))),
    'posts.delete': async (msg) => deletePost(await deps.db(), msg.id),
    'quarantine.resolve': async (msg) => resolveQuarantined(await deps.db(), msg.qid, msg.repaired),
    'demo.seed': () => profileWrite((db) => seedDemo(db, now())),
    ...strategyHandlers(deps),
    ...makeAssistantHandlers(deps),
    ...lintHandlers(deps),
    ...calendarHandlers(deps),
    ...dataHandlers(deps),
    ...engagementHandlers(deps),
    ...platformHandlers(deps),
  };
}
