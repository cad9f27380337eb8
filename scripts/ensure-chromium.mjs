#!/usr/bin/env node
// Debian's Chromium for the e2e tests and the demo: installed with apt-get when missing (as root), else how to get it.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root) {
    console.log('Chromium is missing: installing Debian\'s chromium (about a minute)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (existsSync(path)) return path;
  }
  console.error(
    `Chromium was not found at ${path}. Install it with \`sudo apt-get install chromium\` (Debian/Ubuntu), ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
