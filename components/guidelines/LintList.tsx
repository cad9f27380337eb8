import { problemMessage, type Problem } from '../../lib/guidelines';
import type { UiLanguage } from '../../lib/i18n';
import { guideText } from './messages';
import { s, severityColor } from './styles';

interface Props {
  problems: Problem[];
  /** The linted text, to show what each problem points at. */
  text: string;
  lang: UiLanguage;
  onFix?: (problem: Problem) => void;
  onSelect?: (problem: Problem) => void;
}

const SEVERITY_KEY = { error: 'sevError', warning: 'sevWarning', hint: 'sevHint' } as const;

/** Problems with their reason and, where one exists, a one-click fix. Text only: nothing is rendered as HTML. */
export function LintList({ problems, text, lang, onFix, onSelect }: Props) {
  const t = guideText(lang);
  if (!problems.length) return <p style={s.muted} role="status">{t('noProblems')}</p>;
  return (
    <ul style={s.list} aria-label={t('listLabel')}>
      {problems.map((p, i) => {
        const excerpt = text.slice(p.start, p.end);
        const fixLabel = p.fix && p.fix.replacement ? t('fixTo', { replacement: p.fix.replacement.trim() }) : p.fix ? t('remove') : '';
        return (
          <li key={`${p.ruleId}-${p.start}-${i}`} style={s.item}>
            <span style={{ ...s.tag, color: severityColor[p.severity] }}>{t(SEVERITY_KEY[p.severity])}</span>
            <span style={{ flex: 1 }}>
              <span onClick={onSelect ? () => onSelect(p) : undefined}>{problemMessage(p, lang)}</span>
              {excerpt.trim() && excerpt.length <= 80 ? <span style={{ ...s.excerpt, display: 'block' }}>{lang === 'fr' ? `« ${excerpt} »` : `“${excerpt}”`}</span> : null}
            </span>
            {p.fix && onFix ? (
              <button type="button" style={s.fix} onClick={() => onFix(p)} aria-label={`${fixLabel} — ${problemMessage(p, lang)}`}>
                {p.fix.replacement ? t('fix') : t('remove')}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
