#!/usr/bin/env node
// Runs a TypeScript entry (CLI, bench, eval) in Node: bundles it with esbuild into .cache/, then imports it.
import { bundleForNode } from './node-bundle.mjs';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
mkdirSync('.cache/run-ts', { recursive: true });
const outfile = resolve('.cache/run-ts', basename(entry).replace(/\.tsx?$/, '') + '.mjs');
await bundleForNode(entry, outfile);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
