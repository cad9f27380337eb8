// @vitest-environment node
// Node's structured clone keeps a Blob through fake-indexeddb (happy-dom's Blob does not survive it).
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { importPosts, postsBetween, savePostsKeepingLedger } from '../../../lib/store/posts';
import { post } from '../calendar/helpers';

describe('a post with an image stored as a blob', () => {
  it('survives a save from a page: the message turned the Blob into {}, the stored image stays', async () => {
    const db = await openDb({ name: `visual-blob-${Date.now()}` });
    const blob = new Blob(['png'], { type: 'image/png' });
    await importPosts(db, [post({ id: 'v', date: '2026-03-10T15:00:00.000Z', visual: { blob, alt: 'Une tasse' } })]);
    const fromMessage = JSON.parse(JSON.stringify({ ...post({ id: 'v', date: '2026-03-10T16:00:00.000Z' }), visual: { blob, alt: 'Une tasse fumante' } }));
    expect(fromMessage.visual.blob).toEqual({});
    await savePostsKeepingLedger(db, [fromMessage]);
    const [stored] = (await postsBetween(db, 'b1', '0000', '9999')).valid;
    expect(stored.visual?.alt).toBe('Une tasse fumante');
    expect(stored.visual?.blob).toBeInstanceOf(Blob);
    expect(await stored.visual!.blob!.text()).toBe('png');
    db.close();
  });
});
