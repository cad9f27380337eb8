export type { AiProvider, AiRequest } from './provider';
export { parseReplies, REPLIES_SCHEMA } from './provider';
export { systemPrompt, userPrompt } from './prompt';
export { openAiCompatible } from './openai';
export { chromeAvailability, createChromeProvider } from './chrome';
export { suggestWithAi, AI_TIMEOUT_MS } from './fallback';
