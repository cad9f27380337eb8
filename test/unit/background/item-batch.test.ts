// A page's batch of items crosses the message channel as objects; the background checks every item.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/messages';

const item = (n: number) => ({ platform: 'x', nativeId: String(n), kind: 'comment', author: { name: `P${n}`, handle: `p${n}` }, text: `Ouvert samedi? ${n}` });

describe('items.seen batches', () => {
  it('reads up to 500 items', () => {
    const items = Array.from({ length: 500 }, (_, i) => item(i));
    expect(parseMessage('content', { type: 'items.seen', items })).toMatchObject({ items: expect.arrayContaining([expect.objectContaining({ nativeId: '499' })]) });
  });

  it('refuses an item that breaks the schema, more than 500 items, and a batch that is not a list', () => {
    expect(parseMessage('content', { type: 'items.seen', items: [item(1), { ...item(2), kind: 'like' }] })).toEqual({ error: 'invalid' });
    expect(parseMessage('content', { type: 'items.seen', items: Array.from({ length: 501 }, (_, i) => item(i)) })).toEqual({ error: 'invalid' });
    expect(parseMessage('content', { type: 'items.seen', items: JSON.stringify([item(1)]) })).toEqual({ error: 'invalid' });
  });
});
