import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter } from '../platforms/types';
import type { CsRequest } from '../messages';
import { startAssistant } from './assistant';
import { startComposerLint } from './composer-lint';

/** The glue every platform's content script shares: WXT's context for lifecycle, the runtime for messages. */
export function runContentScript(ctx: ContentScriptContext, adapter: Adapter) {
  if (ctx.isInvalid) return;
  const send = (msg: CsRequest) => (ctx.isValid ? browser.runtime.sendMessage(msg) : Promise.resolve(undefined));
  const onProfileChange = (cb: () => void) => {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'profileVersion' in changes) cb();
    };
    browser.storage.onChanged.addListener(listener);
    // After an extension reload the old script's runtime is gone: removing the listener must not throw.
    ctx.onInvalidated(() => browser.storage?.onChanged?.removeListener(listener));
  };
  const common = { doc: document, signal: ctx.signal, send, onProfileChange, browserLanguage: navigator.language };
  // Reading ctx.isValid makes WXT notice a dead context, so an orphaned script stops mounting at once.
  void startAssistant(adapter, { ...common, onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb), alive: () => ctx.isValid });
  void startComposerLint(adapter, common);
}
