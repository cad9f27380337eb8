import { describe, expect, it } from 'vitest';
import { ledgerFromPosts, planReminders, reminderMark } from '../../../lib/calendar/reminders';
import { composerUrl, mastodonInstanceOf, textFor } from '../../../lib/calendar/composer-urls';
import { post } from './helpers';

const T = (h: number) => Date.UTC(2026, 2, 10, h);
const iso = (h: number) => new Date(T(h)).toISOString();

describe('reminder plan', () => {
  const posts = [
    post({ id: 'a', date: iso(9) }),
    post({ id: 'b', date: iso(11) }),
    post({ id: 'c', date: iso(13) }),
    post({ id: 'draft', date: iso(8), status: 'draft' }),
    post({ id: 'done', date: iso(8), status: 'published' }),
  ];

  it('gives the due scheduled posts, oldest first, and the next due time', () => {
    const plan = planReminders(posts, T(12));
    expect(plan.due.map((p) => p.id)).toEqual(['a', 'b']);
    expect(plan.nextDueAt).toBe(T(13));
    expect(planReminders(posts, T(8)).due).toEqual([]);
    expect(planReminders(posts, T(14)).nextDueAt).toBeNull();
  });

  it('never fires a reminder twice for the same slot, whatever the clock does', () => {
    const marked = posts.map((p) => (p.id === 'a' || p.id === 'b' ? { ...p, ...reminderMark(p, T(12)) } : p));
    expect(planReminders(marked, T(12)).due).toEqual([]);
    expect(planReminders(marked, T(2)).due).toEqual([]); // clock back
    expect(planReminders(marked, T(40)).due.map((p) => p.id)).toEqual(['c']); // clock far forward
  });

  it('reminds a moved post again for its new slot', () => {
    const a = { ...posts[0], ...reminderMark(posts[0], T(10)) };
    const moved = { ...a, date: iso(15) };
    expect(planReminders([moved], T(12))).toEqual({ due: [], nextDueAt: T(15) });
    expect(planReminders([moved], T(16)).due).toEqual([moved]);
  });

  it('accepts an external ledger', () => {
    expect(planReminders(posts, T(12), new Map([['a', iso(9)]])).due.map((p) => p.id)).toEqual(['b']);
    expect(ledgerFromPosts([{ ...posts[0], remindedFor: iso(9) }])).toEqual(new Map([['a', iso(9)]]));
  });
});

describe('composer links', () => {
  it('prefills where the platform has an intent URL, and opens the composer elsewhere', () => {
    expect(composerUrl('x', 'Été & co #qc')).toBe('https://x.com/intent/post?text=%C3%89t%C3%A9%20%26%20co%20%23qc');
    expect(composerUrl('bluesky', 'a b')).toBe('https://bsky.app/intent/compose?text=a%20b');
    expect(composerUrl('instagram', 'a')).toBe('https://www.instagram.com/');
    expect(composerUrl('mastodon', 'a', mastodonInstanceOf('@marque@piaille.fr'))).toBe('https://piaille.fr/share?text=a');
    expect(composerUrl('mastodon', 'a', 'evil.com/x?')).toBe('https://mastodon.social/share?text=a');
    for (const p of ['x', 'linkedin', 'facebook', 'instagram', 'youtube', 'tiktok', 'reddit', 'bluesky', 'mastodon', 'threads'] as const) {
      expect(new URL(composerUrl(p, 'x')).protocol).toBe('https:');
    }
  });

  it('uses the platform variant of the text when there is one', () => {
    const p = post({ date: iso(1), text: 'long', variants: { x: 'court', linkedin: '  ' } });
    expect([textFor(p, 'x'), textFor(p, 'linkedin'), textFor(p, 'threads')]).toEqual(['court', 'long', 'long']);
  });
});
