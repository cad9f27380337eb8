import { defineContentScript } from 'wxt/utils/define-content-script';
import { redditAdapter } from '../../lib/platforms/reddit';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: redditAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, redditAdapter),
});
