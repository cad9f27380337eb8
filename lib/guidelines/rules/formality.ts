import { GREETING_WORDS, PLURAL_CUES, TON_NOUN_BEFORE, TU_FORMS, TU_PARTICIPLE_BEFORE, VOUS_FORMS } from '../lexicon';
import { phraseIndex } from '../phrases';
import type { Scan } from '../scan';
import { isApostrophe, isHyphen, matchCase, type Span, type Token } from '../text';
import type { Fix } from '../types';

const pluralCues = phraseIndex(PLURAL_CUES);
/** Safe pronoun swaps toward "vous": the verb is left to the writer, so "tu" itself gets no fix. */
const TO_VOUS: Record<string, string> = { ton: 'votre', ta: 'votre', tes: 'vos', toi: 'vous', te: 'vous' };
const TO_TU: Record<string, string> = { vos: 'tes' };

interface Form {
  tok: Token;
  /** "t'" includes its apostrophe. */
  end: number;
}

/** Tu/vous: French pronouns and possessives against the brand's choice; a plural "vous" to a group is allowed. */
export function checkFormality(s: Scan): void {
  const rule = s.profile.sections.formality;
  if (!rule.enabled || s.lang !== 'fr') return;
  const { tu, vous } = collect(s);
  if (!tu.length && !vous.length) return;
  const plural = rule.allowPluralVous ? pluralScopes(s, tu.length > 0) : [];
  const singularVous = vous.filter((f) => !plural.some((p) => f.tok.start >= p.start && f.tok.start < p.end));
  const word = (f: Form) => s.text.slice(f.tok.start, f.end);
  if (rule.value === 'vous') {
    for (const f of tu) s.report('formality', rule.severity, 'formality.tu', { word: word(f) }, f.tok.start, f.end, swap(s, f, TO_VOUS));
  } else if (rule.value === 'tu') {
    for (const f of singularVous) s.report('formality', rule.severity, 'formality.vous', { word: word(f) }, f.tok.start, f.end, swap(s, f, TO_TU));
  } else if (tu.length && singularVous.length) {
    // Either is fine, but not both: the minority form is the slip.
    const minority = tu.length <= singularVous.length ? tu : singularVous;
    for (const f of minority) s.report('formality', rule.severity, 'formality.mixed', { word: word(f) }, f.tok.start, f.end);
  }
}

function collect(s: Scan): { tu: Form[]; vous: Form[] } {
  const tu: Form[] = [];
  const vous: Form[] = [];
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const prev = i > 0 ? toks[i - 1].fold : '';
    if (VOUS_FORMS.has(t.fold)) vous.push({ tok: t, end: t.end });
    else if (t.fold === 't') {
      // "t'aider" is "te"; "a-t-il" is a euphonic t.
      if (isApostrophe(t.next) && !isHyphen(t.prev)) tu.push({ tok: t, end: t.end + 1 });
    } else if (TU_FORMS.has(t.fold)) {
      if (t.fold === 'ton' && TON_NOUN_BEFORE.has(prev)) continue;
      if (t.fold === 'tu' && TU_PARTICIPLE_BEFORE.has(prev)) continue;
      if (isHyphen(t.prev) && t.fold !== 'toi' && t.fold !== 'tu') continue;
      tu.push({ tok: t, end: t.end });
    }
  }
  return { tu, vous };
}

/** Where "vous" speaks to a group: sentences with a plural cue, the whole text after a group greeting, a post. */
function pluralScopes(s: Scan, hasTu: boolean): Span[] {
  const whole = { start: 0, end: s.text.length };
  if (s.ctx.kind === 'post' && !hasTu) return [whole];
  const cues: number[] = [];
  pluralCues.scan(s.tokens, s.text, (m) => (cues.push(m.start), true));
  // "vous êtes prêts", "êtes-vous prêtes": an adjective agreeing in the plural.
  const toks = s.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i].fold;
    const b = toks[i + 1].fold;
    const after = (a === 'vous' && b === 'etes') || (a === 'etes' && b === 'vous') ? toks[i + 2] : undefined;
    if (after && /[sx]$/.test(after.fold) && after.fold.length > 2 && !['tres', 'pas', 'plus', 'dans', 'sous', 'chez'].includes(after.fold)) cues.push(after.start);
  }
  if (!cues.length) return [];
  const sents = s.sentences();
  const scopes = sents.filter((sp) => cues.some((c) => c >= sp.start && c < sp.end));
  // A group greeting opening the text ("Bonjour à tous,") sets the audience for all of it.
  if (sents.length && GREETING_WORDS.has(toks[0]?.fold ?? '') && cues.some((c) => c < sents[0].end)) return [whole];
  return scopes;
}

function swap(s: Scan, f: Form, table: Record<string, string>): Fix | undefined {
  const key = f.tok.fold === 't' ? 'te' : f.tok.fold;
  const to = table[key];
  if (!to) return undefined;
  const raw = s.text.slice(f.tok.start, f.tok.end);
  // "t'aider" -> "vous aider": the apostrophe becomes a space.
  const replacement = matchCase(raw, to) + (f.end > f.tok.end ? ' ' : '');
  return { start: f.tok.start, end: f.end, replacement };
}
