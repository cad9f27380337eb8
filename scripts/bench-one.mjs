#!/usr/bin/env node
// One bench file in a Node process of its own (scripts/bench.mjs): run its default export, write its rows as JSON.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [bundle, rowsFile] = process.argv.slice(2);
const mod = await import(pathToFileURL(bundle).href);
// NaN (a measure that could not be taken) makes the trip as a string: JSON would turn it into null.
writeFileSync(rowsFile, JSON.stringify(await mod.default(), (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)));
