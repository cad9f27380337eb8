import { GREETING_WORDS } from '../lexicon';
import type { Scan } from '../scan';
import { fold, tokenize } from '../text';

const SIGNATURE = /(?:^|\s)(?:[-–—~^/]|\^)\s*\p{Lu}[\p{L}.'’-]{0,30}(?:\s\p{Lu}[\p{L}.'’-]{0,30})?\s*$/u;

/** A reply ends with a signature: one of the accepted ones, or any "– Name" / "^AB" when none are listed. */
export function checkSignature(s: Scan): void {
  const rule = s.profile.sections.signature;
  if (!rule.enabled || s.ctx.kind !== 'reply' || !s.text.trim()) return;
  const body = s.text.trimEnd();
  const tail = fold(body.slice(-60));
  const signed = s.profile.signatures.length ? s.profile.signatures.some((sig) => tail.endsWith(sig)) : SIGNATURE.test(body.slice(-60));
  if (signed) return;
  const at = body.length;
  const fix = rule.default ? { start: at, end: at, replacement: ` ${rule.default}` } : undefined;
  s.report('signature', rule.severity, rule.default ? 'signature.missingWith' : 'signature.missing', { signature: rule.default }, at, at, fix);
}

/** A reply greets the person by first name when the caller knows it. */
export function checkGreeting(s: Scan): void {
  const rule = s.profile.sections.greeting;
  const name = firstName(s.ctx.authorName);
  if (!rule.enabled || s.ctx.kind !== 'reply' || !name || !s.text.trim()) return;
  const nameWords = tokenize(name).map((t) => t.fold);
  if (!nameWords.length) return;
  const toks = s.tokens;
  for (let i = 0; i + nameWords.length <= toks.length; i++) {
    if (nameWords.every((w, k) => toks[i + k].fold === w)) return;
  }
  const lead = s.text.length - s.text.trimStart().length;
  const first = toks[0];
  let fix;
  if (first && first.start === lead && GREETING_WORDS.has(first.fold) && first.fold !== 'good') {
    fix = { start: first.end, end: first.end, replacement: ` ${name}` };
  } else {
    const lang = s.lang ?? s.profile.languages[0];
    const template = rule.template[lang].replace('{name}', name);
    const rest = s.text.slice(lead);
    // "Merci..." after "Bonjour Ana, " starts lower case unless it is a proper noun we cannot know about.
    fix = { start: lead, end: lead, replacement: template };
    if (/[,:]\s*$/.test(template) && /^\p{Lu}\p{Ll}/u.test(rest) && first && !GREETING_WORDS.has(first.fold)) {
      fix = { start: lead, end: lead + 1, replacement: template + rest[0].toLowerCase() };
    }
  }
  s.report('greeting', rule.severity, 'greeting.missing', { name }, lead, lead, fix);
}

function firstName(author: string | undefined): string {
  if (!author) return '';
  const clean = author.replace(/^@/, '').trim();
  // A handle like "@marie_t" is not a name to greet with.
  if (!clean || /[_\d@]/.test(clean)) return '';
  return clean.split(/\s+/)[0].slice(0, 40);
}

/** A post says what to do next: an imperative, a link, a question, or one of the brand's own phrases. */
export function checkCallToAction(s: Scan): void {
  const rule = s.profile.sections.cta;
  if (!rule.enabled || s.ctx.kind !== 'post' || !s.text.trim()) return;
  if (s.urls.some((u) => /^(https?:|www\.)/i.test(s.text.slice(u.start, u.start + 8)))) return;
  if (rule.questionCounts && /[?？]/.test(s.text)) return;
  if (s.profile.cta.has(s.tokens, s.text)) return;
  const at = s.text.trimEnd().length;
  s.report('cta', rule.severity, 'cta.missing', {}, at, at);
}
