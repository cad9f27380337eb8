// @vitest-environment jsdom
import axe from 'axe-core';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Metrics } from '../../../components/engagement/Metrics';
import { Queue } from '../../../components/engagement/Queue';
import { computeMetrics } from '../../../lib/engagement/metrics';
import { at, isoAt, item } from './helpers';

const items = [
  item({ nativeId: 'q', intent: 'question', firstSeenAt: isoAt(-90), author: { name: 'Jo' }, permalink: 'https://x.com/jo/status/q' }),
  item({ nativeId: 'm', kind: 'mention', platform: 'youtube', id: 'youtube:m', intent: 'praise', firstSeenAt: isoAt(-30), author: { name: 'Ana' } }),
  item({ nativeId: 'd', answeredAt: isoAt(20), responseMs: 20 * 60_000, responseSource: 'platform', state: 'replied', open: 0 }),
];

async function violations(node: preact.ComponentChild) {
  const main = document.createElement('main');
  document.body.append(main);
  document.documentElement.lang = 'fr';
  render(node, main);
  const result = await axe.run(main, { rules: { 'color-contrast': { enabled: false } } });
  render(null, main);
  main.remove();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('engagement views pass axe', () => {
  it('(axe does report a nameless button here, so a pass means something)', async () => {
    expect((await violations(<button type="button" />)).some((v) => v.startsWith('button-name'))).toBe(true);
  });

  it('queue', async () => {
    expect(await violations(<Queue items={items} lang="fr" now={at(0)} onSetState={() => {}} />)).toEqual([]);
  });

  it('metrics', async () => {
    const report = computeMetrics(items, { now: at(0), targets: [{ objectiveId: 'o', thresholdMs: 3_600_000, platforms: [] }] });
    expect(await violations(<Metrics report={report} lang="fr" onExport={() => {}} />)).toEqual([]);
  });
});
