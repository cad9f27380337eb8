import { describe, expect, it } from 'vitest';
import { buildPanelModel, checklistOf } from '../../../lib/page/panel-model';
import { checklist } from '../../../lib/engagement/state';
import { understand } from '../../../lib/understand';
import type { RawItem } from '../../../lib/platforms/types';

const item = (over: Partial<RawItem> = {}): RawItem => ({
  platform: 'x', nativeId: '1', kind: 'comment', author: { name: 'Julie' }, text: 'Est-ce ouvert samedi?', ...over,
});
const done = (i: RawItem, marked = {}) => Object.fromEntries(checklistOf(i, marked).map((e) => [e.step, e.done]));

describe('the panel model', () => {
  it('ticks the steps the page shows done, per kind (like/answer, like share, like/comment mention)', () => {
    expect(done(item())).toEqual({ like: false, answer: false });
    expect(done(item({ likedByMe: true }))).toEqual({ like: true, answer: false });
    expect(done(item({ repliedByBrand: true }))).toEqual({ like: false, answer: true });
    expect(done(item({ kind: 'share', likedByMe: true }))).toEqual({ like: true });
    expect(done(item({ kind: 'mention' }))).toEqual({ like: false, comment: false });
    expect(done(item({ kind: 'mention', repliedByBrand: true, likedByMe: true }))).toEqual({ like: true, comment: true });
  });
  it('agrees with lib/engagement checklist() for every kind and fact', () => {
    for (const kind of ['comment', 'reply', 'quote', 'mention', 'share'] as const)
      for (const likedByMe of [false, true])
        for (const repliedByBrand of [false, true]) {
          const i = item({ kind, likedByMe, repliedByBrand });
          expect(checklistOf(i)).toEqual(checklist({ kind, likedAt: likedByMe ? 'x' : undefined, answeredAt: repliedByBrand ? 'x' : undefined }));
        }
  });
  it('adds what the person marked, and "new" never undoes what the page shows', () => {
    expect(done(item(), { state: 'liked' })).toEqual({ like: true, answer: false });
    expect(done(item(), { state: 'replied' })).toEqual({ like: false, answer: true });
    expect(done(item({ likedByMe: true, repliedByBrand: true }), { state: 'new' })).toEqual({ like: true, answer: true });
  });
  it('understands the comment and keeps kinds that say more than words', () => {
    const m = buildPanelModel(item(), understand(item().text));
    expect(m.id).toBe('x:1');
    expect(m.understanding.language).toBe('fr');
    expect(m.intent).toBe('question');
    expect(m.suggestions).toBeNull();
    expect(buildPanelModel(item({ kind: 'share', text: 'Super!' }), understand('Super!')).intent).toBe('share');
  });
});
