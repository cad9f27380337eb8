import { defineContentScript } from 'wxt/utils/define-content-script';
import { tiktokAdapter } from '../../lib/platforms/tiktok';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: tiktokAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, tiktokAdapter),
});
