import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { MonthView } from '../../../components/calendar/MonthView';
import { WeekView } from '../../../components/calendar/WeekView';
import { CalendarViews } from '../../../components/calendar/CalendarViews';
import { PostEditor } from '../../../components/calendar/PostEditor';
import { DRAG_TYPE } from '../../../components/calendar/PostChip';
import type { PostChange } from '../../../lib/calendar/view-model';
import { post } from './helpers';

const NOW = '2026-03-10T12:00:00.000Z';
const TZ = 'America/Toronto';
let root: HTMLElement;

function mount(vnode: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const posts = [
  post({ id: 'a', date: '2026-03-14T13:30:00.000Z', platforms: ['linkedin', 'x'], text: 'Samedi <img src=x onerror="window.__p=1">' }),
  post({ id: 'b', date: '2026-03-15T03:30:00.000Z', platforms: ['x'], status: 'idea', text: 'Tard le soir' }),
];
const lintFor = (_p: unknown, platform: string) => (platform === 'x' ? { errors: 1, warnings: 1, messages: ['Trop long pour X'] } : { errors: 0, warnings: 0 });

describe('month view', () => {
  it('puts each post on its local day with its lint status per platform, as text', () => {
    const el = mount(<MonthView posts={posts} lang="fr" timeZone={TZ} now={NOW} month="2026-03" lintFor={lintFor} onChange={() => {}} onOpen={() => {}} />);
    const cell = el.querySelector('[data-day="2026-03-14"]')!;
    expect([...cell.querySelectorAll('[data-post-id]')].map((c) => c.getAttribute('data-post-id'))).toEqual(['a', 'b']);
    expect(cell.querySelector('img')).toBeNull();
    expect(cell.textContent).toContain('<img src=x');
    const badges = [...cell.querySelectorAll('[data-post-id="a"] .ck-cal-badge')].map((b) => b.getAttribute('aria-label'));
    expect(badges).toEqual(['LinkedIn : conforme', 'X : 1 erreur(s), 1 avertissement(s)']);
    expect(el.querySelectorAll('td[data-day]')).toHaveLength(42);
    expect(el.querySelector('th')!.textContent).toBe('dim.');
  });

  it('moves a post by keyboard and by drag and drop, keeping its time of day', () => {
    const changes: PostChange[] = [];
    const el = mount(<MonthView posts={posts} lang="en" timeZone={TZ} now={NOW} month="2026-03" onChange={(c) => changes.push(c)} onOpen={() => {}} />);
    const chip = el.querySelector('[data-post-id="a"]') as HTMLElement;
    act(() => void chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', altKey: true, bubbles: true })));
    act(() => void chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true })));
    act(() => void chip.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
    Object.defineProperty(drop, 'dataTransfer', { value: { getData: (type: string) => (type === DRAG_TYPE ? 'a' : '') } });
    act(() => void el.querySelector('[data-day="2026-03-03"]')!.dispatchEvent(drop));
    expect(changes.map((c) => [c.kind, c.post.date, c.kind === 'update' ? c.before.date : null])).toEqual([
      ['update', '2026-03-15T13:30:00.000Z', '2026-03-14T13:30:00.000Z'],
      ['update', '2026-03-07T14:30:00.000Z', '2026-03-14T13:30:00.000Z'], // a week earlier, before DST: 09:30 EST
      ['update', '2026-03-03T14:30:00.000Z', '2026-03-14T13:30:00.000Z'],
    ]);
  });
});

describe('week view', () => {
  it('moves by an hour with Alt+Down', () => {
    const onChange = vi.fn();
    const el = mount(<WeekView posts={posts} lang="fr" timeZone={TZ} now={NOW} day="2026-03-12" onChange={onChange} onOpen={() => {}} />);
    expect([...el.querySelectorAll('[data-day]')].map((d) => d.getAttribute('data-day'))[0]).toBe('2026-03-08');
    act(() => void el.querySelector('[data-post-id="b"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true })));
    expect(onChange.mock.calls[0][0].post.date).toBe('2026-03-15T04:30:00.000Z');
  });
});

describe('calendar section', () => {
  it('filters, deletes from the list and undoes the deletion', () => {
    const changes: PostChange[] = [];
    const el = mount(<CalendarViews posts={posts} brandId="b1" newId={() => 'n1'} lang="en" timeZone={TZ} now={NOW} initialView="list" onChange={(c) => changes.push(c)} />);
    expect(el.querySelectorAll('tbody tr')).toHaveLength(2);
    const ideaBox = [...el.querySelectorAll('label.ck-cal-check')].find((l) => l.textContent!.trim() === 'idea')!.querySelector('input')!;
    act(() => ideaBox.click());
    expect([...el.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-post-id'))).toEqual(['b']);
    const button = (label: string) => [...el.querySelectorAll('button')].find((b) => b.textContent === label)!;
    act(() => button('Delete').click());
    expect(el.querySelector('.ck-cal-undo')!.textContent).toContain('Post deleted.');
    act(() => button('Undo').click());
    expect(changes).toEqual([{ kind: 'delete', post: posts[1] }, { kind: 'create', post: posts[1] }]);
    act(() => button('Duplicate').click());
    expect(changes[2]).toMatchObject({ kind: 'create', post: { id: 'n1', text: 'Tard le soir', status: 'idea' } });
  });
});

describe('post editor', () => {
  it('saves the local date in the post zone, and refuses a javascript: visual', () => {
    const onSave = vi.fn();
    const el = mount(<PostEditor post={posts[0]} lang="fr" now={NOW} onSave={onSave} onDelete={() => {}} onDuplicate={() => {}} onCancel={() => {}} />);
    const when = el.querySelector('input[type="datetime-local"]') as HTMLInputElement;
    expect(when.value).toBe('2026-03-14T09:30');
    act(() => {
      when.value = '2026-11-02T08:15';
      when.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const url = el.querySelector('[id$="-visualUrl"]') as HTMLInputElement;
    act(() => {
      url.value = 'javascript:alert(1)';
      url.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const form = el.querySelector('form')!;
    act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onSave).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')!.textContent).toBe('Vérifiez le champ « Lien du visuel (http ou https) ».');
    act(() => {
      url.value = 'https://exemple.ca/photo.jpg';
      url.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onSave.mock.calls[0][0]).toMatchObject({ id: 'a', date: '2026-11-02T13:15:00.000Z', visual: { url: 'https://exemple.ca/photo.jpg', alt: '' }, updatedAt: NOW });
  });
});
