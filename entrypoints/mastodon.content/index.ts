import { defineContentScript } from 'wxt/utils/define-content-script';
import { mastodonAdapter } from '../../lib/platforms/mastodon';
import { runContentScript } from '../../lib/page/content-entry';

// mastodon.social is listed here; every other instance the user adds is registered at run time with the same file
// (entrypoints/background/platform-handlers.ts), once its origin was granted.
export default defineContentScript({
  matches: ['https://mastodon.social/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, mastodonAdapter),
});
