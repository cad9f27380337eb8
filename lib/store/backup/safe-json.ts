import { MAX_DEPTH, MAX_IMAGE_CHARS, MAX_STRING_CHARS } from './format';
import type { ImportError } from './messages';

/** Keys that reach Object.prototype (or a constructor) when some code later merges or assigns the parsed object. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Parsed = { ok: true; value: unknown } | { ok: false; error: ImportError };

const err = (key: ImportError['key'], params: ImportError['params'], path = ''): Parsed => ({
  ok: false,
  error: { key, params, path },
});

/**
 * JSON.parse guarded on both sides: nesting is measured on the raw text first (a deep file never reaches the parser or
 * any recursive code), and the result is walked once for forbidden keys and oversized strings before anyone reads it.
 */
export function parseJsonSafe(text: string, maxDepth = MAX_DEPTH): Parsed {
  const shape = scanNesting(text, maxDepth);
  if (shape.tooDeepAt >= 0) return err('tooDeep', { limit: maxDepth, position: shape.tooDeepAt });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    if (shape.unterminated) return err('truncated', { position: text.length });
    return err('notJson', { position: errorPosition(e, text.length) });
  }
  const bad = walk(value);
  return bad ? { ok: false, error: bad } : { ok: true, value };
}

function scanNesting(text: string, maxDepth: number) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return { tooDeepAt: i, unterminated: false };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { tooDeepAt: -1, unterminated: inString || depth > 0 };
}

function errorPosition(e: unknown, fallback: number): number {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
  return m ? Number(m[1]) : fallback;
}

interface Node {
  value: unknown;
  key: string | number | null;
  parent: Node | null;
}

/** Iterative, so depth cannot exhaust the stack even if a caller raised maxDepth. Only containers are queued. */
function walk(root: unknown): ImportError | null {
  const rootNode: Node = { value: root, key: null, parent: null };
  if (typeof root === 'string') return checkString(root, rootNode);
  const stack: Node[] = [rootNode];
  while (stack.length) {
    const node = stack.pop()!;
    const v = node.value;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const bad = visit(v[i], i, node, stack);
        if (bad) return bad;
      }
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i];
        if (FORBIDDEN_KEYS.has(k)) return { key: 'forbiddenKey', params: { key: k }, path: pathOf({ value: null, key: k, parent: node }) };
        if (k.length > MAX_STRING_CHARS) {
          return { key: 'stringTooLong', params: { length: k.length, limit: MAX_STRING_CHARS }, path: pathOf(node) };
        }
        const bad = visit((v as Record<string, unknown>)[k], k, node, stack);
        if (bad) return bad;
      }
    }
  }
  return null;
}

function visit(child: unknown, key: string | number, parent: Node, stack: Node[]): ImportError | null {
  if (typeof child === 'string') {
    return child.length > MAX_STRING_CHARS ? checkString(child, { value: child, key, parent }) : null;
  }
  if (child !== null && typeof child === 'object') stack.push({ value: child, key, parent });
  return null;
}

function checkString(v: string, node: Node): ImportError | null {
  const limit = isImageField(node) ? MAX_IMAGE_CHARS : MAX_STRING_CHARS;
  return v.length > limit ? { key: 'stringTooLong', params: { length: v.length, limit }, path: pathOf(node) } : null;
}

const isImageField = (n: Node) => n.key === 'image' && n.parent?.key === 'visual';

function pathOf(node: Node): string {
  const parts: Array<string | number> = [];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent) parts.push(n.key);
  return formatPath(parts.reverse());
}

/** `data.brands[0].name`; keys that are not plain identifiers are quoted so odd keys stay readable text. */
export function formatPath(parts: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p)).slice(0, 80)}]`;
  }
  return out;
}
