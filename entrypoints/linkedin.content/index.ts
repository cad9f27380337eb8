import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedinAdapter } from '../../lib/platforms/linkedin';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: linkedinAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, linkedinAdapter),
});
