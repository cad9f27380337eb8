// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../lib/guidelines';

const dir = join('.cache', 'test-lint-text');
mkdirSync(dir, { recursive: true });

function cli(args: string[], input: string) {
  const r = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/lint-text.ts', ...args], { input, encoding: 'utf8' });
  return { code: r.status, lines: r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr: r.stderr };
}

describe('npm run lint-text', () => {
  it('reads stdin, prints one JSON line per problem then the count; accepts the stored envelope and bare rules', () => {
    const envelope = join(dir, 'envelope.json');
    const bare = join(dir, 'bare.json');
    writeFileSync(envelope, JSON.stringify({ id: 'r1', brandId: 'b1', pack: 'fr-CA', rules: defaultPack('fr-CA'), updatedAt: '2026-01-01T00:00:00Z' }));
    writeFileSync(bare, JSON.stringify(defaultPack('fr-CA')));
    for (const file of [envelope, bare]) {
      const r = cli(['--rules', file, '--platform', 'x', '--kind', 'reply', '--language', 'fr'], "Merci! Écris-nous par e-mail, on va t'aider.\n");
      expect(r.code, r.stderr).toBe(0);
      const problems = r.lines.slice(0, -1);
      expect(r.lines.at(-1)).toEqual({ count: problems.length });
      expect(problems.map((p) => p.text)).toEqual(expect.arrayContaining(['e-mail', "t'"]));
      expect(problems.find((p) => p.text === 'e-mail').fix.replacement).toBe('courriel');
    }
  }, 30000);

  it('refuses a bad rules file or bad arguments with a clear message and exit code 2', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ custom: [{ id: 'x', pattern: '(a+)+$', message: 'm' }] }));
    const r = cli(['--rules', bad, '--platform', 'x', '--kind', 'reply'], 'hello');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/custom\.0\.pattern: Pattern refused: .*exponential/);
    writeFileSync(join(dir, 'notjson.json'), '{nope');
    expect(cli(['--rules', join(dir, 'notjson.json'), '--platform', 'x', '--kind', 'post'], 'x').stderr).toMatch(/not JSON/);
    expect(cli(['--rules', bad, '--platform', 'myspace', '--kind', 'post'], 'x').code).toBe(2);
  }, 30000);
});
