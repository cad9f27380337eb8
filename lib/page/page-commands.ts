/**
 * Messages the extension (background on a keyboard command, popup and side panel) sends to a tab's content
 * script. Checked by hand: content scripts keep zod out of their bundle.
 */
export type PageCommand =
  | { type: 'assistant.openInView' }
  | { type: 'assistant.items' }
  | { type: 'assistant.open'; nativeId: string }
  | { type: 'assistant.insert'; nativeId: string; text: string };

const MAX_ID = 300;
const MAX_TEXT = 20_000;

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;

export function parsePageCommand(value: unknown): PageCommand | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const m = value as Record<string, unknown>;
  switch (m.type) {
    case 'assistant.openInView':
    case 'assistant.items':
      return { type: m.type };
    case 'assistant.open':
      return isId(m.nativeId) ? { type: m.type, nativeId: m.nativeId } : null;
    case 'assistant.insert':
      return isId(m.nativeId) && typeof m.text === 'string' && m.text.length > 0 && m.text.length <= MAX_TEXT
        ? { type: m.type, nativeId: m.nativeId, text: m.text }
        : null;
    default:
      return null;
  }
}

/** Only our own extension's pages and background may command the page (never another extension, never a tab). */
export function trustedCommandSender(sender: { id?: string; tab?: unknown } | undefined, extensionId: string): boolean {
  return !!sender && sender.id === extensionId && !sender.tab;
}
