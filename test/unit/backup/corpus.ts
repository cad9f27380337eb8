import { MAX_DEPTH, MAX_IMAGE_CHARS, MAX_IMPORT_BYTES, MAX_STRING_CHARS, SCHEMA_VERSION, KIT_STORES } from '../../../lib/store/backup/format';
import type { ImportErrorKey } from '../../../lib/store/backup/messages';

/** Mutations of a valid export, each of which must be refused. Deterministic for a given seed. */
export const FAULT_KINDS = [
  'truncated',
  'typeSwap',
  'deepNesting',
  'protoKey',
  'oversizedString',
  'oversizedFile',
  'duplicateId',
  'futureVersion',
  'badVersion',
  'wrongFormat',
  'randomBytes',
  'encoding',
  'scopeMismatch',
  'badImage',
  'missingField',
  'scriptUrl',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface MalformedFile {
  kind: FaultKind;
  variant: string;
  input: string | Uint8Array;
  /** The refusals that fit this mutation: the first error must be one of them. */
  expect: ImportErrorKey[];
}

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const SCHEMA_ERRORS: ImportErrorKey[] = [
  'wrongType', 'missingField', 'tooLong', 'tooShort', 'tooBig', 'tooSmall', 'notAllowed', 'badFormat', 'invalidField',
];

/** Position classes of a cut: where in the JSON grammar the file stops. */
type CutClass =
  | 'in-string' | 'in-escape' | 'after-key' | 'after-colon' | 'after-comma' | 'in-number' | 'in-literal'
  | 'after-open' | 'after-close' | 'in-whitespace' | 'after-value' | 'at-start';

function classifyCuts(text: string): Map<CutClass, number[]> {
  const out = new Map<CutClass, number[]>();
  const add = (c: CutClass, p: number) => (out.get(c) ?? out.set(c, []).get(c)!).push(p);
  const end = text.lastIndexOf('}');
  let inString = false;
  let stringStart = -1;
  add('at-start', 0);
  for (let i = 0; i < end; i++) {
    const c = text[i];
    const p = i + 1; // cutting after character i
    if (inString) {
      if (c === '\\') {
        add('in-escape', p);
        i++;
        continue;
      }
      if (c === '"') {
        inString = false;
        const after = text.slice(p).trimStart()[0];
        add(after === ':' ? 'after-key' : 'after-value', p);
      } else if (i > stringStart) add('in-string', p);
      continue;
    }
    if (c === '"') {
      inString = true;
      stringStart = i;
      add('in-string', p);
    } else if (c === ':') add('after-colon', p);
    else if (c === ',') add('after-comma', p);
    else if (c === '{' || c === '[') add('after-open', p);
    else if (c === '}' || c === ']') add('after-close', p);
    else if (/[\d.eE+-]/.test(c)) add('in-number', p);
    else if (/[a-z]/.test(c)) add('in-literal', p);
    else if (/\s/.test(c)) add('in-whitespace', p);
  }
  return out;
}

/** Positions right after `{` outside strings: where a key can be inserted. */
function objectOpenings(text: string): number[] {
  const out: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') out.push(i + 1);
  }
  return out;
}

/** Inserts `"key":value` right after a `{`, with a comma unless the object was empty. */
function insertKey(text: string, at: number, member: string): string {
  const empty = text.slice(at).trimStart().startsWith('}');
  return `${text.slice(0, at)}${member}${empty ? '' : ','}${text.slice(at)}`;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = Array<string | number>;

function leaves(v: Json, path: Path = [], out: Array<{ path: Path; value: Json }> = []) {
  out.push({ path, value: v });
  if (Array.isArray(v)) v.forEach((x, i) => leaves(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) leaves(v[k], [...path, k], out);
  return out;
}

function setAt(root: Json, path: Path, value: Json | undefined) {
  let cur = root as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

function swapped(v: Json, r: Rng): Json {
  if (typeof v === 'string') return r.pick([123, true, null, [], {}] as Json[]);
  if (typeof v === 'number') return r.pick(['12', null, {}, [], false] as Json[]);
  if (typeof v === 'boolean') return r.pick(['true', 1, null, []] as Json[]);
  if (Array.isArray(v)) return r.pick([{}, '[]', 0, null] as Json[]);
  return r.pick([[], '{}', 1, null, true] as Json[]);
}

const REQUIRED: Record<string, string[]> = {
  brands: ['id', 'name', 'createdAt', 'updatedAt'],
  toneRules: ['id', 'brandId', 'updatedAt'],
  templates: ['id', 'brandId', 'intents', 'language', 'text', 'updatedAt'],
  posts: ['id', 'brandId', 'date', 'updatedAt'],
  engagement: ['id', 'platform', 'nativeId', 'kind', 'author', 'text', 'firstSeenAt', 'lastSeenAt', 'open'],
  settings: ['id'],
};

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const all = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(all.length * 2);
  for (let i = 0; i < all.length; i++) {
    const lo = all.charCodeAt(i) & 0xff;
    const hi = all.charCodeAt(i) >> 8;
    out[i * 2] = littleEndian ? lo : hi;
    out[i * 2 + 1] = littleEndian ? hi : lo;
  }
  return out;
}

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/**
 * At least `perKind` files of each kind (more for kinds with many sub-variants), from `base`, a valid export text
 * with every store, a post image and accented text.
 */
export function generateCorpus(base: string, seed = 20261126, perKind = 75): MalformedFile[] {
  const r = rng(seed);
  const out: MalformedFile[] = [];
  const parsed = () => JSON.parse(base) as { [k: string]: Json } & { data: Record<string, Json[]> };
  const add = (kind: FaultKind, variant: string, input: string | Uint8Array, expect: ImportErrorKey[]) =>
    out.push({ kind, variant, input, expect });
  const bytes = new TextEncoder().encode(base);

  // Truncation at every kind of position, in text and in bytes (mid UTF-8 sequence).
  const cuts = classifyCuts(base);
  for (const [cls, positions] of cuts) {
    const n = Math.min(positions.length, cls === 'at-start' ? 1 : Math.ceil(perKind / 6));
    for (let k = 0; k < n; k++) {
      const p = positions[r.int(positions.length)];
      add('truncated', cls, base.slice(0, p), p === 0 ? ['empty'] : ['truncated']);
    }
  }
  const continuation = [...bytes.keys()].filter((i) => (bytes[i] & 0xc0) === 0x80);
  for (let k = 0; k < 10; k++) add('truncated', 'mid-utf8', bytes.slice(0, r.pick(continuation)), ['notUtf8']);

  // A value of the wrong type anywhere outside the header (the header has its own kinds below).
  const allLeaves = leaves(parsed()).filter((l) => l.path.length >= 3 && l.path[0] === 'data');
  for (let k = 0; k < perKind * 2; k++) {
    const f = parsed();
    const target = r.pick(allLeaves);
    setAt(f, target.path, swapped(target.value, r));
    const isImage = target.path[target.path.length - 1] === 'image';
    add('typeSwap', target.path.join('.'), JSON.stringify(f), isImage ? ['badImage'] : SCHEMA_ERRORS);
  }

  // Deep nesting: arrays or objects, just over the limit up to a hundred thousand levels, at any object.
  const openings = objectOpenings(base);
  for (let k = 0; k < perKind; k++) {
    const depth = k % 3 === 0 ? MAX_DEPTH + 1 : MAX_DEPTH + 1 + r.int(100_000);
    const nest = r.next() < 0.5 ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const at = r.pick(openings);
    add('deepNesting', `depth ${depth}`, insertKey(base, at, `"deep":${nest}`), ['tooDeep']);
  }

  // Prototype keys, plain and unicode-escaped, at any object.
  const protoKeys = ['__proto__', 'constructor', 'prototype', '\\u005f_proto__', 'proto\\u0074ype'];
  for (let k = 0; k < perKind; k++) {
    const key = protoKeys[k % protoKeys.length];
    const payload = r.pick(['{"polluted":"yes"}', '{"prototype":{"polluted":1}}', '{"toString":"x","isAdmin":true}', 'null']);
    const at = r.pick(openings);
    add('protoKey', key, insertKey(base, at, `"${key}":${payload}`), ['forbiddenKey']);
  }

  // Oversized strings: any string in the data, and a post image past its own limit.
  const strings = allLeaves.filter((l) => typeof l.value === 'string' && l.path[l.path.length - 1] !== 'image');
  for (let k = 0; k < perKind; k++) {
    const f = parsed();
    const target = r.pick(strings);
    setAt(f, target.path, 'A<script>'.repeat(Math.ceil((MAX_STRING_CHARS + 1 + r.int(MAX_STRING_CHARS)) / 9)));
    add('oversizedString', target.path.join('.'), JSON.stringify(f), ['stringTooLong']);
  }
  {
    const f = parsed();
    const post = f.data.posts.find((p) => (p as { visual?: { image?: string } }).visual?.image) as { visual: { image: string } };
    post.visual.image = 'data:image/png;base64,' + 'A'.repeat(MAX_IMAGE_CHARS);
    add('oversizedString', 'image', JSON.stringify(f), ['stringTooLong']);
  }

  // Files over the size limit: valid JSON padded with spaces, and plain zero bytes.
  const padded = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20);
  padded.set(bytes);
  add('oversizedFile', 'padded', padded, ['tooLarge']);
  add('oversizedFile', 'text', base + ' '.repeat(MAX_IMPORT_BYTES), ['tooLarge']);

  // Duplicate ids: a record repeated, or an id copied onto another record of its store.
  const multi = KIT_STORES.filter((s) => (parsed().data[s]?.length ?? 0) >= 2);
  for (let k = 0; k < perKind; k++) {
    const f = parsed();
    const store = r.pick(multi);
    const recs = f.data[store] as Array<{ id: string }>;
    if (k % 2) recs.splice(r.int(recs.length + 1), 0, structuredClone(r.pick(recs)));
    else {
      const i = r.int(recs.length);
      recs[(i + 1 + r.int(recs.length - 1)) % recs.length].id = recs[i].id;
    }
    add('duplicateId', store, JSON.stringify(f), ['duplicateId']);
  }

  // Versions: newer ones, and values that are not versions at all.
  for (let k = 0; k < perKind; k++) {
    const f = parsed();
    f.schemaVersion = SCHEMA_VERSION + 1 + (k < 10 ? k : r.int(1_000_000));
    add('futureVersion', String(f.schemaVersion), JSON.stringify(f), ['newerVersion']);
  }
  const badVersions = ['0', '-1', '1.5', '"1"', 'null', '1e400', '[1]', '{}', 'true', '-0.5'];
  for (const v of badVersions) {
    add('badVersion', v, base.replace(/"schemaVersion":\s*\d+/, `"schemaVersion": ${v}`), ['badVersion']);
  }
  add('badVersion', 'missing', base.replace(/"schemaVersion":\s*\d+,/, ''), ['badVersion']);

  // Another format tag, none, or not an object at all.
  const tags = ['"Cocktail-Kit"', '"cocktail-kit "', '""', '"ublock-backup"', '1', 'null', 'true', '["cocktail-kit"]', '{}'];
  for (const tag of tags) add('wrongFormat', tag, base.replace(/"format":\s*"cocktail-kit"/, `"format": ${tag}`), ['wrongFormat']);
  for (const whole of ['[]', '"cocktail-kit"', '42', 'null', 'true', '{"data":{}}']) add('wrongFormat', whole, whole, ['notKit']);

  // Random bytes, some dressed up as JSON.
  for (let k = 0; k < perKind + 30; k++) {
    const b = new Uint8Array(1 + r.int(2000)).map(() => r.int(256));
    if (k % 3 === 0) b[0] = 0x7b;
    add('randomBytes', `${b.length} bytes`, b, ['notUtf8', 'notJson', 'truncated', 'utf16', 'tooDeep', 'empty']);
  }

  // Encodings and byte order marks.
  for (const le of [true, false]) for (const bom of [true, false]) add('encoding', `utf16${le ? 'le' : 'be'}${bom ? '+bom' : ''}`, utf16(base, le, bom), ['utf16']);
  add('encoding', 'latin1', latin1(base), ['notUtf8']);
  add('encoding', 'double BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...bytes]), ['notJson']);
  for (let k = 0; k < perKind - 6; k++) {
    const at = r.pick(openings);
    const withBom = new TextEncoder().encode(`${base.slice(0, at)}\ufeff${base.slice(at)}`);
    const input = k % 2 ? withBom : new Uint8Array([0xef, 0xbb, 0xbf, ...withBom.slice(0, r.int(withBom.length - 10) + 1)]);
    add('encoding', k % 2 ? 'BOM inside' : 'BOM + cut', input, ['notJson', 'truncated', 'notUtf8', 'empty']);
  }

  // A brand kit carrying other brands' records or settings.
  const brandIds = parsed().data.brands.map((b) => (b as { id: string }).id);
  for (let k = 0; k < 20; k++) {
    const f = parsed();
    f.scope = { brandId: r.pick(brandIds) };
    add('scopeMismatch', JSON.stringify(f.scope), JSON.stringify(f), ['scopeMismatch']);
  }

  // Images that are not base64 image data.
  const badImages = [
    'data:image/png;base64,@@@@', 'data:image/png;base64,AAA', 'data:text/html;base64,PHNjcmlwdD4=', 'https://example.com/a.png',
    'data:image/png,plain', 'javascript:alert(1)', '', 'data:;base64,AAAA', 'data:image/png;base64,AAAA====',
    'data:image/svg+xml;utf8,<svg onload=alert(1)>',
  ];
  for (const image of badImages) {
    for (const i of [0, 1]) {
      const f = parsed();
      const post = f.data.posts[i] as { visual?: Record<string, Json> };
      post.visual = { ...(post.visual ?? { alt: '' }), image };
      add('badImage', `post ${i} ${image.slice(0, 30)}`, JSON.stringify(f), ['badImage']);
    }
  }

  // A required field removed.
  for (let k = 0; k < perKind; k++) {
    const f = parsed();
    const store = r.pick(KIT_STORES.filter((s) => f.data[s]?.length));
    const rec = r.pick(f.data[store]) as Record<string, Json>;
    const key = r.pick(REQUIRED[store]);
    delete rec[key];
    add('missingField', `${store}.${key}`, JSON.stringify(f), ['missingField']);
  }

  // Script links where only http(s) is allowed.
  const schemes = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'file:///etc/passwd', 'chrome-extension://x/y'];
  for (let k = 0; k < 30; k++) {
    const f = parsed();
    const url = schemes[k % schemes.length];
    const where = k % 3;
    if (where === 0) (f.data.engagement[0] as Record<string, Json>).permalink = url;
    else if (where === 1) ((f.data.engagement[0] as Record<string, Json>).author as Record<string, Json>).url = url;
    else ((f.data.posts[1] as Record<string, Json>).visual = { url, alt: '' });
    add('scriptUrl', `${['permalink', 'author.url', 'visual.url'][where]} ${url.slice(0, 12)}`, JSON.stringify(f), ['badFormat']);
  }
  return out;
}
