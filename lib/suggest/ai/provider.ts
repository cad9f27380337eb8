/** One interface for every optional AI tier. Off by default; every output is checked and templates are the fallback. */
import type { Platform } from '../../platforms/types';
import type { Intent } from '../../store/schemas/template';

export interface AiRequest {
  comment: string;
  authorName: string;
  platform: Platform;
  language: 'fr' | 'en';
  intent: Intent;
  formality: 'tu' | 'vous';
  brandName: string;
  /** Voice adjectives, dos and don'ts, key messages, as the brand wrote them. */
  voice: string[];
  dos: string[];
  donts: string[];
  /** Plain-language tone rules (formality, emoji, banned terms...). */
  rules: string[];
  maxLength: number;
  count: number;
}

export interface AiProvider {
  readonly id: 'chrome' | 'openai-compatible';
  /** Resolves to up to `count` reply texts; rejects on any failure. Must stop when `signal` aborts. */
  generate(req: AiRequest, signal: AbortSignal): Promise<string[]>;
}

/** The JSON shape asked of every model: {"replies": ["...", ...]}. */
export const REPLIES_SCHEMA = {
  type: 'object',
  properties: { replies: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3 } },
  required: ['replies'],
  additionalProperties: false,
} as const;

/** Reads {"replies": [...]} from model output, tolerating a fenced code block around it. */
export function parseReplies(output: string): string[] {
  const body = output.trim().replace(/^```(?:json)?\s*/i, '').replace(/\s*```$/, '');
  const data: unknown = JSON.parse(body);
  const replies = (data as { replies?: unknown })?.replies;
  if (!Array.isArray(replies)) throw new Error('model output has no "replies" array');
  return replies.filter((r): r is string => typeof r === 'string' && r.trim().length > 0).map((r) => r.trim());
}
