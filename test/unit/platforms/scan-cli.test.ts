// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../scripts/scan';
import { ownFixture } from './load-page';

const ROOT = resolve(__dirname, '../../..');
const MASTODON_URL = 'https://mastodon.example/@alice/12345678';

describe('scan CLI', () => {
  it('prints one line per item then counts and health (Mastodon thread, mentions marked)', () => {
    const { lines, exitCode } = scan({
      url: MASTODON_URL,
      html: readFileSync(ownFixture('mastodon/defuddle-status-thread-anonymized.html'), 'utf8'),
      brandHandles: ['alice@mastodon.example'],
      keywords: ['edge cases'],
    });
    expect(exitCode).toBe(0);
    const rows = lines.map((l) => JSON.parse(l));
    const last = rows.pop();
    expect(last).toEqual({ counts: { post: 1, comment: 4, reply: 1 }, health: 'ok', pageKind: 'post', problems: [] });
    expect(rows).toHaveLength(6);
    for (const row of rows) for (const key of ['platform', 'kind', 'nativeId', 'author', 'text', 'permalink']) expect(row).toHaveProperty(key);
    const carol = rows.find((r) => r.nativeId === '12345681');
    expect(carol).toMatchObject({ platform: 'mastodon', kind: 'comment', author: { name: 'Carol', handle: 'carol@third.social' }, parentId: '12345678', mentions: ['alice@mastodon.example', 'edge cases'] });
  });

  it('says when no adapter reads the URL', () => {
    const { lines, exitCode } = scan({ url: 'https://example.com/', html: '<p>hi</p>' });
    expect(exitCode).toBe(2);
    expect(lines[0]).toContain('no adapter');
  });

  it('says when the address is not one, or the file cannot be read, without a stack trace', () => {
    const bad = scan({ url: 'x.com/home', html: '<p>hi</p>' });
    expect(bad.exitCode).toBe(2);
    expect(JSON.parse(bad.lines[0])).toEqual({ error: 'not a page address: x.com/home' });
    let failed: { status: number; stdout: string; stderr: string } | undefined;
    try {
      execFileSync('node', ['scripts/run-ts.mjs', 'scripts/scan.ts', '--url', 'https://x.com/home', '--html', 'no/such/page.html'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    } catch (err) {
      failed = err as typeof failed;
    }
    expect(failed?.status).toBe(2);
    expect(JSON.parse(failed!.stdout.trim())).toEqual({ error: 'cannot read no/such/page.html: ENOENT' });
    expect(failed!.stderr).not.toMatch(/\bat /);
  });

  it('runs from npm with --url and --html', () => {
    const out = execFileSync('node', ['scripts/run-ts.mjs', 'scripts/scan.ts', '--url', 'https://x.com/home', '--html', 'test/fixtures/platforms/x/tweetyoink-x-tweet-quote.html'], { cwd: ROOT, encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ platform: 'x', kind: 'quote', nativeId: '1983130065320780162', author: { handle: 'TestQuoter' } });
    expect(lines[1]).toMatchObject({ counts: { quote: 1 }, health: 'ok', pageKind: 'feed' });
  });
});
