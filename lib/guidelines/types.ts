import type { Platform } from '../platforms/types';
import type { Params } from '../i18n';
import type { MessageKey } from './messages';
import type { Severity } from './schema';

export interface Fix {
  start: number;
  end: number;
  replacement: string;
}

/** One finding of the lint: UTF-16 span into the original text, message key and parameters for FR and EN. */
export interface Problem {
  ruleId: string;
  severity: Severity;
  messageKey: MessageKey;
  params: Params;
  start: number;
  end: number;
  fix?: Fix;
}

export interface LintContext {
  platform: Platform;
  kind: 'reply' | 'post';
  language?: 'fr' | 'en';
  /** The person being answered, for the greeting check. */
  authorName?: string;
}
