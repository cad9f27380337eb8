/** Mutations of a loaded page that imitate a platform's markup change. */

/** Every class list shuffled between elements (obfuscated build classes change on every deploy). */
export function shuffleClasses(doc: Document, seed = 7): void {
  const els = Array.from(doc.querySelectorAll('[class]'));
  const classes = els.map((e) => e.getAttribute('class')!);
  let s = seed;
  for (let i = classes.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [classes[i], classes[j]] = [classes[j], classes[i]];
  }
  els.forEach((e, i) => e.setAttribute('class', classes[i]));
}

export function removeAttribute(doc: Document, name: string): void {
  for (const el of doc.querySelectorAll(`[${name}]`)) el.removeAttribute(name);
}

/** Replaces each element of tag `from` with a `to` element holding the same attributes and children. */
export function renameElements(doc: Document, from: string, to: string): void {
  for (const el of Array.from(doc.querySelectorAll(from))) {
    const next = doc.createElement(to);
    for (const a of Array.from(el.attributes)) next.setAttribute(a.name, a.value);
    while (el.firstChild) next.appendChild(el.firstChild);
    el.replaceWith(next);
  }
}

/** Replaces text nodes equal to a key of `words` (trimmed) with its value: the UI in another language. */
export function translate(doc: Document, lang: string, words: Record<string, string>): void {
  doc.documentElement.setAttribute('lang', lang);
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.textContent ?? '';
    for (const [en, fr] of Object.entries(words)) if (t.includes(en)) n.textContent = t.split(en).join(fr);
  }
}
