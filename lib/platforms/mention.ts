/** Whether a text names the brand: one of its @handles or keywords, accents and case folded, on word boundaries. */
import type { RawItem } from './types';

export interface BrandTerms {
  handles?: readonly string[];
  keywords?: readonly string[];
}

/** Lower case, accents removed ("Québec" -> "quebec"), typographic apostrophes made plain. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[’‘]/g, "'").toLowerCase();
}

// Unicode-mode patterns refuse needless escapes such as \-: escape syntax characters only.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_@])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}])';

/** "@acme", "acme@mastodon.social", "acme.bsky.social", "u/acme" -> "acme..." without the sigil. */
function bareHandle(handle: string): string {
  return foldText(handle.trim()).replace(/^(?:@|u\/|\/u\/)/, '');
}

export type MentionMatcher = (text: string) => string[];

/**
 * Compiles the brand's terms once. A handle matches written as "@handle" (also "u/handle" for Reddit, and the
 * full "@name@instance" or "@name.bsky.social" forms); a keyword matches as a whole word or phrase, hashtags included.
 */
export function compileMentions(terms: BrandTerms): MentionMatcher {
  const patterns: Array<{ term: string; re: RegExp }> = [];
  for (const handle of terms.handles ?? []) {
    const bare = bareHandle(handle);
    if (!bare) continue;
    const local = bare.split('@')[0];
    const forms = new Set([bare, local]);
    const alternatives = [...forms].map(escape).join('|');
    patterns.push({ term: handle, re: new RegExp(`(?:@|(?<![\\p{L}\\p{N}_])u\\/)(?:${alternatives})${NOT_WORD_AFTER}`, 'u') });
  }
  for (const keyword of terms.keywords ?? []) {
    const folded = foldText(keyword.trim());
    if (!folded) continue;
    const phrase = folded.split(/\s+/).map(escape).join('[\\s\\-]+');
    patterns.push({ term: keyword, re: new RegExp(`${NOT_WORD_BEFORE}${phrase}${NOT_WORD_AFTER}`, 'u') });
  }
  return (text: string) => {
    if (!patterns.length || !text) return [];
    const folded = foldText(text);
    return patterns.filter((p) => p.re.test(folded)).map((p) => p.term);
  };
}

export function mentionsBrand(text: string, terms: BrandTerms): boolean {
  return compileMentions(terms)(text).length > 0;
}

function isBrandAuthor(item: RawItem, handles: readonly string[]): boolean {
  const author = item.author.handle ? bareHandle(item.author.handle) : '';
  return !!author && handles.some((h) => {
    const b = bareHandle(h);
    return b === author || b.split('@')[0] === author.split('@')[0] && !b.includes('@');
  });
}

/**
 * A post by someone else that names the brand becomes a mention; comments and replies keep their kind (they
 * already are engagement under a post) and the brand's own items never count.
 */
export function markMention(item: RawItem, match: MentionMatcher, handles: readonly string[] = []): RawItem {
  if (item.kind !== 'post' || isBrandAuthor(item, handles)) return item;
  return match(item.text).length ? { ...item, kind: 'mention' } : item;
}
