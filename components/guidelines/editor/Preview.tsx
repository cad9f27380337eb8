import { useMemo, useState } from 'preact/hooks';
import { compileRules, lint, type ToneRules } from '../../../lib/guidelines';
import { PLATFORMS, type Platform } from '../../../lib/platforms/types';
import type { UiLanguage } from '../../../lib/i18n';
import { LintBadge } from '../LintBadge';
import { LintList } from '../LintList';
import { guideText } from '../messages';
import { s } from '../styles';
import { applyFix } from '../../../lib/guidelines';

interface Props {
  /** The draft as edited, valid or not: the compiler keeps every valid part. */
  draft: unknown;
  lang: UiLanguage;
  initialText: string;
}

/** Lints sample text against the rules being edited, as they change. */
export function Preview({ draft, lang, initialText }: Props) {
  const t = guideText(lang);
  const [text, setText] = useState(initialText);
  const [platform, setPlatform] = useState<Platform>('facebook');
  const [kind, setKind] = useState<'reply' | 'post'>('reply');
  const [author, setAuthor] = useState('');
  const compiled = useMemo(() => compileRules(draft as ToneRules), [draft]);
  const problems = useMemo(() => lint(text, { platform, kind, authorName: author || undefined }, compiled), [text, platform, kind, author, compiled]);
  return (
    <section style={s.preview} aria-labelledby="ck-preview-title">
      <h3 id="ck-preview-title" style={{ display: 'flex', gap: '8px', alignItems: 'center', margin: '0 0 8px' }}>
        {t('preview')} <LintBadge problems={problems} lang={lang} />
      </h3>
      <div style={s.row}>
        <div style={s.field}>
          <label for="ck-preview-platform" style={s.label}>{t('platform')}</label>
          <select id="ck-preview-platform" style={s.input} value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value as Platform)}>
            {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </div>
        <div style={s.field}>
          <label for="ck-preview-kind" style={s.label}>{t('kind')}</label>
          <select id="ck-preview-kind" style={s.input} value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as 'reply' | 'post')}>
            <option value="reply">{t('reply')}</option>
            <option value="post">{t('post')}</option>
          </select>
        </div>
        <div style={s.field}>
          <label for="ck-preview-author" style={s.label}>{t('author')}</label>
          <input id="ck-preview-author" style={s.input} value={author} onInput={(e) => setAuthor((e.currentTarget as HTMLInputElement).value)} />
        </div>
      </div>
      <div style={s.field}>
        <label for="ck-preview-text" style={s.label}>{t('sample')}</label>
        <textarea id="ck-preview-text" rows={5} style={s.input} value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </div>
      <LintList problems={problems} text={text} lang={lang} onFix={(p) => p.fix && setText(applyFix(text, p.fix))} />
    </section>
  );
}
