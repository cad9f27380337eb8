import { defineContentScript } from 'wxt/utils/define-content-script';
import { threadsAdapter } from '../../lib/platforms/threads';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: threadsAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, threadsAdapter),
});
