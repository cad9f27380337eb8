// The shortcuts taken for speed (no URL parse per link, no Date per timestamp) must give what the slow path gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { documentUrl, firstOutside, httpUrl, isoDate, normaliseHandle, pageLang, queryAllInOrder, readableText } from '../../../lib/platforms/dom';
import { isoFromMs, plainLabel, queryParam } from '../../../lib/platforms/dom-social';
import { foldLabel } from '../../../lib/platforms/labels';

const reference = (href: string, base?: string) => {
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
};
const piece = fc.constantFrom('a', 'Z', '0', '/', '.', '..', '%2e', '%2E', '?', '=', '&', '#', '%', '%41', '@', ':', '+', ',', ';', '-', '_', '~', ' ', 'é', '[', ']', "'", '\\', 'xn--', '0x7f', '//');
const path = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

describe('fast paths agree with the URL parser', () => {
  it('root-relative and absolute links resolve exactly as new URL does', () => {
    const hosts = fc.constantFrom('https://x.com', 'https://www.facebook.com', 'http://a.b.example', 'https://0x7f.0.0.1', 'https://xn--zz.com', 'https://WWW.X.COM', 'https://x.com:443');
    fc.assert(
      fc.property(path, hosts, fc.constantFrom('https://x.com/home', 'https://www.youtube.com/watch?v=1'), (p, host, base) => {
        expect(httpUrl(`/${p}`, base)).toBe(reference(`/${p}`, base));
        expect(httpUrl(`${host}/${p}`, base)).toBe(reference(`${host}/${p}`, base));
      }),
      { numRuns: 3000 },
    );
  });

  it('query parameters read as URLSearchParams reads them', () => {
    const value = fc.array(fc.constantFrom('a', '1', '%20', '+', '%', '%E9', '%C3%A9', '=', '?', 'comment_id', '&'), { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(value, value, fc.constantFrom('comment_id', 'reply_comment_id', 'lc'), (a, b, name) => {
        const href = `https://www.facebook.com/p?comment_id=${a}&reply_comment_id=${b}#lc=${a}`;
        expect(queryParam(href, name)).toBe(new URL(href).searchParams.get(name) ?? undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('ISO timestamps pass through only when toISOString would print them unchanged', () => {
    for (const s of ['2026-11-24T13:00:00.000Z', '2026-02-29T00:00:00.000Z', '2024-02-29T23:59:59.999Z', '2026-13-01T00:00:00.000Z', '2026-11-24T13:00:00Z', '2026-11-24T24:00:00.000Z']) {
      const d = new Date(s);
      expect(isoDate(s), s).toBe(Number.isNaN(d.getTime()) ? undefined : d.toISOString());
    }
  });

  it('a walk reads what a reader sees, in a document of any window: no comment, hidden part, icon, button or skipped part', () => {
    const html =
      '<section id="t">Allô <!-- note --><b>le</b> <span aria-hidden="true">·</span><span hidden>caché</span><svg><text>icône</text></svg>' +
      '<button>Répondre</button><a class="more">… plus</a>monde <img alt="🎉" src="data:,"><br>Ligne<div>bloc</div>fin</section>' +
      '<section id="blocks">un<div>deux</div>trois<p>quatre</p></section><section id="icon">un <b>deux</b><svg><text>x</text></svg></section>';
    const here = new DOMParser().parseFromString(html, 'text/html');
    const elsewhere = new JSDOM(html).window.document;
    for (const doc of [here, elsewhere]) {
      expect(readableText(doc.getElementById('t'), { skip: '.more' })).toBe('Allô le monde 🎉\nLignebloc\nfin');
      expect(readableText(doc.getElementById('t'))).toBe('Allô le … plusmonde 🎉\nLignebloc\nfin');
      expect(readableText(doc.getElementById('blocks'))).toBe('undeux\ntroisquatre');
      expect(readableText(doc.getElementById('icon'))).toBe('un deux');
    }
  });

  it('one-line text skips the tidy pass and reads the same', () => {
    const doc = new DOMParser().parseFromString('<p id="a">  Allô   le monde\u00a0! </p><p id="b">Un deux</p>', 'text/html');
    expect(readableText(doc.getElementById('a'))).toBe('Allô le monde !');
    expect(readableText(doc.getElementById('b'))).toBe('Un deux');
  });

  it('a text node is kept as it is only when it has no whitespace to collapse', () => {
    const doc = new DOMParser().parseFromString('<p></p>', 'text/html');
    const p = doc.querySelector('p')!;
    const bit = fc.constantFrom('a', 'é', ' ', '  ', '\n', '\t', '\r', '\f', '\v', '\u00a0', '\u2003', '\u202f', '\u3000', '\ufeff', '\u200e', '😀');
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 14 }).map((b) => b.join('')), (data) => {
        p.textContent = data;
        const collapsed = data.replace(/\s+/g, ' ').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/ +/g, ' ').trim();
        expect(readableText(p)).toBe(collapsed);
        expect(plainLabel(p)).toBe(data.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 3000 },
    );
  });

  it('text alone is read natively as the walk reads it, in inline elements: any nesting, text nodes, comments between them', () => {
    const doc = new DOMParser().parseFromString('<p id="one"></p><p id="split"></p>', 'text/html');
    const one = doc.getElementById('one')!;
    const split = doc.getElementById('split')!;
    const bit = fc.constantFrom('a', 'é', ' ', '  ', '\n', '\n\n\n', '\t', '\u00a0', '\u200e', '😀');
    const text = fc.array(bit, { maxLength: 6 }).map((b) => b.join(''));
    const inline = fc.constantFrom('', 'span', 'a', 'b', 'em', 'span>a');
    fc.assert(
      fc.property(fc.array(fc.tuple(text, inline), { minLength: 1, maxLength: 4 }), fc.boolean(), (parts, pre) => {
        one.textContent = parts.map(([t]) => t).join('');
        split.replaceChildren();
        parts.forEach(([part, tags], i) => {
          let node: Node = doc.createTextNode(part);
          for (const tag of tags ? tags.split('>').reverse() : []) node = doc.createElement(tag).appendChild(node).parentNode!;
          split.append(node, ...(i % 2 ? [doc.createComment(' x ')] : []));
        });
        const options = { preserveNewlines: pre };
        const alone = readableText(one, options);
        expect(readableText(split, options)).toBe(alone);
        // A line break at the end is trimmed away.
        split.append(doc.createElement('br'));
        expect(readableText(split, options)).toBe(alone);
      }),
      { numRuns: 2000 },
    );
  });

  it('text whose only line breaks and spaces sit at its ends skips the tidy pass and reads as the full tidy', () => {
    const doc = new DOMParser().parseFromString('<p></p>', 'text/html');
    const p = doc.querySelector('p')!;
    const bit = fc.constantFrom('a', 'é', ' ', '  ', '\n', '\n\n\n', '\t', '\u00a0', '\u2003', '\ufeff', '\u200e', '\u2066', '😀');
    const fullTidy = (t: string) =>
      t.replace(/\u00a0/g, ' ').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[ \t\f\v]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 12 }).map((b) => b.join('')), (data) => {
        p.textContent = data;
        expect(readableText(p, { preserveNewlines: true })).toBe(fullTidy(data));
      }),
      { numRuns: 3000 },
    );
  });

  it('labels and handles fold as the plain regex forms fold them', () => {
    const bit = fc.constantFrom('J', 'é', 'É', '’', '‘', "'", ' ', '  ', '\n', '\u00a0', '@', '@@', 'A', 'ß', 'İ');
    fc.assert(
      fc.property(fc.array(bit, { maxLength: 10 }).map((b) => b.join('')), fc.boolean(), (text, keep) => {
        expect(foldLabel(text)).toBe(text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLocaleLowerCase());
        const bare = text.trim().replace(/^@/, '').toLowerCase();
        expect(normaliseHandle(text, keep)).toBe(keep ? bare : bare.split('@')[0]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ids to dates without BigInt', () => {
  it('an instant prints as toISOString prints it, for every whole millisecond of years 0 to 9999', () => {
    const max = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    fc.assert(
      fc.property(fc.integer({ min: new Date('0000-01-01T00:00:00.000Z').getTime(), max }), (ms) => {
        expect(isoFromMs(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 20_000 },
    );
    for (const at of ['2024-02-29T23:59:59.999Z', '2100-03-01T00:00:00.000Z', '2000-02-29T12:00:00.001Z', '1970-01-01T00:00:00.000Z', '2026-12-31T23:59:59.010Z']) {
      expect(isoFromMs(Date.parse(at))).toBe(at);
    }
  });


  it('the high bits of any 15-20 digit id are those BigInt gives', async () => {
    const { idHighBits } = await import('../../../lib/platforms/dom-social');
    const digits = fc.integer({ min: 15, max: 20 }).chain((n) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join('')));
    // Ids right beside a multiple of 2^shift, where a double's rounding would cross it.
    const nearEdge = fc.tuple(fc.bigInt({ min: 1n << 30n, max: (1n << 42n) - 1n }), fc.integer({ min: -3000, max: 3000 }), fc.constantFrom(22, 32)).map(([high, d, s]) => [String((high << BigInt(s)) + BigInt(d)), s] as const);
    fc.assert(
      fc.property(digits, fc.constantFrom(22, 32), (id, s) => {
        expect(idHighBits(id, s)).toBe(Number(BigInt(id) >> BigInt(s)));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(nearEdge, ([id, s]) => {
        expect(idHighBits(id, s)).toBe(Number(BigInt(id) >> BigInt(s)));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('item blocks from their anchors', () => {
  it('each block is the largest ancestor below the stop holding no other anchor, anywhere on the page', async () => {
    const { anchorBlocks } = await import('../../../lib/platforms/dom-social');
    const stop = (el: Element) => el.tagName === 'MAIN' || el.tagName === 'BODY';
    // The definition, read literally: no other anchor inside (an anchor holding this one may be climbed through).
    const reference = (anchors: Element[]) =>
      anchors.map((a) => {
        let block = a;
        for (let el = a.parentElement; el && !stop(el); el = el.parentElement) {
          if (anchors.some((o) => o !== a && o !== el && el.contains(o))) break;
          block = el;
        }
        return block;
      });
    type Node = { tag: 'div' | 'main' | 'time'; kids: Node[] };
    const { node } = fc.letrec<{ node: Node }>((t) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom<Node>({ tag: 'time', kids: [] }, { tag: 'div', kids: [] }),
        fc.record({ tag: fc.constantFrom<'div' | 'main' | 'time'>('div', 'div', 'div', 'main', 'time'), kids: fc.array(t('node'), { maxLength: 4 }) }),
      ),
    }));
    const build = (n: Node, parent: Element) => {
      const el = document.createElement(n.tag);
      parent.append(el);
      for (const k of n.kids) build(k, el);
    };
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 4 }), (roots) => {
        const body = document.createElement('body');
        for (const r of roots) build(r, body);
        const anchors = Array.from(body.querySelectorAll('time'));
        const all = Array.from(body.querySelectorAll('*'));
        const at = (els: Element[]) => els.map((el) => all.indexOf(el));
        expect(at(anchorBlocks(anchors, stop))).toEqual(at(reference(anchors)));
      }),
      { numRuns: 3000 },
    );
  });

  it('the page address and language are kept for one task only: a single-page navigation is seen at the next', async () => {
    const { window } = new JSDOM('<html lang="en"><body><p>x</p></body></html>', { url: 'https://x.com/jack/status/20' });
    const p = window.document.querySelector('p')!;
    expect([documentUrl(p), pageLang(p)]).toEqual(['https://x.com/jack/status/20', 'en']);
    window.history.pushState({}, '', '/home');
    window.document.documentElement.lang = 'fr-CA';
    await Promise.resolve();
    expect([documentUrl(p), pageLang(p)]).toEqual(['https://x.com/home', 'fr']);
    const other = new JSDOM('<p>y</p>', { url: 'https://bsky.app/' }).window.document;
    expect(documentUrl(other.body)).toBe('https://bsky.app/');
    expect(documentUrl(new JSDOM('<p>z</p>').window.document.body)).toBeUndefined();
  });
});

describe('firstOutside agrees with filtering every match', () => {
  type Tree = { tag: string; cls: string; kids: Tree[] };
  const node = (depth: number): fc.Arbitrary<Tree> =>
    fc.record({
      tag: fc.constantFrom('div', 'span', 'a'),
      cls: fc.constantFrom('', 'hit', 'skip', 'hit skip'),
      kids: depth === 0 ? fc.constant([]) : fc.array(node(depth - 1), { maxLength: 3 }),
    });
  const tree = fc.array(node(4), { maxLength: 4 });
  const html = (nodes: Tree[]): string => nodes.map((n) => `<${n.tag} class="${n.cls}">${html(n.kids)}</${n.tag}>`).join('');
  const outside = (el: Element, root: Element) => {
    for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (p.matches('.skip')) return false;
    return true;
  };

  it('finds the first match in document order that no .skip element holds, passing the test', () => {
    const { document } = new JSDOM('<main></main>').window;
    const root = document.querySelector('main')!;
    fc.assert(
      fc.property(tree, fc.boolean(), (nodes, spans) => {
        root.innerHTML = html(nodes);
        const test = (el: Element) => !spans || el.localName !== 'span';
        const expected = Array.from(root.querySelectorAll('.hit')).find((el) => test(el) && outside(el, root));
        expect(firstOutside(root, '.hit', '.skip', test)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('queryAllInOrder lists what one query of the whole selector list lists', () => {
  type Tree = { tag: string; cls: string; kids: Tree[] };
  const node = (depth: number): fc.Arbitrary<Tree> =>
    fc.record({
      tag: fc.constantFrom('div', 'span', 'a'),
      cls: fc.constantFrom('', 'x', 'y', 'z', 'x y', 'y z'),
      kids: depth === 0 ? fc.constant([]) : fc.array(node(depth - 1), { maxLength: 3 }),
    });
  const tree = fc.array(node(4), { maxLength: 4 });
  const html = (nodes: Tree[]): string => nodes.map((n) => `<${n.tag} class="${n.cls}">${html(n.kids)}</${n.tag}>`).join('');

  it('in document order, each element once, whichever selectors match and however they nest', () => {
    const { document } = new JSDOM('<main></main>').window;
    const root = document.querySelector('main')!;
    const selectors = fc.subarray(['.x', '.y', 'a.z', 'span', 'div.y'], { minLength: 1 });
    fc.assert(
      fc.property(tree, selectors, (nodes, list) => {
        root.innerHTML = html(nodes);
        expect(queryAllInOrder(root, list)).toEqual(Array.from(root.querySelectorAll(list.join(', '))));
      }),
      { numRuns: 800 },
    );
  });
});
