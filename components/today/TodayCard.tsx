import { useEffect, useState } from 'preact/hooks';
import type { Db } from '../../lib/store/db';
import type { CalendarPost } from '../../lib/store/schemas/post';
import { postsBetween } from '../../lib/store/posts';
import { openDashboard, sendToBackground } from '../../lib/store/client';
import { composerUrl, textFor } from '../../lib/calendar/composer-urls';
import { PLATFORM_LABELS, STATUS_LABELS } from '../../lib/calendar/names';
import { addDaysToWall, pad2, wallTimeOf } from '../../lib/calendar/zoned-time';
import type { UiLanguage } from '../../lib/i18n';
import { dateFormat } from '../calendar/format';
import { dayStartIso } from '../calendar-section/range';
import { todayText } from './messages';
import { OVERDUE_DAYS, splitToday } from './today-posts';

export interface TodayCardProps {
  db: Db;
  brandId: string;
  lang: UiLanguage;
  timeZone?: string;
  now?: () => string;
  copy?: (text: string) => Promise<void>;
}

const writeClipboard = (text: string) => navigator.clipboard.writeText(text);

/** Popup and side panel: what is due today and what is late, each with its text to copy and its composer. */
export function TodayCard({ db, brandId, lang, ...props }: TodayCardProps) {
  const t = todayText(lang);
  const timeZone = props.timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Toronto');
  const now = props.now ?? (() => new Date().toISOString());
  const [posts, setPosts] = useState<CalendarPost[] | null>(null);
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const w = wallTimeOf(Date.parse(now()), timeZone);
    const tomorrow = addDaysToWall(w, 1);
    const to = dayStartIso(`${tomorrow.year}-${pad2(tomorrow.month)}-${pad2(tomorrow.day)}`, timeZone);
    const from = new Date(Date.parse(now()) - OVERDUE_DAYS * 86_400_000).toISOString();
    void postsBetween(db, brandId, from, to).then((r) => setPosts(r.valid), () => setPosts([]));
  }, [db, brandId, version]);

  if (!posts) return null;
  const { today, overdue } = splitToday(posts, now(), timeZone);
  const copy = (text: string) => (props.copy ?? writeClipboard)(text).then(() => setStatus(t('copied')), () => setStatus(t('copyFailed')));
  const publish = async (p: CalendarPost) => {
    const reply = await sendToBackground({ type: 'posts.save', posts: [{ ...p, status: 'published', updatedAt: now() }] });
    setStatus(reply.ok ? t('markedPublished') : t('saveFailed', { error: reply.error }));
    setVersion((v) => v + 1);
  };
  const when = dateFormat(lang, timeZone, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

  const item = (p: CalendarPost) => {
    const first = p.text.split('\n')[0] || t('noText');
    const platforms = p.platforms.length ? p.platforms : [];
    const distinct = platforms.filter((x) => textFor(p, x) !== p.text);
    return (
      <li key={p.id} data-post-id={p.id} class="ck-today-post">
        <div>
          <span class="ck-muted">{when.format(new Date(p.date))}</span> · {platforms.map((x) => PLATFORM_LABELS[x]).join(', ')} ·{' '}
          <span class="ck-muted">{STATUS_LABELS[lang][p.status]}</span>
        </div>
        <div class="ck-today-text">{first.length > 120 ? first.slice(0, 119) + '…' : first}</div>
        <div class="ck-row ck-today-actions">
          <button type="button" onClick={() => void copy(platforms[0] ? textFor(p, platforms[0]) : p.text)}>{t('copy')}</button>
          {distinct.map((x) => (
            <button key={x} type="button" onClick={() => void copy(textFor(p, x))}>{t('copyFor', { platform: PLATFORM_LABELS[x] })}</button>
          ))}
          {platforms.slice(0, 3).map((x) => (
            <a key={x} href={composerUrl(x, textFor(p, x))} target="_blank" rel="noopener noreferrer">{t('open', { platform: PLATFORM_LABELS[x] })}</a>
          ))}
          {p.status !== 'published' && <button type="button" onClick={() => void publish(p)}>{t('published')}</button>}
        </div>
      </li>
    );
  };

  return (
    <section class="ck-card ck-today" aria-labelledby="ck-today-title" data-testid="today-card">
      <h2 id="ck-today-title">{t('title')}</h2>
      {!today.length && !overdue.length && <p class="ck-muted">{t('nothing')}</p>}
      {overdue.length > 0 && (
        <>
          <h3 class="ck-error">{t('overdue', { count: overdue.length })}</h3>
          <ul data-testid="today-overdue">{overdue.map(item)}</ul>
        </>
      )}
      {today.length > 0 && (
        <>
          <h3>{t('today', { count: today.length })}</h3>
          <ul data-testid="today-today">{today.map(item)}</ul>
        </>
      )}
      <p role="status" class="ck-muted">{status}</p>
      <button type="button" onClick={() => void openDashboard('#calendar')}>{t('calendar')}</button>
    </section>
  );
}
