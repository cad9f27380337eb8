import { useEffect, useState } from 'preact/hooks';
import { defineMessages, type UiLanguage } from '../../lib/i18n';
import { toOrigin } from './instance-origin';

const text = defineMessages('mastodonInstances', {
  fr: {
    title: 'Instances Mastodon',
    intro: 'mastodon.social est déjà lu. Ajoutez l’instance de votre marque : le navigateur vous demandera la permission de lire ce site.',
    label: 'Adresse de l’instance',
    placeholder: 'ex. : mastodon.quebec',
    add: 'Ajouter',
    remove: 'Retirer {origin}',
    invalid: 'Entrez une adresse https valide, par exemple mastodon.quebec.',
    refused: 'Permission refusée : Cocktail ne lira pas {origin}.',
    added: '{origin} ajoutée : ouvrez ou rechargez une page de cette instance.',
    failed: 'L’ajout a échoué. Réessayez.',
  },
  en: {
    title: 'Mastodon instances',
    intro: 'mastodon.social is already read. Add your brand’s instance: the browser will ask your permission to read that site.',
    label: 'Instance address',
    placeholder: 'e.g. mastodon.quebec',
    add: 'Add',
    remove: 'Remove {origin}',
    invalid: 'Enter a valid https address, for example mastodon.quebec.',
    refused: 'Permission refused: Cocktail will not read {origin}.',
    added: '{origin} added: open or reload a page of that instance.',
    failed: 'Adding failed. Try again.',
  },
});

/** What the component needs from the browser, given by the settings page (tests pass fakes). */
export interface InstanceActions {
  /** browser.permissions.request for `${origin}/*`: must run inside the click. */
  request(origin: string): Promise<boolean>;
  list(): Promise<string[]>;
  add(origin: string): Promise<boolean>;
  remove(origin: string): Promise<boolean>;
}

export function MastodonInstances({ lang, actions }: { lang: UiLanguage; actions: InstanceActions }) {
  const t = text(lang);
  const [instances, setInstances] = useState<string[]>([]);
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<{ error: boolean; message: string } | null>(null);
  const refresh = async () => setInstances(await actions.list().catch(() => []));
  useEffect(() => {
    void refresh();
  }, []);

  const onAdd = (e: Event) => {
    e.preventDefault();
    const origin = toOrigin(value);
    if (!origin) return setStatus({ error: true, message: t('invalid') });
    // The permission prompt is opened synchronously from this click (a later await would lose the user gesture).
    const asked = actions.request(origin);
    void (async () => {
      try {
        if (!(await asked)) return setStatus({ error: true, message: t('refused', { origin }) });
        if (!(await actions.add(origin))) return setStatus({ error: true, message: t('failed') });
        setValue('');
        setStatus({ error: false, message: t('added', { origin }) });
        await refresh();
      } catch {
        setStatus({ error: true, message: t('failed') });
      }
    })();
  };

  return (
    <section class="ck-card" aria-labelledby="mastodon-instances-title">
      <h2 id="mastodon-instances-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ul>
        {instances.map((origin) => (
          <li key={origin}>
            {origin}{' '}
            {origin !== 'https://mastodon.social' && (
              <button type="button" aria-label={t('remove', { origin })} onClick={() => void actions.remove(origin).then(refresh)}>
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {/* Not a form: this card lives inside the settings form, and forms cannot nest. */}
      <div class="ck-row">
        <label>
          {t('label')}{' '}
          <input type="text" inputMode="url" value={value} placeholder={t('placeholder')} onInput={(e) => setValue((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => e.key === 'Enter' && onAdd(e)} />
        </label>{' '}
        <button type="button" onClick={onAdd}>{t('add')}</button>
      </div>
      {status && (
        <p role={status.error ? 'alert' : 'status'} class={status.error ? 'ck-error' : 'ck-muted'}>
          {status.message}
        </p>
      )}
    </section>
  );
}
