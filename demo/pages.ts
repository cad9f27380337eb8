/** The demo's pages: each served at a real platform URL from a local file, with no network. */
import { PLATFORM_PAGES } from './pages/render';

export interface DemoPage {
  name: string;
  url: string;
  file: string;
}

const post = (platform: Exclude<keyof typeof PLATFORM_PAGES, 'x'>): DemoPage => ({
  name: `${platform}-post`,
  url: PLATFORM_PAGES[platform].url,
  file: `demo/pages/${platform}-post.html`,
});

export const DEMO_PAGES: DemoPage[] = [
  { name: 'x-status', url: 'https://x.com/cafeboreal/status/1850000000000000001', file: 'demo/pages/x-status.html' },
  { name: 'x-notifications', url: 'https://x.com/notifications', file: 'demo/pages/x-notifications.html' },
  post('youtube'),
  post('linkedin'),
  post('facebook'),
  post('instagram'),
  post('tiktok'),
  post('reddit'),
  post('bluesky'),
  post('mastodon'),
  post('threads'),
];
