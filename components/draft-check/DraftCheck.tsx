import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyFix, lint } from '../../lib/guidelines';
import type { UiLanguage } from '../../lib/i18n';
import { compiledFor } from '../../lib/page/lint-draft';
import { PLATFORMS, type Platform } from '../../lib/platforms/types';
import { toneRulesOf } from '../../lib/store/library';
import type { Db } from '../../lib/store/db';
import type { Brand } from '../../lib/store/schemas/brand';
import type { ToneRulesRecord } from '../../lib/store/schemas/tone-rules';
import { LintBadge } from '../guidelines/LintBadge';
import { LintList } from '../guidelines/LintList';
import { PLATFORM_LABEL } from '../../lib/page/lint-messages';
import { draftText } from './messages';
import { currentTabUrl } from '../../lib/store/client';
import { adapterForUrl } from '../../lib/platforms/registry';

interface Props {
  db: Db;
  brand: Pick<Brand, 'id' | 'locale'>;
  lang: UiLanguage;
  /** The platform of the tab in front of the user, when it is one. */
  detectPlatform?: () => Promise<Platform | undefined>;
}

async function platformOfTab(): Promise<Platform | undefined> {
  const url = await currentTabUrl();
  return url && /^https?:/.test(url) ? adapterForUrl(url)?.platform : undefined;
}

/** The popup's and side panel's "check a draft" box: the brand's rules on pasted text, live, with one-click fixes. */
export function DraftCheck({ db, brand, lang, detectPlatform = platformOfTab }: Props) {
  const t = draftText(lang);
  const [record, setRecord] = useState<ToneRulesRecord | null | undefined>(undefined);
  const [platform, setPlatform] = useState<Platform>('x');
  const [kind, setKind] = useState<'reply' | 'post'>('reply');
  const [text, setText] = useState('');
  useEffect(() => {
    let live = true;
    void toneRulesOf(db, brand.id).then((r) => live && setRecord(r ?? null), () => live && setRecord(null));
    return () => {
      live = false;
    };
  }, [db, brand]);
  useEffect(() => {
    detectPlatform().then((p) => p && setPlatform(p), () => {});
  }, [detectPlatform]);
  const compiled = useMemo(() => (record === undefined ? null : compiledFor({ record, locale: brand.locale })), [record, brand.locale]);
  const problems = useMemo(() => (compiled && text.trim() ? lint(text, { platform, kind }, compiled) : []), [compiled, text, platform, kind]);
  return (
    <section class="ck-card" aria-labelledby="ck-draft-title">
      <h2 id="ck-draft-title" class="ck-row" style={{ gap: '8px', alignItems: 'center' }}>
        {t('title')} {text.trim() ? <LintBadge problems={problems} lang={lang} /> : null}
      </h2>
      <div class="ck-row" style={{ gap: '8px', flexWrap: 'wrap' }}>
        <label>
          {t('platform')}{' '}
          <select value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value as Platform)}>
            {PLATFORMS.map((p) => <option key={p} value={p}>{PLATFORM_LABEL[p] ?? p}</option>)}
          </select>
        </label>
        <label>
          {t('kind')}{' '}
          <select value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as 'reply' | 'post')}>
            <option value="reply">{t('reply')}</option>
            <option value="post">{t('post')}</option>
          </select>
        </label>
      </div>
      <label for="ck-draft-text" style={{ display: 'block', marginTop: '6px' }}>{t('text')}</label>
      <textarea
        id="ck-draft-text"
        rows={4}
        style={{ width: '100%', boxSizing: 'border-box' }}
        placeholder={t('placeholder')}
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {record === null ? <p class="ck-muted">{t('defaultRules')}</p> : null}
      {text.trim() ? <LintList problems={problems} text={text} lang={lang} onFix={(p) => p.fix && setText(applyFix(text, p.fix))} /> : null}
    </section>
  );
}
