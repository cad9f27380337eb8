import { classifySender, parseMessage, type Message, type Reply, type SenderKind, type SenderLike } from '../../lib/messages';

export type Handlers = {
  [T in Message['type']]?: (msg: Extract<Message, { type: T }>, from: { kind: SenderKind; tabId?: number }) => Promise<unknown>;
};

export interface RouterEnv {
  extensionId: string;
  extensionOrigin: string;
  handlers: Handlers;
}

/**
 * Every message goes through here: sender checked, payload parsed for that sender, handler run. It never throws and
 * never rejects: a refusal or a failure is a `{ ok: false, error }` reply.
 */
export async function route(payload: unknown, sender: SenderLike | undefined, env: RouterEnv): Promise<Reply> {
  try {
    const kind = classifySender(sender, env.extensionId, env.extensionOrigin);
    if (!kind) return { ok: false, error: 'unknown-sender' };
    const msg = parseMessage(kind, payload);
    if ('error' in msg) return { ok: false, error: msg.error };
    const handler = env.handlers[msg.type] as ((m: Message, from: { kind: SenderKind; tabId?: number }) => Promise<unknown>) | undefined;
    if (!handler) return { ok: false, error: 'unsupported' };
    return { ok: true, data: await handler(msg, { kind, tabId: sender?.tab?.id }) };
  } catch (err) {
    return { ok: false, error: errorCode(err) };
  }
}

/** Storage full arrives as QuotaExceededError, sometimes wrapped in an AbortError whose cause or message says so. */
export function errorCode(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { name?: string } } | undefined;
  if (e?.name === 'QuotaExceededError' || e?.cause?.name === 'QuotaExceededError' || /quota/i.test(e?.message ?? '')) return 'storage-full';
  if (e?.name === 'ZodError') return 'invalid';
  return 'failed';
}
