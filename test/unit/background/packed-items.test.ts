// A page's batch of items crosses the message channel as one JSON string; the background reads it as the items.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../lib/messages';

const item = (n: number) => ({ platform: 'x', nativeId: String(n), kind: 'comment', author: { name: `P${n}`, handle: `p${n}` }, text: `Ouvert samedi? ${n}` });

describe('items.seen with a packed batch', () => {
  it('reads the same items from a JSON string as from the array', () => {
    const items = [item(1), item(2)];
    expect(parseMessage('content', { type: 'items.seen', items: JSON.stringify(items) })).toEqual(parseMessage('content', { type: 'items.seen', items }));
    expect(parseMessage('content', { type: 'items.seen', items: JSON.stringify(items) })).toMatchObject({ items: [{ nativeId: '1' }, { nativeId: '2' }] });
  });

  it('refuses a string that is not JSON, a packed item that breaks the schema, and more than 500 items', () => {
    expect(parseMessage('content', { type: 'items.seen', items: '[{"platform":' })).toEqual({ error: 'invalid' });
    expect(parseMessage('content', { type: 'items.seen', items: JSON.stringify([{ ...item(1), kind: 'like' }]) })).toEqual({ error: 'invalid' });
    expect(parseMessage('content', { type: 'items.seen', items: JSON.stringify({ __proto__: { polluted: true } }) })).toEqual({ error: 'invalid' });
    expect(parseMessage('content', { type: 'items.seen', items: JSON.stringify(Array.from({ length: 501 }, (_, i) => item(i))) })).toEqual({ error: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
