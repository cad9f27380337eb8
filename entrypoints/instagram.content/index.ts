import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramAdapter } from '../../lib/platforms/instagram';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: instagramAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, instagramAdapter),
});
