import { useState } from 'preact/hooks';
import type { Db } from '../../lib/store/db';
import { postsBetween } from '../../lib/store/posts';
import { exportCsvBytes } from '../../lib/calendar/csv-export';
import { exportIcs } from '../../lib/calendar/ics-export';
import type { UiLanguage } from '../../lib/i18n';
import { sectionText } from './messages';
import { downloadBytes, fileStem } from './download';

export interface ExportButtonsProps {
  db: Db;
  brand: { id: string; name: string };
  lang: UiLanguage;
  now: () => string;
}

/** Every post of the brand as a CSV a French Excel opens, or as an iCalendar file. */
export function ExportButtons({ db, brand, lang, now }: ExportButtonsProps) {
  const t = sectionText(lang);
  const [status, setStatus] = useState('');
  const all = async () => (await postsBetween(db, brand.id, '0000', '9999')).valid;
  const csv = async () => {
    const at = now();
    const name = `${fileStem(brand.name, lang === 'fr' ? 'calendrier' : 'calendar', at)}.csv`;
    downloadBytes(name, exportCsvBytes(await all(), lang), 'text/csv;charset=utf-8');
    setStatus(t('exported', { name }));
  };
  const ics = async () => {
    const at = now();
    const name = `${fileStem(brand.name, lang === 'fr' ? 'calendrier' : 'calendar', at)}.ics`;
    downloadBytes(name, exportIcs(await all(), { lang, now: at, calendarName: brand.name }), 'text/calendar;charset=utf-8');
    setStatus(t('exported', { name }));
  };
  return (
    <span class="ck-row ck-calsec-export">
      <button type="button" onClick={() => void csv()}>{t('exportCsv')}</button>
      <button type="button" onClick={() => void ics()}>{t('exportIcs')}</button>
      <span role="status" class="ck-muted">{status}</span>
    </span>
  );
}
