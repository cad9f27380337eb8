// npm run eval: accuracy of lib/understand on the real, labelled sets in ../shared/data (measuring only).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { understand } from '../lib/understand';
import { evaluate, formatReport } from '../test/eval/metrics';
import * as sets from '../test/eval/sets';
import type { EvalSet } from '../test/eval/sets';

const here = dirname(fileURLToPath(import.meta.url));
const repo = existsSync(resolve(process.cwd(), 'package.json')) ? process.cwd() : resolve(here, '../..');
const dataDir = process.env.COCKTAIL_DATA ?? resolve(repo, '../shared/data');
const labelsFile = resolve(repo, 'test/eval/labels/intent-slice.csv');

if (!sets.dataAvailable(dataDir)) {
  console.error(`eval: no data at ${dataDir} (expected ../shared/data beside the repository, or set COCKTAIL_DATA).`);
  process.exit(1);
}

function predict(set: EvalSet, text: string): string {
  const u = understand(text);
  switch (set.task) {
    case 'spam':
      return u.intent === 'spam' ? 'spam' : 'ham';
    case 'complaint':
      return u.intent === 'complaint' ? 'complaint' : 'not';
    case 'sentiment':
      return u.sentiment;
    case 'language':
      return u.language;
    case 'topic':
      // twcs "Bad Support" is a complaint about the support itself, not any problem: the support reason says that.
      return u.intent === 'praise' ? 'praise' : u.intent === 'complaint' && u.reasons.includes('complaint:support') ? 'complaint' : 'other';
    case 'intent':
      return ['complaint', 'question', 'request', 'praise'].includes(u.intent) ? u.intent : 'other';
    default:
      return u.intent;
  }
}

function run(set: EvalSet, showGroups = false) {
  const predicted = set.rows.map((r) => predict(set, r.text));
  console.log(formatReport(set.name, evaluate(set.rows.map((r) => r.gold), predicted, set.labels)));
  if (showGroups) {
    for (const g of [...new Set(set.rows.map((r) => r.group))]) {
      const idx = set.rows.map((r, i) => (r.group === g ? i : -1)).filter((i) => i >= 0);
      const rep = evaluate(idx.map((i) => set.rows[i].gold), idx.map((i) => predicted[i]), set.labels);
      console.log(`    ${String(g).padEnd(14)} ${rep.rows} rows, accuracy ${rep.accuracy.toFixed(3)}, macro-F1 ${rep.macroF1.toFixed(3)}`);
    }
  }
  console.log('');
  return predicted;
}

console.log(`data: ${dataDir}\n`);
run(sets.youtubeSpam(dataDir), true);
run(sets.airlineComplaint(dataDir));
run(sets.airlineSentiment(dataDir));
run(sets.twcsTopics(dataDir));
run(sets.frenchSentiment(dataDir));
run(sets.languageMix(dataDir), true);
const slice = sets.handLabelled(labelsFile);
const slicePred = run(slice, true);
const asks = (l: string) => (l === 'question' ? 'question' : 'not');
console.log(
  formatReport(
    'Questions (hand-labelled slice): question vs not',
    evaluate(slice.rows.map((r) => asks(r.gold)), slicePred.map(asks), ['question', 'not']),
  ),
);
console.log('\nReferences: complaint F1 0.79 (Preotiuc-Pietro et al. 2019); YouTube spam > 0.90 (Alberto et al. 2015).');
