/**
 * Chrome's on-device model (Prompt API, `LanguageModel`). Feature-detected; create the provider from an extension
 * page in answer to a user click (the model may download first). Structured output through responseConstraint.
 */
import { REPLIES_SCHEMA, parseReplies, type AiProvider, type AiRequest } from './provider';
import { systemPrompt, userPrompt } from './prompt';

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface LanguageModelSession {
  prompt(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<string>;
  destroy(): void;
}

interface LanguageModelStatic {
  availability(options?: object): Promise<Availability>;
  create(options?: object): Promise<LanguageModelSession>;
}

const LANGS = { expectedInputs: [{ type: 'text', languages: ['en', 'fr'] }], expectedOutputs: [{ type: 'text', languages: ['en', 'fr'] }] };

function api(scope: object = globalThis): LanguageModelStatic | null {
  const lm = (scope as { LanguageModel?: LanguageModelStatic }).LanguageModel;
  return lm && typeof lm.availability === 'function' && typeof lm.create === 'function' ? lm : null;
}

/** 'unsupported' when the browser has no Prompt API at all. */
export async function chromeAvailability(scope?: object): Promise<Availability | 'unsupported'> {
  const lm = api(scope);
  if (!lm) return 'unsupported';
  try {
    return await lm.availability(LANGS);
  } catch {
    return 'unavailable';
  }
}

/** Call from a click handler on an extension page. onProgress receives 0..1 while the model downloads. */
export async function createChromeProvider(onProgress?: (loaded: number) => void, scope?: object): Promise<AiProvider> {
  const lm = api(scope);
  if (!lm) throw new Error('LanguageModel is not available in this browser');
  const monitor = (m: EventTarget) =>
    m.addEventListener('downloadprogress', (e) => onProgress?.((e as Event & { loaded: number }).loaded));
  // Created here, inside the click, so the download may start; each request then opens its own session.
  (await lm.create({ ...LANGS, monitor })).destroy();
  return {
    id: 'chrome',
    async generate(req: AiRequest, signal: AbortSignal) {
      const session = await lm.create({ ...LANGS, initialPrompts: [{ role: 'system', content: systemPrompt(req) }], signal });
      try {
        const out = await session.prompt(userPrompt(req), { responseConstraint: REPLIES_SCHEMA, signal });
        return parseReplies(out);
      } finally {
        session.destroy();
      }
    },
  };
}
