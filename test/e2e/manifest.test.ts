import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';

/**
 * Least privilege: every permission in the built manifests must be listed here with the feature that needs it.
 * A new permission fails this test until someone writes down why.
 */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'profile version and session health (storage.local, storage.session)',
  alarms: 'calendar reminders: one "next due" alarm',
  notifications: 'calendar reminders',
  sidePanel: 'the side panel (Chrome)',
  clipboardWrite: '"Copy" of a suggested reply or a post text',
  scripting: 'the Mastodon content script on an instance the user adds (registerContentScripts, after its origin is granted)',
};
const ALLOWED_HOSTS = [
  'https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*',
  'https://www.linkedin.com/*', 'https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*',
  'https://www.instagram.com/*', 'https://www.youtube.com/*', 'https://m.youtube.com/*', 'https://www.tiktok.com/*',
  'https://www.reddit.com/*', 'https://old.reddit.com/*', 'https://new.reddit.com/*', 'https://sh.reddit.com/*',
  'https://bsky.app/*', 'https://www.threads.net/*', 'https://www.threads.com/*', 'https://threads.net/*', 'https://threads.com/*',
  'https://mastodon.social/*',
  // LinkedIn's country subdomains (uk.linkedin.com, fr.linkedin.com) serve the same public post and company pages.
  'https://*.linkedin.com/*',
];
/** Asked at the moment of use only (a Mastodon instance the user adds, a local AI server, a team's kit URL). */
const ALLOWED_OPTIONAL = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

const OUT = process.env.COCKTAIL_OUT ?? '.output';
const manifests = readdirSync(OUT)
  .filter((d) => /^(chrome|firefox)-mv\d$/.test(d))
  .map((d) => ({ dir: d, m: JSON.parse(readFileSync(`${OUT}/${d}/manifest.json`, 'utf8')) }));

describe('built manifests hold only allowed permissions', () => {
  it('both builds exist', () => {
    expect(manifests.map((x) => x.dir.split('-')[0]).sort()).toEqual(['chrome', 'firefox']);
  });
  for (const { dir, m } of manifests) {
    it(`${dir}: permissions, host permissions and content script matches`, () => {
      const perms: string[] = m.permissions ?? [];
      const hostish = perms.filter((p) => p.includes('://'));
      for (const p of perms.filter((p) => !p.includes('://'))) expect(ALLOWED_PERMISSIONS, `permission ${p}`).toHaveProperty(p);
      const hosts = [...hostish, ...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches)];
      for (const h of hosts) expect(ALLOWED_HOSTS, `host ${h}`).toContain(h);
      for (const h of [...(m.optional_host_permissions ?? []), ...(m.optional_permissions ?? []).filter((p: string) => p.includes('://'))])
        expect(ALLOWED_OPTIONAL, `optional ${h}`).toContain(h);
      expect(m.web_accessible_resources, 'platforms probe for web-accessible resources').toBeUndefined();
      expect(m.content_security_policy, 'no CSP override').toBeUndefined();
    });
    it(`${dir}: no eval or new Function in any bundle`, () => {
      const files = readdirSync(`${OUT}/${dir}`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
      for (const f of files) {
        const code = readFileSync(`${OUT}/${dir}/${f}`, 'utf8');
        expect(/\beval\(|new Function\(/.test(code), f).toBe(false);
      }
    });
  }
});
