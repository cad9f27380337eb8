import { browser } from 'wxt/browser';
import { parsePageCommand, trustedCommandSender, type PageCommand } from './page-commands';

/** Answers our own extension's commands to this tab (keyboard command, popup, side panel); anything else is ignored. */
export function listenToExtension(signal: AbortSignal, handle: (cmd: PageCommand) => Promise<unknown>) {
  const listener = (msg: unknown, sender: { id?: string; tab?: unknown }) => {
    if (signal.aborted || !trustedCommandSender(sender, browser.runtime.id)) return undefined;
    const cmd = parsePageCommand(msg);
    return cmd ? handle(cmd) : undefined;
  };
  browser.runtime.onMessage.addListener(listener as never);
  // After an extension reload the old script's runtime is gone: removing the listener must not throw.
  signal.addEventListener('abort', () => browser.runtime?.onMessage?.removeListener(listener as never));
}
