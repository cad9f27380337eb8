import { defineMessages, type UiLanguage } from '../i18n';
import type { EngagementItem } from '../store/schemas/engagement';
import { toCsv, type Cell } from './csv';
import type { GroupMetrics, MetricsReport } from './metrics';
import { checklist } from './state';

const headers = defineMessages('engagement-csv', {
  fr: {
    id: 'id', platform: 'plateforme', kind: 'type', author: 'auteur', handle: 'identifiant', text: 'texte',
    permalink: 'lien', postedAt: 'publié le', firstSeenAt: 'vu le', state: 'état', intent: 'intention',
    sentiment: 'sentiment', language: 'langue', priority: 'priorité', liked: 'aimé', answered: 'répondu',
    answeredAt: 'répondu le', responseMin: 'délai de réponse (min)', responseSource: 'source du délai',
    dimension: 'dimension', key: 'valeur', items: 'éléments', timed: 'délais connus', medianMin: 'médiane (min)',
    p90Min: '90e centile (min)', withinTarget: 'dans la cible (%)', judged: 'jugés sur la cible', open: 'ouverts',
    oldestOpenH: 'plus vieux ouvert (h)', mentionsDone: 'mentions aimées et commentées (%)',
    sharesDone: 'partages aimés (%)', all: 'tout', byPlatform: 'plateforme', byWeek: 'semaine', byIntent: 'intention',
  },
  en: {
    id: 'id', platform: 'platform', kind: 'kind', author: 'author', handle: 'handle', text: 'text',
    permalink: 'link', postedAt: 'posted at', firstSeenAt: 'first seen at', state: 'state', intent: 'intent',
    sentiment: 'sentiment', language: 'language', priority: 'priority', liked: 'liked', answered: 'answered',
    answeredAt: 'answered at', responseMin: 'first response (min)', responseSource: 'response time source',
    dimension: 'dimension', key: 'value', items: 'items', timed: 'known response times', medianMin: 'median (min)',
    p90Min: '90th percentile (min)', withinTarget: 'within target (%)', judged: 'judged against target', open: 'open',
    oldestOpenH: 'oldest open (h)', mentionsDone: 'mentions liked and commented (%)', sharesDone: 'shares liked (%)',
    all: 'all', byPlatform: 'platform', byWeek: 'week', byIntent: 'intent',
  },
});

const minutes = (ms: number | undefined) => (ms === undefined ? undefined : ms / 60_000);
const pct = (share: number | undefined) => (share === undefined ? undefined : share * 100);

export function logCsv(items: readonly EngagementItem[], lang: UiLanguage): string {
  const t = headers(lang);
  const cols = ['id', 'platform', 'kind', 'author', 'handle', 'text', 'permalink', 'postedAt', 'firstSeenAt', 'state',
    'intent', 'sentiment', 'language', 'priority', 'liked', 'answered', 'answeredAt', 'responseMin', 'responseSource'] as const;
  const rows: Cell[][] = [cols.map((c) => t(c))];
  for (const i of items) {
    const steps = checklist(i);
    rows.push([
      i.id, i.platform, i.kind, i.author.name, i.author.handle, i.text, i.permalink, i.postedAt, i.firstSeenAt, i.state,
      i.intent, i.sentiment, i.language, i.priority, steps.some((s) => s.step === 'like' && s.done), !!i.answeredAt,
      i.answeredAt, minutes(i.responseMs), i.responseSource,
    ]);
  }
  return toCsv(rows, lang);
}

export function metricsCsv(report: MetricsReport, lang: UiLanguage): string {
  const t = headers(lang);
  const rows: Cell[][] = [
    (['dimension', 'key', 'items', 'answered', 'timed', 'medianMin', 'p90Min', 'withinTarget', 'judged', 'open',
      'oldestOpenH', 'mentionsDone', 'sharesDone'] as const).map((c) => t(c)),
  ];
  const add = (dimension: string, g: GroupMetrics, key = g.key) =>
    rows.push([
      dimension, key, g.items, g.answered, g.timed, minutes(g.medianMs), minutes(g.p90Ms), pct(g.withinTarget?.share),
      g.withinTarget?.total, g.open, g.oldestOpenMs === undefined ? undefined : g.oldestOpenMs / 3_600_000,
      pct(g.mentions.rate), pct(g.shares.rate),
    ]);
  add(t('all'), report.overall, t('all'));
  for (const g of report.byPlatform) add(t('byPlatform'), g);
  for (const g of report.byWeek) add(t('byWeek'), g);
  for (const g of report.byIntent) add(t('byIntent'), g);
  return toCsv(rows, lang);
}
