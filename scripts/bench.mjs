#!/usr/bin/env node
// npm run bench: each test/bench/*.bench.ts default-exports an async function returning BenchRow[] (test/bench/row.ts).
// Prints one table against DESIGN.md's budgets and writes the same rows to bench-results.json. Each file runs in a Node
// process of its own: in one shared process, the heap left by the files before slowed the Node-side timings of the files
// after (metrics over 50,000 items: ~30 ms alone, 78 ms in a full run; the machine check 54 ms, then 104 ms right after
// the store bench).
import { bundleForNode } from './node-bundle.mjs';
import { machineCheckMs } from './machine-check.mjs';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const only = process.argv.slice(2);
const dir = 'test/bench';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort();
mkdirSync('.cache/bench', { recursive: true });
const rows = [];
for (const f of files) {
  const check = Math.round(machineCheckMs() * 10) / 10;
  rows.push({ name: `machine check before ${f}: fixed CPU work in Node (higher = a slower spell)`, value: check, unit: 'ms', budget: null, ok: true });
  const outfile = resolve('.cache/bench', f.replace(/\.ts$/, '.mjs'));
  await bundleForNode(`${dir}/${f}`, outfile);
  const rowsFile = outfile.replace(/\.mjs$/, '.rows.json');
  rmSync(rowsFile, { force: true });
  const run = spawnSync(process.execPath, ['scripts/bench-one.mjs', outfile, rowsFile], { stdio: 'inherit' });
  if (run.status === 0) {
    rows.push(...JSON.parse(readFileSync(rowsFile, 'utf8'), (_, v) => (v === 'NaN' || v === 'Infinity' || v === '-Infinity' ? Number(v) : v)));
  } else {
    console.error(`${f}: exited with ${run.status ?? run.signal}`);
    rows.push({ name: `${f} (did not run)`, value: NaN, unit: '', budget: null, ok: false });
  }
}
const fmt = (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '-');
const width = Math.max(...rows.map((r) => r.name.length), 10);
console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(10)}  ${'budget'.padStart(10)}  unit   ok`);
for (const r of rows) {
  console.log(`${r.name.padEnd(width)}  ${fmt(r.value).padStart(10)}  ${fmt(r.budget).padStart(10)}  ${r.unit.padEnd(5)}  ${r.ok ? 'yes' : 'NO'}`);
}
writeFileSync('bench-results.json', JSON.stringify(rows, null, 2) + '\n');
console.log(`${rows.filter((r) => r.ok).length} within budget, ${rows.filter((r) => !r.ok).length} over budget`);
