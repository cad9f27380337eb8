#!/usr/bin/env node
// npm test: type check, both builds, web-ext lint, unit and e2e tests; ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const countsFile = resolve('.cache/test-counts.txt');
mkdirSync('.cache/tmp', { recursive: true });
rmSync(countsFile, { force: true });
let passed = 0;
let failed = 0;

function step(name, cmd, args, env = {}) {
  console.log(`\n── ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`── ${name}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}
const check = (name, cmd, args) => (step(name, cmd, args) ? passed++ : failed++);

check('type check', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('build for Chrome (MV3)', 'npx', ['wxt', 'build']);
check('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('web-ext lint (Firefox build)', 'node', ['scripts/web-ext-lint.mjs']);

const env = { COCKTAIL_COUNTS: countsFile, TMPDIR: resolve('.cache/tmp') };
const unitOk = step('unit tests', 'npx', ['vitest', 'run'], env);
const chromium = ensureChromium();
const e2eOk = chromium ? step('end-to-end tests (Chromium)', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts'], env) : false;
if (!chromium) failed++;

let counted = 0;
try {
  for (const line of readFileSync(countsFile, 'utf8').trim().split('\n')) {
    const [p, f] = line.split(' ').map(Number);
    passed += p;
    failed += f;
    counted++;
  }
} catch {
  // no runner wrote counts: the runs failed before reporting
}
// A runner that crashed before reporting still counts as a failure.
const runs = [unitOk, ...(chromium ? [e2eOk] : [])];
if (counted < runs.length) failed += runs.length - counted;
else if (runs.some((ok) => !ok) && failed === 0) failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
