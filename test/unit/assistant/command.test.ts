import { describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../../entrypoints/background/assistant-handlers';
import { OPEN_PANEL_COMMAND } from '../../../lib/page/shortcut';

// chrome.commands cannot be pressed in headless Chromium: the background's handler is tested here as a function,
// and test/e2e/assistant.test.ts sends the message it sends to a real tab.
describe('the keyboard command in the background', () => {
  it('asks the active tab to open the comment in view and returns its answer', async () => {
    const sendToTab = vi.fn(async () => ({ ok: true, nativeId: '42' }));
    const out = await runCommand(OPEN_PANEL_COMMAND, { activeTabId: async () => 7, sendToTab });
    expect(sendToTab).toHaveBeenCalledWith(7, { type: 'assistant.openInView' });
    expect(out).toEqual({ ok: true, nativeId: '42' });
  });
  it('ignores other commands and says when there is no tab or no content script', async () => {
    const sendToTab = vi.fn(async () => undefined);
    expect(await runCommand('something-else', { activeTabId: async () => 7, sendToTab })).toMatchObject({ ok: false, error: 'unknown-command' });
    expect(sendToTab).not.toHaveBeenCalled();
    expect(await runCommand(OPEN_PANEL_COMMAND, { activeTabId: async () => undefined, sendToTab })).toMatchObject({ error: 'no-tab' });
    expect(await runCommand(OPEN_PANEL_COMMAND, { activeTabId: async () => 7, sendToTab })).toMatchObject({ error: 'no-content-script' });
    const throwing = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await runCommand(OPEN_PANEL_COMMAND, { activeTabId: async () => 7, sendToTab: throwing })).toMatchObject({ error: 'no-content-script' });
  });
});
