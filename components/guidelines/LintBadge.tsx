import type { Problem } from '../../lib/guidelines';
import type { UiLanguage } from '../../lib/i18n';
import { guideText } from './messages';
import { color, s, severityColor } from './styles';

interface Props {
  problems: Problem[];
  lang: UiLanguage;
  onClick?: () => void;
  expanded?: boolean;
}

/** The count of problems, coloured by the worst one; a button when it opens the list. */
export function LintBadge({ problems, lang, onClick, expanded }: Props) {
  const t = guideText(lang);
  const worst = problems.some((p) => p.severity === 'error') ? 'error' : problems.some((p) => p.severity === 'warning') ? 'warning' : 'hint';
  const label = problems.length ? t('badgeLabel', { count: problems.length }) : t('badgeNone');
  const style = { ...s.badge, color: problems.length ? severityColor[worst] : color.muted, borderColor: problems.length ? severityColor[worst] : color.border };
  if (!onClick) {
    return (
      <span role="status" aria-label={label} title={label} style={style}>
        {problems.length}
      </span>
    );
  }
  return (
    <button type="button" aria-label={label} title={label} aria-expanded={expanded} onClick={onClick} style={style}>
      {problems.length}
    </button>
  );
}
