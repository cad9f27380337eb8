// Page-wide lookups (the focused post, item order) are built once and shared by every item read: they must be rebuilt
// when the page changes, and only then.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { untilPageChanges, untilSubtreeChanges } from '../../../lib/platforms/dom-social';

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

describe("an element's own reading kept until its subtree changes", () => {
  const setup = () => {
    const doc = new JSDOM('<ul><li id="a"><b>Ann</b><i><a href="/c/1/">1h</a></i></li><li id="b"><b>Bo</b></li></ul>').window.document;
    const built: string[] = [];
    const nameOf = untilSubtreeChanges((li: Element) => {
      built.push(li.id);
      return Array.from(li.querySelectorAll('b'), (b) => b.textContent).join(' ');
    });
    return { doc, built, nameOf, a: doc.getElementById('a')!, b: doc.getElementById('b')! };
  };

  it('is not built again when the page changes beside it, nor for our own chips inside it', async () => {
    const { doc, built, nameOf, a, b } = setup();
    expect([nameOf(a), nameOf(b)]).toEqual(['Ann', 'Bo']);
    doc.querySelector('ul')!.append(Object.assign(doc.createElement('li'), { id: 'c' }));
    await nextTask();
    b.append(doc.createElement('cocktail-chip'));
    await nextTask();
    expect([nameOf(a), nameOf(b)]).toEqual(['Ann', 'Bo']);
    expect(built).toEqual(['a', 'b']);
  });

  it('is built again when something is added or removed anywhere inside it, and only for that element', async () => {
    const { doc, built, nameOf, a, b } = setup();
    nameOf(a);
    nameOf(b);
    a.querySelector('i')!.append(Object.assign(doc.createElement('b'), { textContent: 'Lee' }));
    await nextTask();
    expect([nameOf(a), nameOf(b)]).toEqual(['Ann Lee', 'Bo']);
    b.querySelector('b')!.remove();
    await nextTask();
    expect([nameOf(a), nameOf(b)]).toEqual(['Ann Lee', '']);
    expect(built).toEqual(['a', 'b', 'a', 'b']);
  });

  it('is built again after a burst changing more elements than are looked through, wherever they were', async () => {
    const { doc, built, nameOf, a } = setup();
    const boxes = Array.from({ length: 40 }, () => doc.body.appendChild(doc.createElement('div')));
    await nextTask();
    nameOf(a);
    for (const box of boxes) box.append(doc.createElement('p'));
    await nextTask();
    expect(nameOf(a)).toBe('Ann');
    expect(built).toEqual(['a', 'a']);
    doc.body.append(doc.createElement('p'));
    await nextTask();
    expect(nameOf(a)).toBe('Ann');
    expect(built).toEqual(['a', 'a']);
  });

  it('is built again when more changes happened since than are kept, wherever they were', async () => {
    const { doc, built, nameOf, a } = setup();
    nameOf(a);
    for (let i = 0; i < 12; i++) {
      doc.querySelector('ul')!.append(doc.createElement('li'));
      await nextTask();
    }
    expect(nameOf(a)).toBe('Ann');
    expect(built).toEqual(['a', 'a']);
  });
});
