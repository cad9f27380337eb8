import { formatNumber, type UiLanguage } from '../../lib/i18n';
import type { Progress } from '../../lib/strategy/progress';
import { strategyText } from './messages';

/** Where an objective stands, in words and a bar; or what is missing to say it. */
export function ProgressLine({ progress: p, lang }: { progress: Progress; lang: UiLanguage }) {
  const t = strategyText(lang);
  if (p.kind === 'qualitative') return null;
  if (p.kind !== 'measured') {
    const text = p.kind === 'manual' ? t('progManual') : p.kind === 'no-target' ? t('progNoTarget') : p.missing === 'answers' ? t('progMissingAnswers') : t('progMissingPosts');
    return <p class="ck-progress ck-progress-missing" data-testid="progress">{text}</p>;
  }
  const num = (n: number) => formatNumber(n, lang, { maximumFractionDigits: 1 });
  const figures = { current: num(p.current), target: num(p.target) };
  const text = p.unit === 'hours' ? t('progHours', figures) : p.unit === 'percent' ? t('progPercent', figures) : t('progPerWeek', figures);
  const percent = Math.round(p.fraction * 100);
  return (
    <div class={`ck-progress ${p.met ? 'ck-progress-met' : 'ck-progress-behind'}`} data-testid="progress">
      <div>
        <span>{text}</span> · <strong>{p.met ? t('progMet') : t('progBehind')}</strong>
        <span class="ck-muted"> · {p.measure === 'reply-time' ? t('progAnswers', { count: p.sample }) : t('progPosts', { count: p.sample })}</span>
      </div>
      <div class="ck-bar" role="img" aria-label={t('progressLabel', { percent })}>
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
