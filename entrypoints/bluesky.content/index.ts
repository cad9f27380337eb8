import { defineContentScript } from 'wxt/utils/define-content-script';
import { blueskyAdapter } from '../../lib/platforms/bluesky';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: blueskyAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, blueskyAdapter),
});
