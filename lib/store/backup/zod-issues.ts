import type { z } from 'zod';
import type { ImportError } from './messages';
import { formatPath } from './safe-json';

/** One zod issue on `root` as an ImportError; `prefix` is where `root` sits in the whole file. */
export function issueToError(issue: z.core.$ZodIssue, root: unknown, prefix: ReadonlyArray<PropertyKey>): ImportError {
  const fullPath = [...prefix, ...issue.path];
  const path = formatPath(fullPath);
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  const found = valueAt(root, issue.path);
  // zod reports a missing enum, literal or union as a bad value: the user needs to hear that it is missing.
  if (found.missing && issue.code !== 'too_small') return { key: 'missingField', params: {}, path };
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'wrongType', params: { expected: String(i.expected), found: typeName(found.value) }, path };
    case 'too_big':
      return { key: i.origin === 'string' || i.origin === 'array' ? 'tooLong' : 'tooBig', params: { max: num(i.maximum) }, path };
    case 'too_small':
      return { key: i.origin === 'string' || i.origin === 'array' ? 'tooShort' : 'tooSmall', params: { min: num(i.minimum) }, path };
    case 'invalid_value':
      return { key: 'notAllowed', params: { allowed: (i.values as unknown[]).map((v) => String(v)).join(', ') }, path };
    case 'invalid_format':
      return { key: 'badFormat', params: { format: String(i.format) }, path };
    default:
      return { key: 'invalidField', params: {}, path };
  }
}

const num = (v: unknown) => (typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : 0);

export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): { missing: boolean; value?: unknown } {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, key)) return { missing: true };
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur === undefined ? { missing: true } : { missing: false, value: cur };
}
