import type { Brand } from '../../../lib/store/schemas/brand';
import type { CalendarPost } from '../../../lib/store/schemas/post';
import type { EngagementItem } from '../../../lib/store/schemas/engagement';
import type { ReplyTemplate } from '../../../lib/store/schemas/template';
import type { Settings } from '../../../lib/store/schemas/settings';
import type { ToneRulesRecord } from '../../../lib/store/schemas/tone-rules';
import { brandSchema } from '../../../lib/store/schemas/brand';
import { calendarPostSchema } from '../../../lib/store/schemas/post';
import { engagementItemSchema } from '../../../lib/store/schemas/engagement';
import { replyTemplateSchema } from '../../../lib/store/schemas/template';
import { defaultSettings } from '../../../lib/store/schemas/settings';
import { toneRulesSchema } from '../../../lib/store/schemas/tone-rules';
import type { KitData } from '../../../lib/store/backup/format';

const T = '2026-03-01T12:00:00.000Z';

export const brand = (id: string, over: Partial<Brand> = {}): Brand =>
  brandSchema.parse({
    id,
    name: `Café ${id}`,
    mission: 'Servir le meilleur café du quartier',
    values: [{ name: 'Accueil', howItShows: 'On répond à tout le monde' }],
    keywords: ['café', 'quartier'],
    handles: { x: ['@cafe'] },
    createdAt: T,
    updatedAt: T,
    ...over,
  });

export const rules = (id: string, brandId: string, over: Partial<ToneRulesRecord> = {}): ToneRulesRecord =>
  toneRulesSchema.parse({ id, brandId, pack: 'fr-CA', rules: { formality: { value: 'vous' }, terms: [{ id: 'cheap', kind: 'banned', term: 'pas cher' }] }, updatedAt: T, ...over });

export const template = (id: string, brandId: string, over: Partial<ReplyTemplate> = {}): ReplyTemplate =>
  replyTemplateSchema.parse({ id, brandId, title: `Merci ${id}`, intents: ['praise'], language: 'fr', text: 'Merci {author}!', updatedAt: T, ...over });

export const post = (id: string, brandId: string, over: Partial<CalendarPost> = {}): CalendarPost =>
  calendarPostSchema.parse({ id, brandId, date: '2026-03-02T14:00:00.000Z', text: `Publication ${id}`, platforms: ['x'], updatedAt: T, ...over });

export const item = (id: string, over: Partial<EngagementItem> = {}): EngagementItem =>
  engagementItemSchema.parse({
    id: `x:${id}`, platform: 'x', nativeId: id, kind: 'comment', author: { name: 'Alex' }, text: `Bonjour ${id}`,
    firstSeenAt: T, lastSeenAt: T, open: 1, ...over,
  });

export const settings = (over: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), ...over });

export const pngBlob = (seed = 1) => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, seed, 0, 255, 128])], { type: 'image/png' });

/** Two brands with a bit of everything, one post with an image. */
export function sampleKit(): Required<KitData> {
  return {
    brands: [brand('b1'), brand('b2', { name: 'Boulangerie <script>alert(1)</script>' })],
    toneRules: [rules('r1', 'b1'), rules('r2', 'b2', { pack: 'en' })],
    templates: [template('t1', 'b1'), template('t2', 'b2'), template('t3', 'b1', { intents: ['question'] })],
    posts: [post('p1', 'b1', { visual: { blob: pngBlob(), alt: 'Une tasse' } }), post('p2', 'b2')],
    engagement: [item('1'), item('2', { state: 'replied', open: 0 })],
    settings: [settings({ uiLanguage: 'fr', activeBrandId: 'b1' })],
  };
}
