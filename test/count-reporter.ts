import { appendFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** Writes the pass/fail counts where scripts/test.mjs can add them up (COCKTAIL_COUNTS), else prints them. */
export default class CountReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    let passed = 0;
    let failed = 0;
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++;
    }
    const line = `${passed} passed, ${failed} failed`;
    if (process.env.COCKTAIL_COUNTS) appendFileSync(process.env.COCKTAIL_COUNTS, `${passed} ${failed}\n`);
    else console.log(line);
  }
}
