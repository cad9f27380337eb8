import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Queue } from '../../../components/engagement/Queue';
import { Metrics } from '../../../components/engagement/Metrics';
import { PostPerformance } from '../../../components/engagement/PostPerformance';
import { formatDuration } from '../../../components/engagement/format';
import { computeMetrics } from '../../../lib/engagement/metrics';
import { at, isoAt, item } from './helpers';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const items = [
  item({ nativeId: 'p', intent: 'praise', firstSeenAt: isoAt(-300), author: { name: 'Paul' }, text: 'Super café' }),
  item({
    nativeId: 'c', intent: 'complaint', firstSeenAt: isoAt(-30), author: { name: 'Chloé', handle: '@chloe' },
    text: '<img src=x onerror=alert(1)> froid', permalink: 'https://x.com/chloe/status/c', likedAt: isoAt(-20), state: 'liked',
  }),
  item({ nativeId: 'j', intent: 'question', firstSeenAt: isoAt(-60), author: { name: 'Jo' }, permalink: 'https://x.com/jo/status/j' }),
  item({ nativeId: 'done', state: 'replied', open: 0, answeredAt: isoAt(-1), author: { name: 'Zed' } }),
];

describe('Queue view', () => {
  it('lists open items, complaints and questions first (oldest first among them), with author, intent, platform and age', () => {
    render(<Queue items={items} lang="fr" now={at(0)} onSetState={() => {}} />, root);
    const rows = [...root.querySelectorAll('li.ck-eng-item')];
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(['x:j', 'x:c', 'x:p']);
    rows.shift();
    expect(rows[0].querySelector('.ck-eng-author')!.textContent).toContain('Chloé @chloe');
    expect(rows[0].querySelector('.ck-eng-intent')!.textContent).toBe('Plainte');
    expect(rows[0].querySelector('.ck-eng-platform')!.textContent).toBe('X');
    const time = rows[0].querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe(isoAt(-30));
    expect(time.textContent).toMatch(/^reçu il y a 30\sminutes?$|^reçu il y a 30\smin\.?$/);
    expect(rows[1].querySelector('time')!.textContent).toMatch(/il y a 5\sh/);
  });

  it('page text stays text', () => {
    render(<Queue items={items} lang="en" now={at(0)} onSetState={() => {}} />, root);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)> froid');
  });

  it('shows the checklist with what is done, and only the clicks that apply', () => {
    render(<Queue items={items} lang="en" now={at(0)} onSetState={() => {}} />, root);
    const first = root.querySelectorAll('li.ck-eng-item')[1];
    const steps = [...first.querySelectorAll('.ck-eng-checklist li')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(steps).toEqual(['✓ Like (done)', '○ Answer (to do)']);
    expect([...first.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Back to waiting', 'I answered', 'Dismiss']);
    const second = root.querySelectorAll('li.ck-eng-item')[0];
    expect([...second.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['I liked it', 'I answered', 'Dismiss']);
  });

  it('one click reports the new state for that item', () => {
    const onSetState = vi.fn();
    render(<Queue items={items} lang="en" now={at(0)} onSetState={onSetState} />, root);
    const answer = [...root.querySelectorAll('li.ck-eng-item')[0].querySelectorAll('button')].find((b) => b.textContent === 'I answered')!;
    answer.click();
    expect(onSetState).toHaveBeenCalledWith('x:j', 'replied');
  });

  it('the state buttons are keyboard-reachable buttons grouped under a name', () => {
    render(<Queue items={items} lang="en" now={at(0)} onSetState={() => {}} />, root);
    const group = root.querySelectorAll('[role="group"]')[1];
    expect(group.getAttribute('aria-label')).toBe('State of the comment by Chloé');
    for (const b of group.querySelectorAll('button')) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.getAttribute('tabindex')).toBeNull();
    }
  });

  it('opens the permalink in a new tab, only http(s)', () => {
    const bad = { ...item({ nativeId: 'bad', intent: 'question' }), permalink: 'javascript:alert(1)' };
    render(<Queue items={[...items, bad]} lang="en" now={at(0)} onSetState={() => {}} />, root);
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://x.com/jo/status/j', 'https://x.com/chloe/status/c']);
    expect(links[1].getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[1].getAttribute('target')).toBe('_blank');
    expect(links[1].getAttribute('aria-label')).toBe('Open the comment by Chloé on X (new tab)');
  });

  it('says when nobody waits, and how many more are waiting beyond the limit', () => {
    render(<Queue items={[]} lang="fr" now={at(0)} onSetState={() => {}} />, root);
    expect(root.textContent).toContain('Personne n’attend');
    render(<Queue items={items} lang="en" now={at(0)} onSetState={() => {}} limit={1} />, root);
    expect(root.querySelectorAll('li.ck-eng-item')).toHaveLength(1);
    expect(root.textContent).toContain('2 more items waiting');
  });
});

describe('Metrics view', () => {
  const answered = [10, 30, 60, 200].map((m, i) =>
    item({ nativeId: `a${i}`, answeredAt: isoAt(m), responseMs: m * 60_000, responseSource: i ? 'platform' : 'extension', state: 'replied', open: 0 }),
  );
  const report = computeMetrics([...answered, item({ nativeId: 'o', firstSeenAt: isoAt(-400) })], {
    now: at(0),
    targets: [{ objectiveId: 'o', thresholdMs: 2 * 3_600_000, goalShare: 0.9, platforms: [] }],
  });

  it('shows the headline figures formatted for the locale', () => {
    render(<Metrics report={report} lang="fr" onExport={() => {}} />, root);
    const figures = [...root.querySelectorAll('.ck-eng-figure')].map((f) => f.textContent!.replace(/\s+/g, ' '));
    expect(figures[0]).toContain('Médiane');
    expect(figures[0]).toContain(formatDuration(30 * 60_000, 'fr'));
    expect(figures[2]).toContain('Dans la cible de 2 h');
    expect(figures[2]).toMatch(/60 %/); // 3 of 5: four answers, one open item past the target
    expect(figures[2]).toContain('objectif 90 %');
    expect(root.querySelector('.ck-eng-figure.ck-eng-warn')).not.toBeNull();
    expect(root.textContent).toContain('3 d’après les heures de la plateforme, 1 d’après ce que l’extension a vu');
  });

  it('charts are images with a name and a description, and the numbers are in a table', () => {
    render(<Metrics report={report} lang="en" onExport={() => {}} />, root);
    const svgs = [...root.querySelectorAll('svg')];
    expect(svgs.length).toBe(3);
    for (const svg of svgs) {
      expect(svg.getAttribute('role')).toBe('img');
      const ids = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(ids.every((id) => svg.querySelector(`[id="${id}"]`)?.textContent)).toBe(true);
    }
    const headers = [...root.querySelectorAll('table thead th')].map((th) => th.textContent);
    expect(headers).toContain('90th percentile');
    const allRow = root.querySelector('table tbody tr')!;
    expect(allRow.querySelector('th')!.textContent).toBe('All');
    expect(allRow.textContent).toContain(formatDuration(200 * 60_000, 'en'));
  });

  it('export buttons ask for the log and the metrics', () => {
    const onExport = vi.fn();
    render(<Metrics report={report} lang="en" onExport={onExport} />, root);
    const buttons = [...root.querySelectorAll('button')];
    buttons.find((b) => b.textContent!.includes('log'))!.click();
    buttons.find((b) => b.textContent!.includes('metrics'))!.click();
    expect(onExport.mock.calls).toEqual([['log'], ['metrics']]);
  });

  it('without data it says so', () => {
    render(<Metrics report={computeMetrics([], { now: at(0) })} lang="fr" onExport={() => {}} />, root);
    expect(root.querySelector('svg')).toBeNull();
    expect(root.textContent).toContain('Pas encore de données');
  });
});

describe('Post performance view', () => {
  it('lists latest counts and growth, links only http(s)', () => {
    render(
      <PostPerformance
        lang="en"
        posts={[
          { postKey: 'x:1', platform: 'x', text: 'Menu', firstAt: isoAt(0), lastAt: isoAt(60), snapshots: 2, latest: { likes: 1200 }, gained: { likes: 200 }, permalink: 'javascript:alert(1)' },
        ]}
      />,
      root,
    );
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('1,200');
    expect(root.textContent).toContain('+200 since the first reading');
  });
});

describe('durations', () => {
  it.each([
    [30_000, 'en', '< 1 min'],
    [45 * 60_000, 'en', '45 min'],
    [125 * 60_000, 'fr', '2 h 5 min'],
    [120 * 60_000, 'fr', '2 h'],
    [(3 * 24 + 4) * 3_600_000, 'fr', '3 j 4 h'],
    [(3 * 24 + 4) * 3_600_000, 'en', '3 d 4 h'],
  ] as const)('%d ms in %s is %s', (ms, lang, text) => expect(formatDuration(ms, lang)).toBe(text));
});
