import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultPack, validateRules, type RuleError, type ToneRules } from '../../lib/guidelines';
import type { UiLanguage } from '../../lib/i18n';
import type { Reply, UiMessage } from '../../lib/messages';
import type { Db } from '../../lib/store/db';
import { toneRulesOf } from '../../lib/store/library';
import { sendToBackground } from '../../lib/store/client';
import type { Brand } from '../../lib/store/schemas/brand';
import type { ToneRulesRecord } from '../../lib/store/schemas/tone-rules';
import { downloadText } from '../data/save-file';
import { RulesEditor } from '../guidelines/RulesEditor';
import { rulesSectionText } from './messages';
import { MAX_RULES_FILE_MB, parseRulesFile, rulesFileName, rulesFileText } from './rules-file';

interface Props {
  db: Db;
  brand: Pick<Brand, 'id' | 'name' | 'locale'>;
  lang: UiLanguage;
  send?: (msg: UiMessage) => Promise<Reply>;
  download?: (fileName: string, text: string) => void;
  now?: () => Date;
}

type Status =
  | { kind: 'idle' | 'saving' | 'saved' | 'full' | 'fromPack' }
  | { kind: 'failed'; reason: string }
  | { kind: 'imported'; name: string }
  | { kind: 'importRefused'; text: string; errors: RuleError[] };

/**
 * The dashboard's tone rules: the active brand's record in the rules editor (the locale's default pack when it has
 * none), saved through the background only when valid. A failed save, storage full included, keeps every edit on screen.
 */
export function RulesSection({ db, brand, lang, send = sendToBackground, download = downloadText, now = () => new Date() }: Props) {
  const t = rulesSectionText(lang);
  const [record, setRecord] = useState<ToneRulesRecord | null>(null);
  const [initial, setInitial] = useState<{ rules: ToneRules; key: number } | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const onScreen = useRef<ToneRules | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void toneRulesOf(db, brand.id).then((stored) => {
      if (!live) return;
      const rec: ToneRulesRecord = stored ?? {
        id: `${brand.id}-rules`,
        brandId: brand.id,
        pack: brand.locale,
        rules: defaultPack(brand.locale),
        updatedAt: now().toISOString(),
      };
      setRecord(rec);
      onScreen.current = rec.rules;
      setInitial({ rules: rec.rules, key: 0 });
      setStatus({ kind: stored ? 'idle' : 'fromPack' });
    });
    return () => {
      live = false;
    };
  }, [db, brand.id]);

  if (!record || !initial) return <p class="ck-muted">{t('loading')}</p>;

  const save = async (rules: ToneRules) => {
    setStatus({ kind: 'saving' });
    const next: ToneRulesRecord = { ...record, rules, updatedAt: now().toISOString() };
    const reply = await send({ type: 'rules.save', rules: next });
    if (reply.ok) {
      setRecord(next);
      setStatus({ kind: 'saved' });
    } else setStatus(reply.error === 'storage-full' ? { kind: 'full' } : { kind: 'failed', reason: reply.error });
  };

  const exportFile = () => download(rulesFileName(brand.name), rulesFileText(record, onScreen.current ?? record.rules));

  const importFile = async (file: File) => {
    if (file.size > MAX_RULES_FILE_MB * 1024 * 1024) return setStatus({ kind: 'importRefused', text: t('importTooBig', { max: MAX_RULES_FILE_MB }), errors: [] });
    const parsed = parseRulesFile(await file.text());
    if (parsed.ok) {
      onScreen.current = parsed.rules;
      setInitial({ rules: parsed.rules, key: initial.key + 1 });
      setStatus({ kind: 'imported', name: file.name });
    } else if (parsed.code === 'invalid') setStatus({ kind: 'importRefused', text: t('importInvalid', { count: parsed.errors.length }), errors: parsed.errors });
    else if (parsed.code === 'not-json') setStatus({ kind: 'importRefused', text: t('importNotJson', { detail: parsed.detail }), errors: [] });
    else setStatus({ kind: 'importRefused', text: t('importTooBig', { max: MAX_RULES_FILE_MB }), errors: [] });
  };

  return (
    <section aria-label={brand.name}>
      <div class="ck-row" style={{ gap: '8px', marginBottom: '8px', flexWrap: 'wrap' }}>
        <button type="button" onClick={exportFile}>{t('exportRules')}</button>
        <button type="button" onClick={() => fileInput.current?.click()}>{t('importRules')}</button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          aria-label={t('importRules')}
          style={{ display: 'none' }}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <StatusLine status={status} lang={lang} pack={record.pack} />
      <RulesEditor
        key={initial.key}
        initial={initial.rules}
        lang={lang}
        onSave={(rules) => void save(rules)}
        onChange={(draft) => {
          const v = validateRules(draft);
          if (v.ok) onScreen.current = v.rules;
        }}
      />
    </section>
  );
}

function StatusLine({ status, lang, pack }: { status: Status; lang: UiLanguage; pack: string }) {
  const t = rulesSectionText(lang);
  switch (status.kind) {
    case 'idle':
      return null;
    case 'fromPack':
      return <p class="ck-muted" role="status">{t('fromPack', { pack })}</p>;
    case 'saving':
      return <p role="status">{t('saving')}</p>;
    case 'saved':
      return <p role="status">{t('saved')}</p>;
    case 'full':
      return <p class="ck-error" role="alert">{t('full')}</p>;
    case 'failed':
      return <p class="ck-error" role="alert">{t('failed', { reason: status.reason })}</p>;
    case 'imported':
      return <p role="status">{t('imported', { name: status.name })}</p>;
    case 'importRefused':
      return (
        <div class="ck-error" role="alert">
          <p>{status.text}</p>
          {status.errors.length ? (
            <ul>
              {status.errors.slice(0, 20).map((e, i) => <li key={`${e.path}-${i}`}>{e.path || (lang === 'fr' ? '(racine)' : '(root)')} : {e[lang]}</li>)}
            </ul>
          ) : null}
        </div>
      );
  }
}
