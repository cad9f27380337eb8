import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter } from '../platforms/types';
import type { CsMessage } from '../messages';
import { startAssistant } from './assistant';
import { startComposerLint } from './composer-lint';

/** The glue every platform's content script shares: WXT's context for lifecycle, the runtime for messages. */
export function runContentScript(ctx: ContentScriptContext, adapter: Adapter) {
  if (ctx.isInvalid) return;
  void startAssistant(adapter, {
    doc: document,
    signal: ctx.signal,
    send: (msg: CsMessage) => (ctx.isValid ? browser.runtime.sendMessage(msg) : Promise.resolve(undefined)),
    onLocationChange: (cb) => ctx.addEventListener(window, 'wxt:locationchange', cb),
    onProfileChange: (cb) => {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && 'profileVersion' in changes) cb();
      };
      browser.storage.onChanged.addListener(listener);
      ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
    },
    browserLanguage: navigator.language,
  });
  void startComposerLint(adapter, {
    doc: document,
    signal: ctx.signal,
    send: (msg: CsMessage) => (ctx.isValid ? browser.runtime.sendMessage(msg) : Promise.resolve(undefined)),
    onProfileChange: (cb) => {
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'local' && 'profileVersion' in changes) cb();
      };
      browser.storage.onChanged.addListener(listener);
      ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
    },
    browserLanguage: navigator.language,
  });
}
