// @vitest-environment node
// Node's structured clone keeps a Blob through fake-indexeddb (happy-dom's Blob does not survive it).
import { describe, expect, it } from 'vitest';
import { openDb } from '../../../lib/store/db';
import { importPosts, postsBetween, savePostsKeepingLedger } from '../../../lib/store/posts';
import { post } from '../calendar/helpers';
import { withImageAsData } from '../../../components/calendar-section/image-message';

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

  it('a new image chosen on a page travels as a data URL and is stored as a Blob; removing it removes it', async () => {
    const db = await openDb({ name: `visual-new-${Date.now()}` });
    const image = new Blob([new Uint8Array([137, 80, 78, 71, 1, 2, 3])], { type: 'image/png' });
    const page = post({ id: 'n', date: '2026-03-11T15:00:00.000Z', visual: { blob: image, alt: 'Latte' } });
    const message = JSON.parse(JSON.stringify(await withImageAsData(page)));
    expect(message.visual.image).toMatch(/^data:image\/png;base64,/);
    await savePostsKeepingLedger(db, [message]);
    let [stored] = (await postsBetween(db, 'b1', '0000', '9999')).valid;
    expect(stored.visual?.blob?.type).toBe('image/png');
    expect([...new Uint8Array(await stored.visual!.blob!.arrayBuffer())]).toEqual([137, 80, 78, 71, 1, 2, 3]);
    await savePostsKeepingLedger(db, [JSON.parse(JSON.stringify(post({ id: 'n', date: '2026-03-11T15:00:00.000Z', visual: { alt: 'Latte' } })))]);
    [stored] = (await postsBetween(db, 'b1', '0000', '9999')).valid;
    expect(stored.visual?.blob).toBeUndefined();
    db.close();
  });

  it('refuses an image that is not one (HTML as a data URL), and writes nothing', async () => {
    const db = await openDb({ name: `visual-bad-${Date.now()}` });
    const bad = { ...post({ id: 'h', date: '2026-03-12T15:00:00.000Z' }), visual: { alt: '', image: 'data:text/html;base64,PHNjcmlwdD4=' } };
    await expect(savePostsKeepingLedger(db, [bad])).rejects.toThrow();
    expect((await postsBetween(db, 'b1', '0000', '9999')).valid).toHaveLength(0);
    db.close();
  });
});
