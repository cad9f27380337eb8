import type { UiLanguage } from '../../lib/i18n';
import { formatNumber } from '../../lib/i18n';
import { appText } from './messages';

export function QueueSummary({ open, urgent, lang }: { open: number | null; urgent: number | null; lang: UiLanguage }) {
  const shown = (n: number | null) => (n === null ? '…' : formatNumber(n, lang));
  const t = appText(lang);
  return (
    <section class="ck-card ck-row" aria-label={t('queue')} style={{ justifyContent: 'space-around' }}>
      <div>
        <div class="ck-stat" data-testid="open-count">{shown(open)}</div>
        <div class="ck-muted">{t('openItems')}</div>
      </div>
      <div>
        <div class="ck-stat" style={{ color: urgent ? 'var(--ck-error)' : undefined }} data-testid="urgent-count">{shown(urgent)}</div>
        <div class="ck-muted">{t('urgentItems')}</div>
      </div>
    </section>
  );
}
