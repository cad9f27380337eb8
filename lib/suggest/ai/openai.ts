/** A local OpenAI-compatible server (Ollama, LM Studio): POST {endpoint}/chat/completions. */
import { REPLIES_SCHEMA, parseReplies, type AiProvider, type AiRequest } from './provider';
import { systemPrompt, userPrompt } from './prompt';

export interface OpenAiCompatibleOptions {
  /** Base URL up to /v1, e.g. http://127.0.0.1:11434/v1 (Ollama) or http://127.0.0.1:1234/v1 (LM Studio). */
  endpoint: string;
  model: string;
  fetch?: typeof fetch;
}

export function openAiCompatible(opts: OpenAiCompatibleOptions): AiProvider {
  const doFetch = opts.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const url = `${opts.endpoint.replace(/\/+$/, '')}/chat/completions`;
  return {
    id: 'openai-compatible',
    async generate(req: AiRequest, signal: AbortSignal) {
      const res = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        signal,
        body: JSON.stringify({
          model: opts.model,
          temperature: 0.7,
          stream: false,
          response_format: { type: 'json_schema', json_schema: { name: 'replies', schema: REPLIES_SCHEMA } },
          messages: [
            { role: 'system', content: systemPrompt(req) },
            { role: 'user', content: userPrompt(req) },
          ],
        }),
      });
      if (!res.ok) throw new Error(`AI server answered ${res.status}`);
      const data = (await res.json()) as { choices?: Array<{ message?: { content?: unknown } }> };
      const content = data.choices?.[0]?.message?.content;
      if (typeof content !== 'string') throw new Error('AI server answer has no message content');
      return parseReplies(content);
    },
  };
}
