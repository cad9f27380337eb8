import { useEffect, useState } from 'preact/hooks';
import type { Health } from '../../lib/platforms/types';
import type { UiLanguage } from '../../lib/i18n';
import { activeTabId, sessionValue } from '../../lib/store/client';
import { appText } from './messages';

/** What the adapter of the page in front of the user found: a miss is said, never silent. */
export function HealthNotice({ lang }: { lang: UiLanguage }) {
  const t = appText(lang);
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    void (async () => {
      const tab = await activeTabId();
      const stored = (await sessionValue(`health:${tab}`)) as { health: Health } | undefined;
      setHealth(stored?.health ?? null);
    })();
  }, []);
  if (!health) return null;
  const total = Object.values(health.found).reduce((a, b) => a + b, 0);
  return (
    <p class={health.ok ? 'ck-muted' : 'ck-error'} role={health.ok ? undefined : 'alert'} data-testid="health">
      {health.ok ? t('healthOk', { count: total }) : t('healthBad', { platform: health.platform, problem: health.problems[0] ?? '' })}
    </p>
  );
}
