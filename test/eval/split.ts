/**
 * Development slice against held-out rest, so tuning on the slice shows as a gap:
 * `node scripts/run-ts.mjs test/eval/split.ts [--errors]`. Only the development slices may be read for errors
 * (first airline, DEFT "val" split, the Free rows of the hand-labelled slice); twcs topics are never read.
 */
import { resolve } from 'node:path';
import { understand } from '../../lib/understand';
import { evaluate } from './metrics';
import * as sets from './sets';
import type { EvalSet } from './sets';

const dataDir = process.env.COCKTAIL_DATA ?? resolve(process.cwd(), '../shared/data');
const showErrors = process.argv.includes('--errors');

function predict(task: EvalSet['task'], text: string): string {
  const u = understand(text);
  if (task === 'complaint') return u.intent === 'complaint' ? 'complaint' : 'not';
  if (task === 'sentiment') return u.sentiment;
  if (task === 'topic') return u.intent === 'complaint' || u.intent === 'praise' ? u.intent : 'other';
  if (task === 'intent') return ['complaint', 'question', 'request', 'praise'].includes(u.intent) ? u.intent : 'other';
  if (task === 'spam') return u.intent === 'spam' ? 'spam' : 'ham';
  return u.intent;
}

function compare(set: EvalSet, isDev: (group: string | undefined) => boolean) {
  const pred = set.rows.map((r) => predict(set.task, r.text));
  const part = (dev: boolean) => {
    const idx = set.rows.map((r, i) => (isDev(r.group) === dev ? i : -1)).filter((i) => i >= 0);
    return { idx, rep: evaluate(idx.map((i) => set.rows[i].gold), idx.map((i) => pred[i]), set.labels) };
  };
  const dev = part(true);
  const rest = part(false);
  const f = (x: number) => x.toFixed(3);
  const perClass = (r: typeof dev.rep) =>
    r.classes.map((c) => `${c.label} P ${f(c.precision)} R ${f(c.recall)} F1 ${f(c.f1)}`).join('; ');
  console.log(`${set.name}\n  dev  ${dev.rep.rows} rows macro-F1 ${f(dev.rep.macroF1)} (${perClass(dev.rep)})`);
  console.log(`  rest ${rest.rep.rows} rows macro-F1 ${f(rest.rep.macroF1)} (${perClass(rest.rep)})`);
  if (showErrors) {
    for (const i of dev.idx) {
      if (pred[i] === set.rows[i].gold) continue;
      const u = understand(set.rows[i].text);
      console.log(`    ${set.rows[i].gold} -> ${pred[i]} [${u.reasons.join(' ')}] ${set.rows[i].text.replace(/\s+/g, ' ')}`);
    }
  }
}

compare(sets.airlineComplaint(dataDir), (g) => g === 'Virgin America');
complaintRecallByReason();
compare(sets.airlineSentiment(dataDir), (g) => g === 'Virgin America');
compare(sets.frenchSentiment(dataDir), (g) => g === 'val');
compare(sets.handLabelled(resolve(process.cwd(), 'test/eval/labels/intent-slice.csv')), (g) => g === 'free');
compare(sets.youtubeSpam(dataDir), (g) => g === 'Psy');

/** Recall of complaints by the airline set's negativereason (Late Flight, Lost Luggage...): which kinds are missed. */
function complaintRecallByReason() {
  for (const dev of [true, false]) {
    const byReason = new Map<string, [number, number]>();
    for (const r of sets.airlineComplaintRows(dataDir)) {
      if ((r.airline === 'Virgin America') !== dev || r.reason === undefined) continue;
      const c = byReason.get(r.reason) ?? [0, 0];
      c[0]++;
      if (predict('complaint', r.text) === 'complaint') c[1]++;
      byReason.set(r.reason, c);
    }
    const parts = [...byReason].sort((a, b) => b[1][0] - a[1][0]).map(([k, [n, hit]]) => `${k} ${hit}/${n}`);
    console.log(`  ${dev ? 'dev ' : 'rest'} complaint recall by reason: ${parts.join(', ')}`);
  }
}

// twcs "Bad Support" is a complaint about the support itself: compare the plain intent with "complaint:support".
// Held out entirely (never read for errors).
{
  const set = sets.twcsTopics(dataDir);
  const gold = set.rows.map((r) => r.gold);
  const plain = set.rows.map((r) => predict('topic', r.text));
  const support = set.rows.map((r) => {
    const u = understand(r.text);
    if (u.intent === 'praise') return 'praise';
    return u.intent === 'complaint' && u.reasons.includes('complaint:support') ? 'complaint' : 'other';
  });
  const f = (p: string[]) => evaluate(gold, p, set.labels).macroF1.toFixed(3);
  console.log(`${set.name}\n  intent complaint ${f(plain)}; complaint about support ${f(support)}`);
}
