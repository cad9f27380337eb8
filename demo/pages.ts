/** The demo's pages: each served at a real platform URL from a local file, with no network. */
export interface DemoPage {
  name: string;
  url: string;
  file: string;
}

export const DEMO_PAGES: DemoPage[] = [
  { name: 'x-status', url: 'https://x.com/cafeboreal/status/1850000000000000001', file: 'demo/pages/x-status.html' },
];
