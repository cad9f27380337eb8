import { useEffect, useMemo, useState } from 'preact/hooks';
import type { UiLanguage } from '../../lib/i18n';
import { calendarText } from './messages';

export const MAX_IMAGE_MB = 5;

interface Props {
  id: string;
  blob: Blob | undefined;
  alt: string;
  lang: UiLanguage;
  onChange: (blob: Blob | undefined) => void;
}

/** The post's image, kept as a Blob in IndexedDB; previewed from a blob: URL of our own, never from page text. */
export function ImagePicker({ id, blob, alt, lang, onChange }: Props) {
  const t = calendarText(lang);
  const [error, setError] = useState('');
  const preview = useMemo(() => (blob instanceof Blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const pick = (file: File | undefined) => {
    setError('');
    if (!file) return;
    if (!file.type.startsWith('image/')) return setError(t('imageNotImage'));
    if (file.size > MAX_IMAGE_MB * 1024 * 1024) return setError(t('imageTooBig', { size: MAX_IMAGE_MB }));
    onChange(file);
  };

  return (
    <div class="ck-field">
      <label for={id}>{t('image')}</label>
      <input id={id} type="file" accept="image/*" onChange={(e) => pick(e.currentTarget.files?.[0])} aria-invalid={!!error} />
      {error && <div class="ck-error" role="alert">{error}</div>}
      {preview && (
        <div class="ck-row" style={{ marginTop: '6px' }}>
          <img src={preview} alt={alt} style={{ maxWidth: '160px', maxHeight: '120px', borderRadius: '6px' }} data-testid="post-image" />
          <button type="button" onClick={() => onChange(undefined)}>{t('imageRemove')}</button>
        </div>
      )}
    </div>
  );
}
