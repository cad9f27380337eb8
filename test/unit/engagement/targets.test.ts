import { describe, expect, it } from 'vitest';
import { isResponseTimeMetric, responseTargets, targetFor, targetFromObjective } from '../../../lib/engagement/targets';
import type { Objective } from '../../../lib/store/schemas/brand';

const H = 3_600_000;
const obj = (over: Partial<Objective>): Objective => ({
  id: 'o1', kind: 'quantitative', statement: '', platforms: [], means: [], deliverables: [], ...over,
});

describe('response-time objectives', () => {
  it.each([
    ['Délai de réponse (heures)', true],
    ['Temps de première réponse', true],
    ['Répondre en moins de 2 h', true],
    ['Commentaires répondus sous 24 heures (%)', true],
    ['Average response time (minutes)', true],
    ['First reply time', true],
    ['% of comments answered within 2 hours', true],
    ['Taux de réponse', false],
    ['Response rate', false],
    ["Taux d'engagement", false],
    ['Abonnés', false],
    ['Time spent on site', false],
  ])('%s -> %s', (text, expected) => {
    expect(isResponseTimeMetric(text)).toBe(expected);
  });

  it('reads the target in the unit the metric names, hours by default', () => {
    expect(targetFromObjective(obj({ metric: 'Délai de réponse', target: 2 }))?.thresholdMs).toBe(2 * H);
    expect(targetFromObjective(obj({ metric: 'Average response time (minutes)', target: 30 }))?.thresholdMs).toBe(30 * 60_000);
    expect(targetFromObjective(obj({ metric: 'Temps de réponse en jours', target: 1 }))?.thresholdMs).toBe(24 * H);
  });

  it('a duration in the metric is the threshold, and the target the share to reach', () => {
    const t = targetFromObjective(obj({ metric: 'Commentaires répondus en moins de 2 h (%)', target: 90 }));
    expect(t).toMatchObject({ thresholdMs: 2 * H, goalShare: 0.9 });
    expect(targetFromObjective(obj({ metric: 'Reply within 1,5 h', target: 1.5 }))).toMatchObject({ thresholdMs: 1.5 * H });
  });

  it('ignores qualitative objectives, response rates and percentage metrics with no duration', () => {
    expect(targetFromObjective(obj({ kind: 'qualitative', metric: 'Délai de réponse', target: 2 }))).toBeUndefined();
    expect(targetFromObjective(obj({ metric: 'Taux de réponse', target: 80 }))).toBeUndefined();
    expect(targetFromObjective(obj({ metric: 'Part des réponses rapides (%)', target: 80 }))).toBeUndefined();
  });

  it('falls back to the statement when no metric is given', () => {
    expect(targetFromObjective(obj({ statement: 'Répondre à chaque commentaire en moins de 4 h' }))?.thresholdMs).toBe(4 * H);
  });

  it('a platform-specific target wins for its platform; the strictest general one otherwise', () => {
    const targets = responseTargets({
      objectives: [
        obj({ id: 'a', metric: 'Délai de réponse', target: 4 }),
        obj({ id: 'b', metric: 'Délai de réponse', target: 2 }),
        obj({ id: 'c', metric: 'Délai de réponse', target: 1, platforms: ['x'] }),
      ],
    });
    expect(targetFor(targets, 'x')?.objectiveId).toBe('c');
    expect(targetFor(targets, 'facebook')?.objectiveId).toBe('b');
    expect(targetFor([], 'x')).toBeUndefined();
  });
});
