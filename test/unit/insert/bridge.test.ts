import { afterEach, expect, test, vi } from 'vitest';
import {
  INSERT_EVENT,
  TARGET_ATTR,
  listenForInsertRequests,
  parseInsertRequest,
  requestMainWorldInsert,
} from '../../../lib/page/insert/bridge';

const token = 'a'.repeat(32);
afterEach(() => document.body.replaceChildren());

test('parseInsertRequest accepts exactly a JSON string of {token, text}', () => {
  expect(parseInsertRequest(JSON.stringify({ token, text: 'Merci' }))).toEqual({ token, text: 'Merci' });
  expect(parseInsertRequest({ token, text: 'Merci' })).toBeNull();
  expect(parseInsertRequest(JSON.stringify({ token, text: 'x', url: 'https://a' }))).toBeNull();
  expect(parseInsertRequest(JSON.stringify({ token: 'x"]', text: 'x' }))).toBeNull();
  expect(parseInsertRequest(JSON.stringify({ token, text: '' }))).toBeNull();
  expect(parseInsertRequest(JSON.stringify({ token, text: 'x'.repeat(20_001) }))).toBeNull();
  expect(parseInsertRequest('{')).toBeNull();
});

test('a request reaches the listener with the marked editor, and the mark is removed', () => {
  const box = document.createElement('textarea');
  document.body.append(box);
  const insert = vi.fn();
  const stop = listenForInsertRequests(document, insert);
  requestMainWorldInsert(box, 'Bonjour');
  expect(insert).toHaveBeenCalledExactlyOnceWith(box, 'Bonjour');
  expect(box.hasAttribute(TARGET_ATTR)).toBe(false);
  stop();
});

test('forged requests: unmarked, non-editable or malformed are ignored; nothing is sent back', () => {
  const div = document.createElement('div');
  div.setAttribute(TARGET_ATTR, token);
  document.body.append(div);
  const insert = vi.fn();
  const seen = vi.fn();
  document.addEventListener(INSERT_EVENT, seen);
  const stop = listenForInsertRequests(document, insert);
  document.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail: JSON.stringify({ token, text: 'x' }) }));
  document.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail: JSON.stringify({ token: 'b'.repeat(32), text: 'x' }) }));
  document.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail: 'nope' }));
  expect(insert).not.toHaveBeenCalled();
  expect(seen).toHaveBeenCalledTimes(3); // only our own three dispatches: the listener answers nothing
  stop();
  document.removeEventListener(INSERT_EVENT, seen);
});
