import type { Params } from '../i18n';
import type { CompiledProfile } from './compile';
import { EN_MARKERS, FR_MARKERS } from './lexicon';
import type { MessageKey } from './messages';
import type { Severity } from './schema';
import { sentences, type Span, type Token } from './text';
import type { Fix, LintContext, Problem } from './types';

/** What every rule family reads: the text once tokenized, the guessed language and the profile in force. */
export interface Scan {
  text: string;
  tokens: Token[];
  lang: 'fr' | 'en' | undefined;
  ctx: LintContext;
  profile: CompiledProfile;
  urls: Span[];
  sentences(): Span[];
  report(ruleId: string, severity: Severity, key: MessageKey, params: Params, start: number, end: number, fix?: Fix): void;
}

const URL_OR_HANDLE = /\bhttps?:\/\/[^\s<>"']+|\bwww\.[^\s<>"']+|[@][\w.]+/giu;

export function makeScan(text: string, tokens: Token[], ctx: LintContext, profile: CompiledProfile, out: Problem[]): Scan {
  const urls: Span[] = [];
  URL_OR_HANDLE.lastIndex = 0;
  for (let m = URL_OR_HANDLE.exec(text); m; m = URL_OR_HANDLE.exec(text)) urls.push({ start: m.index, end: m.index + m[0].length });
  const words = urls.length ? tokens.filter((t) => !inside(urls, t.start)) : tokens;
  let sents: Span[] | null = null;
  return {
    text,
    tokens: words,
    lang: ctx.language ?? guessLanguage(words),
    ctx,
    profile,
    urls,
    sentences: () => (sents ??= sentences(text)),
    report(ruleId, severity, messageKey, params, start, end, fix) {
      const family = ruleId.split(':')[0];
      if (profile.disabled.has(ruleId) || profile.disabled.has(family)) return;
      out.push(fix ? { ruleId, severity, messageKey, params, start, end, fix } : { ruleId, severity, messageKey, params, start, end });
    },
  };
}

export function inside(spans: Span[], i: number): boolean {
  for (const s of spans) if (i >= s.start && i < s.end) return true;
  return false;
}

/** A quick French/English guess from function words; undefined when the text gives too little to tell. */
export function guessLanguage(tokens: Token[]): 'fr' | 'en' | undefined {
  let fr = 0;
  let en = 0;
  for (const t of tokens) {
    if (FR_MARKERS.has(t.fold)) fr++;
    if (EN_MARKERS.has(t.fold)) en++;
  }
  if (fr + en < 2) return undefined;
  if (fr > en * 1.5) return 'fr';
  if (en > fr * 1.5) return 'en';
  return undefined;
}
