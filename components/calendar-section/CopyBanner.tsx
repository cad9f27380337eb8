import { useEffect, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { sectionText } from './messages';
import type { CopyRequest } from './copy-request';

async function writeClipboard(text: string) {
  await navigator.clipboard.writeText(text);
}

/** The reminder's "copy the text", done on arrival; the button is there when the browser refused (no focus). */
export function CopyBanner({ request, lang, onClose, copy = writeClipboard }: { request: CopyRequest; lang: UiLanguage; onClose: () => void; copy?: (text: string) => Promise<void> }) {
  const t = sectionText(lang);
  const [state, setState] = useState<'pending' | 'copied' | 'failed'>('pending');
  const run = () => copy(request.text).then(() => setState('copied'), () => setState('failed'));
  useEffect(() => {
    void run();
  }, [request]);
  return (
    <section class="ck-calsec-copy" aria-labelledby="ck-copy-title">
      <h2 id="ck-copy-title">{t('copyTitle')}</h2>
      <p class="ck-calsec-copytext" data-testid="copy-text">{request.text}</p>
      <p role="status">{state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}</p>
      <span class="ck-row">
        <button type="button" class="primary" onClick={() => void run()}>{t('copy')}</button>
        <button type="button" onClick={onClose}>{t('close')}</button>
      </span>
    </section>
  );
}
