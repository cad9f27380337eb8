#!/usr/bin/env node
// web-ext lint on the Firefox build: 0 errors required. Warnings are printed; known ones are explained in README.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const out = process.env.COCKTAIL_OUT ?? '.output';
const dir = readdirSync(out).find((d) => d.startsWith('firefox-mv'));
if (!dir) {
  console.error('No Firefox build in .output: run `npx wxt build -b firefox` first.');
  process.exit(1);
}
const r = spawnSync('npx', ['web-ext', 'lint', '--source-dir', `${out}/${dir}`, '--output', 'json', '--no-input'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(r.stdout, r.stderr);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit(report.summary.errors === 0 ? 0 : 1);
