#!/usr/bin/env node
// Installs what the demo needs (npm packages when missing), then runs scripts/demo.ts. With no display to open a
// window on, it runs headless and writes the screenshots a person would have seen to ./shots.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('node_modules/.bin/wxt')) spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
const args = process.argv.slice(2);
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !args.includes('--headless')) {
  console.log('No display found: running the demo headless; screenshots go to shots/.');
  args.push('--headless', ...(args.includes('--shots') ? [] : ['--shots', 'shots']));
}
const r = spawnSync('node', ['scripts/run-ts.mjs', 'scripts/demo.ts', ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
