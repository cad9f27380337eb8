// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDb } from '../../../lib/store/db';
import { seedDemo } from '../../../lib/store/demo';
import { getSettings, putSettings } from '../../../lib/store/brands';
import { makeAssistantHandlers } from '../../../entrypoints/background/assistant-handlers';
import type { RawItem } from '../../../lib/platforms/types';

const comment: RawItem = { platform: 'x', nativeId: '7', kind: 'comment', author: { name: 'Julie' }, text: 'Vous ouvrez à quelle heure samedi?' };
let server: Server;
let hits = 0;
let answer = 'Bonjour Julie, nous ouvrons à 7 h le samedi. Au plaisir de vous voir! M.-È.';

beforeAll(async () => {
  server = createServer((req, res) => {
    hits++;
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const sent = JSON.parse(body) as { messages: Array<{ content: string }> };
      expect(sent.messages.some((m) => m.content.includes('Vous ouvrez'))).toBe(true);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { content: JSON.stringify({ replies: [answer] }) } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function handlersWith(ai: 'none' | 'openai-compatible', name: string) {
  const db = await openDb({ name });
  await seedDemo(db, new Date('2026-11-24T12:00:00Z'));
  const port = (server.address() as AddressInfo).port;
  await putSettings(db, { ...(await getSettings(db)), aiProvider: ai, aiEndpoint: `http://127.0.0.1:${port}/v1`, aiModel: 'llama3' });
  const deps = { db: async () => db, session: { get: async () => undefined, set: async () => {} }, bumpProfile: async () => {}, setBadge: async () => {} };
  return makeAssistantHandlers(deps)['item.suggest']!;
}

describe('the local-server AI tier behind item.suggest', () => {
  it('is not called while the tier is off: templates only', async () => {
    const before = hits;
    const suggest = await handlersWith('none', 'ai-off');
    const out = (await suggest({ type: 'item.suggest', item: comment }, { kind: 'content' })) as Array<{ source?: string }>;
    expect(out).toHaveLength(3);
    expect(hits).toBe(before);
    expect(out.every((s) => s.source !== 'ai')).toBe(true);
  });

  it('when on, its linted reply comes first and templates fill the rest', async () => {
    const suggest = await handlersWith('openai-compatible', 'ai-on');
    const out = (await suggest({ type: 'item.suggest', item: comment }, { kind: 'content' })) as Array<{ text: string; source?: string }>;
    expect(out[0]).toMatchObject({ source: 'ai', text: answer });
    expect(out).toHaveLength(3);
  });

  it('a reply that breaks a brand rule (tutoiement for a vous brand, "e-mail") is repaired or dropped, never shown as is', async () => {
    answer = 'Salut Julie, écris-nous par e-mail, tu vas voir!';
    const suggest = await handlersWith('openai-compatible', 'ai-bad');
    const out = (await suggest({ type: 'item.suggest', item: comment }, { kind: 'content' })) as Array<{ text: string }>;
    expect(out.some((s) => s.text === answer)).toBe(false);
    expect(out).toHaveLength(3);
  });
});
