import { useCallback, useEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import type { Reply, UiMessage } from '../../lib/messages';
import type { Db } from '../../lib/store/db';
import type { Brand } from '../../lib/store/schemas/brand';
import type { ReplyTemplate } from '../../lib/store/schemas/template';
import { templatesOf } from '../../lib/store/library';
import { sendToBackground } from '../../lib/store/client';
import { DEFAULT_TEMPLATES } from '../../lib/suggest';
import { TemplateEditor } from '../suggest/TemplateEditor';
import { repliesSectionText } from './messages';

interface Props {
  db: Db;
  brand: Pick<Brand, 'id' | 'name' | 'agent'>;
  lang: UiLanguage;
  send?: (msg: UiMessage) => Promise<Reply>;
}

type Status = { kind: 'saved' | 'deleted' | 'full' } | { kind: 'failed'; reason: string } | null;

/** The dashboard's reply library: the brand's own templates, then the built-in ones they can copy and edit. */
export function RepliesSection({ db, brand, lang, send = sendToBackground }: Props) {
  const t = repliesSectionText(lang);
  const [own, setOwn] = useState<ReplyTemplate[] | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const load = useCallback(async () => setOwn((await templatesOf(db, brand.id)).valid), [db, brand.id]);
  useEffect(() => void load(), [load]);

  const report = (r: Reply, done: 'saved' | 'deleted') =>
    setStatus(r.ok ? { kind: done } : r.error === 'storage-full' ? { kind: 'full' } : { kind: 'failed', reason: r.error });

  if (!own) return <p class="ck-muted">{t('loading')}</p>;
  return (
    <section aria-label={t('intro', { brand: brand.name })}>
      <p class="ck-muted">{t('intro', { brand: brand.name })}</p>
      {status && (
        <p role={status.kind === 'saved' || status.kind === 'deleted' ? 'status' : 'alert'} class={status.kind === 'saved' || status.kind === 'deleted' ? 'ck-muted' : 'ck-error'}>
          {status.kind === 'failed' ? t('failed', { reason: status.reason }) : t(status.kind)}
        </p>
      )}
      <TemplateEditor
        templates={[...own, ...DEFAULT_TEMPLATES]}
        lang={lang}
        brandId={brand.id}
        brandName={brand.name}
        agent={brand.agent}
        onSave={(tpl) =>
          void send({ type: 'templates.save', template: tpl }).then(async (r) => {
            report(r, 'saved');
            if (r.ok) await load();
          })
        }
        onDelete={(id) =>
          void send({ type: 'templates.delete', id }).then(async (r) => {
            report(r, 'deleted');
            if (r.ok) await load();
          })
        }
      />
    </section>
  );
}
