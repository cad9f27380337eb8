import { PILLAR_LABELS, STATUS_LABELS } from '../../lib/calendar/names';
import type { CalendarPost } from '../../lib/store/schemas/post';
import { calendarText } from './messages';
import { LintBadges } from './LintBadges';
import { viewActions, type CalendarViewProps } from './actions';
import { dateFormat } from './format';

export interface ListViewProps extends CalendarViewProps {
  onDuplicate: (post: CalendarPost) => void;
}

/** Every post in date order, with its actions as buttons (the keyboard path to everything). */
export function ListView(props: ListViewProps) {
  const { lang, timeZone } = props;
  const t = calendarText(lang);
  const act = viewActions(props);
  const when = dateFormat(lang, timeZone, { dateStyle: 'medium', timeStyle: 'short' });
  const sorted = [...props.posts].sort((a, b) => a.date.localeCompare(b.date));
  if (!sorted.length) return <p class="ck-empty">{t('noPosts')}</p>;
  return (
    <table class="ck-cal-list">
      <thead>
        <tr>
          <th scope="col">{t('columnWhen')}</th>
          <th scope="col">{t('platforms')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('pillar')}</th>
          <th scope="col">{t('columnText')}</th>
          <th scope="col">{t('columnActions')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((p) => (
          <tr key={p.id} data-post-id={p.id}>
            <td>{when.format(new Date(p.date))}</td>
            <td><LintBadges post={p} lang={lang} lintFor={props.lintFor} /></td>
            <td>{STATUS_LABELS[lang][p.status]}</td>
            <td>{PILLAR_LABELS[lang][p.pillar]}</td>
            <td class="ck-cal-text">{p.text.length > 140 ? p.text.slice(0, 139) + '…' : p.text}</td>
            <td class="ck-row">
              <button type="button" onClick={() => props.onOpen(p)}>{t('edit')}</button>
              <button type="button" onClick={() => props.onDuplicate(p)}>{t('duplicate')}</button>
              <button type="button" onClick={() => act.remove(p)}>{t('delete')}</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
