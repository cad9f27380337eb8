/** Tone-of-voice rules and the brand lint. Pure: runs in Node, content scripts, pages and the service worker. */
export { toneRulesSchema, termSchema, customPatternSchema, overrideSchema, severitySchema, packSchema } from './schema';
export type { ToneRules, ToneRulesInput, TermRule, CustomPattern, PlatformOverride, Severity, Pack } from './schema';
export { defaultPack } from './packs';
export { compileRules, profileFor } from './compile';
export type { CompiledRules, CompiledProfile } from './compile';
export { validateRules, refusalText } from './validate';
export type { RuleError, Validation } from './validate';
export { lint, applyFix, applyFixes, LINT_INPUT_CAP } from './lint';
export { problemMessage } from './messages';
export type { MessageKey } from './messages';
export { platformLimits, measure } from './limits';
export type { PlatformLimit, CountMethod } from './limits';
export { checkPattern, CUSTOM_INPUT_CAP, CUSTOM_MATCH_CAP } from './patterns';
export type { Problem, Fix, LintContext } from './types';
