import type { Platform } from '../platforms/types';
import type { Objective } from '../store/schemas/brand';

/**
 * The brand's response-time target, read from its strategy's quantitative objectives. A metric is a response time
 * when it names a reply (EN respond/response/reply/answer, FR réponse/répondre/réplique) and a time (time, delay,
 * délai, temps, within, sous, moins de, or a duration such as "2 h"). "Response rate" / "taux de réponse" alone is
 * not a time. The threshold is a duration written in the metric ("within 2 h": then a target up to 100 is the share
 * to reach), else the target in the unit the metric names (minutes, hours, days; hours when none).
 */
export interface ResponseTarget {
  objectiveId: string;
  thresholdMs: number;
  /** Share of answers to bring within the threshold (0..1), when the objective says so. */
  goalShare?: number;
  /** Empty: every platform. */
  platforms: Platform[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

const REPLY_WORD = /\b(respon\w*|repon\w*|repond\w*|repli\w*|reply|replies|replied|answer\w*|first reply)\b/;
const TIME_WORD = /\b(time|times|delay|delai|delais|temps|speed|vitesse|rapidite|within|under|sous|moins de|turnaround|sla|tat|frt)\b/;
const PERCENT_WORD = /%|\b(percent|percentage|pourcentage|share|part|taux|rate|proportion|ratio)\b/;
const DURATION = /(\d+(?:[.,]\d+)?)\s*(minutes?|mins?|mn|heures?|hours?|hrs?|h|jours?|days?|j|d)\b/;
const UNIT_ONLY = /\b(minutes?|mins?|mn|heures?|hours?|hrs?|h|jours?|days?|j|d)\b/;

function unitMs(unit: string): number {
  if (/^(minutes?|mins?|mn)$/.test(unit)) return MINUTE;
  if (/^(jours?|days?|j|d)$/.test(unit)) return DAY;
  return HOUR;
}

export function isResponseTimeMetric(text: string): boolean {
  const t = fold(text);
  return REPLY_WORD.test(t) && (TIME_WORD.test(t) || DURATION.test(t));
}

export function targetFromObjective(o: Objective): ResponseTarget | undefined {
  if (o.kind !== 'quantitative') return undefined;
  const text = o.metric?.trim() ? o.metric : o.statement;
  if (!text || !isResponseTimeMetric(text)) return undefined;
  const t = fold(text);
  const duration = DURATION.exec(t);
  const base = { objectiveId: o.id, platforms: [...(o.platforms ?? [])] };
  if (duration) {
    const n = Number(duration[1].replace(',', '.'));
    const thresholdMs = n * unitMs(duration[2]);
    if (!(thresholdMs > 0)) return undefined;
    const target = o.target;
    const isGoal = target !== undefined && target > 0 && target <= 100 && (PERCENT_WORD.test(t) || target !== n);
    return isGoal ? { ...base, thresholdMs, goalShare: target / 100 } : { ...base, thresholdMs };
  }
  if (PERCENT_WORD.test(t) || o.target === undefined || !(o.target > 0)) return undefined;
  const unit = UNIT_ONLY.exec(t);
  return { ...base, thresholdMs: o.target * (unit ? unitMs(unit[1]) : HOUR) };
}

export function responseTargets(brand: { objectives?: readonly Objective[] } | undefined): ResponseTarget[] {
  return (brand?.objectives ?? []).map(targetFromObjective).filter((t): t is ResponseTarget => !!t);
}

/** The target for one platform: one naming that platform first, else a general one; the strictest when several. */
export function targetFor(targets: readonly ResponseTarget[], platform?: Platform): ResponseTarget | undefined {
  const specific = platform ? targets.filter((t) => t.platforms.includes(platform)) : [];
  const pool = specific.length ? specific : targets.filter((t) => t.platforms.length === 0);
  return pool.reduce<ResponseTarget | undefined>((best, t) => (!best || t.thresholdMs < best.thresholdMs ? t : best), undefined);
}
