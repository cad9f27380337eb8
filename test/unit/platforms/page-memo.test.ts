// Page-wide lookups (the focused post, item order) are built once and shared by every item read: they must be rebuilt
// when the page changes, and only then.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { untilPageChanges } from '../../../lib/platforms/dom-social';

const nextTask = () => Promise.resolve();

describe('page-wide lookups kept until the page changes', () => {
  it('are built once per page state, again after the page adds or removes elements, not for our own chips', async () => {
    const doc = new JSDOM('<ul><li>a</li></ul>', { url: 'https://x.com/home' }).window.document;
    let builds = 0;
    const items = untilPageChanges((d: Document) => {
      builds++;
      return d.querySelectorAll('li').length;
    });
    expect([items(doc), items(doc)]).toEqual([1, 1]);
    await nextTask();
    expect(items(doc)).toBe(1);
    expect(builds).toBe(1);

    doc.querySelector('ul')!.append(doc.createElement('li'));
    await nextTask();
    expect(items(doc)).toBe(2);
    doc.querySelector('li')!.remove();
    await nextTask();
    expect(items(doc)).toBe(1);
    expect(builds).toBe(3);

    doc.querySelector('li')!.append(doc.createElement('cocktail-chip'));
    await nextTask();
    expect(items(doc)).toBe(1);
    expect(builds).toBe(3);
  });

  it('keep one cache per document', async () => {
    const a = new JSDOM('<li></li>').window.document;
    const b = new JSDOM('<li></li><li></li>').window.document;
    const items = untilPageChanges((d: Document) => d.querySelectorAll('li').length);
    expect([items(a), items(b), items(a)]).toEqual([1, 2, 1]);
  });
});
