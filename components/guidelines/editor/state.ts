import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RuleError } from '../../../lib/guidelines';
import type { UiLanguage } from '../../../lib/i18n';

export type Path = Array<string | number>;
export type Draft = Record<string, unknown>;

export const key = (path: Path) => path.join('.');

export function getAt(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

/** Immutable set; `undefined` deletes the key (an emptied optional field). */
export function setAt<T>(obj: T, path: Path, value: unknown): T {
  if (!path.length) return value as T;
  const [head, ...rest] = path;
  const base = (obj ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string | number, unknown>;
  const next = setAt(base[head], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[head];
  else copy[head] = next;
  return copy as T;
}

export interface EditorState {
  draft: Draft;
  set(path: Path, value: unknown): void;
  errors: Map<string, RuleError>;
  lang: UiLanguage;
  /** What the person typed in list fields, kept as typed (trailing commas, spaces) while the draft holds the parsed list. */
  raw: Record<string, string>;
  setRaw(path: Path, text: string): void;
}

export const EditorContext = createContext<EditorState | null>(null);

export function useEditor(): EditorState {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('RulesEditor fields must be inside <RulesEditor>');
  return ctx;
}
