import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../../lib/platforms/facebook';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: facebookAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, facebookAdapter),
});
