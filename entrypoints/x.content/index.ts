import { defineContentScript } from 'wxt/utils/define-content-script';
import { xAdapter } from '../../lib/platforms/x';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, xAdapter),
});
