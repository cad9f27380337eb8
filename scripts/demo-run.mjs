#!/usr/bin/env node
// Installs what the demo needs (npm packages when missing), then runs scripts/demo.ts; under xvfb when no display.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('node_modules/.bin/wxt')) spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
const args = process.argv.slice(2);
const needsDisplay = !args.includes('--headless') && !process.env.DISPLAY && spawnSync('sh', ['-c', 'command -v xvfb-run']).status === 0;
const cmd = needsDisplay ? ['xvfb-run', '-a', 'node', 'scripts/run-ts.mjs', 'scripts/demo.ts', ...args] : ['node', 'scripts/run-ts.mjs', 'scripts/demo.ts', ...args];
const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit' });
process.exit(r.status ?? 1);
