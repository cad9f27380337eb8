import { defineContentScript } from 'wxt/utils/define-content-script';
import { youtubeAdapter } from '../../lib/platforms/youtube';
import { runContentScript } from '../../lib/page/content-entry';

export default defineContentScript({
  matches: youtubeAdapter.matches,
  runAt: 'document_idle',
  main: (ctx) => runContentScript(ctx, youtubeAdapter),
});
