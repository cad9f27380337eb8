import type { UiLanguage } from '../../lib/i18n';
import type { CalendarPost } from '../../lib/store/schemas/post';
import type { LintFor } from '../../lib/calendar/view-model';
import { PLATFORM_LABELS } from '../../lib/calendar/names';
import { calendarText } from './messages';

export interface LintBadgesProps {
  post: CalendarPost;
  lang: UiLanguage;
  lintFor?: LintFor;
}

/** One badge per platform of the post: passes, or its count of errors and warnings (length limits included). */
export function lintBadgeList({ post, lang, lintFor }: LintBadgesProps) {
  const t = calendarText(lang);
  return post.platforms.map((p) => {
    const r = lintFor?.(post, p);
    const label = PLATFORM_LABELS[p];
    const state = !r ? 'unknown' : r.errors ? 'error' : r.warnings ? 'warn' : 'ok';
    const text = !r ? label : r.errors || r.warnings ? t('lintProblems', { platform: label, errors: r.errors, warnings: r.warnings }) : t('lintOk', { platform: label });
    return (
      <span key={p} class={`ck-cal-badge ck-cal-badge-${state}`} title={[text, ...(r?.messages ?? [])].join('\n')} aria-label={text}>
        {`${label}${r && (r.errors || r.warnings) ? ` ${r.errors + r.warnings}` : r ? ' ✓' : ''}`}
      </span>
    );
  });
}

/** The badges in a row of their own (list view, editor); a chip lays them out inline, without the wrapper. */
export function LintBadges(props: LintBadgesProps) {
  return <span class="ck-cal-lint">{lintBadgeList(props)}</span>;
}
