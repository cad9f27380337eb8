import { startMainWorldInserter } from '@/lib/page/insert/main-world';

// The page's main world, for editors that ignore events from the isolated world (Firefox's Xray wrappers).
// It only inserts text the isolated world marked an editor for; it never sends anything back.
// In Chromium every tested editor took the text from the isolated world (test/e2e/insert.test.ts).
export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://www.linkedin.com/*',
    'https://www.facebook.com/*',
    'https://www.instagram.com/*',
    'https://www.youtube.com/*',
    'https://www.tiktok.com/*',
    'https://www.reddit.com/*',
    'https://bsky.app/*',
    'https://www.threads.com/*',
    'https://www.threads.net/*',
  ],
  world: 'MAIN',
  runAt: 'document_idle',
  main() {
    startMainWorldInserter(document);
  },
});
