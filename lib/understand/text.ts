/** Turns a comment into the features every classifier reads: folded tokens, links, handles, emoji, punctuation. */
export interface TextFeatures {
  raw: string;
  /** Lower-cased, accents removed, links/handles replaced by markers, apostrophes unified. */
  folded: string;
  tokens: string[];
  links: number;
  /** Links to pictures or short links platforms add for media (t.co, pic.twitter.com): weak spam evidence. */
  mediaLinks: number;
  handles: number;
  hashtags: number;
  /** Hashtag bodies, folded: "#NeverAgain" -> "neveragain", read for the words run together inside. */
  tags: string[];
  emoji: string[];
  questionMarks: number;
  exclamations: number;
  /** Share of upper-case letters among letters (0..1), for shouting. */
  capsRatio: number;
  letters: number;
  accented: number;
}

const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|ca|fr|ly|co|io|me|info|biz|tk)(?:\/\S*)?\b/gi;
const MEDIA = /^(?:https?:\/\/)?(?:t\.co|pic\.twitter\.com|i\.imgur\.com|imgur\.com|giphy\.com|pbs\.twimg\.com)\//i;
const HANDLE = /(^|[^\w@])@[\w.]{1,30}/g;
const HASHTAG = /(^|\s)#[\p{L}\p{N}_]+/gu;
const EMOJI = /\p{Extended_Pictographic}/gu;
const ACCENTED = /[àâäçéèêëîïôöùûüÿœæ]/gi;
const ELISION = /^(c|j|l|d|qu|n|s|m|t)'(.+)$/;

export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function features(raw: string): TextFeatures {
  let links = 0;
  let handles = 0;
  let hashtags = 0;
  let mediaLinks = 0;
  let text = raw.replace(LINK, (url) => {
    links++;
    if (MEDIA.test(url)) mediaLinks++;
    return ' xlinkx ';
  });
  text = text.replace(HANDLE, (_m, pre: string) => {
    handles++;
    return `${pre} xhandlex `;
  });
  const tags: string[] = [];
  text.replace(HASHTAG, (m) => {
    hashtags++;
    tags.push(fold(m.slice(m.indexOf('#') + 1)));
    return '';
  });
  const emoji = [...(raw.match(EMOJI) ?? []), ...emoticons(raw)];
  let upper = 0;
  let letters = 0;
  for (const ch of text) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    letters++;
    if (ch === up) upper++;
  }
  const folded = fold(text);
  return {
    raw,
    folded,
    tokens: tokenize(folded),
    links,
    mediaLinks,
    handles,
    hashtags,
    tags,
    emoji,
    questionMarks: count(text, '?') + count(text, '？'),
    exclamations: count(text, '!'),
    capsRatio: letters ? upper / letters : 0,
    letters,
    accented: (raw.match(ACCENTED) ?? []).length,
  };
}

/** Splits folded text into words; French elisions give two tokens ("c'est" -> "c'", "est"). */
export function tokenize(folded: string): string[] {
  const out: string[] = [];
  for (const w of folded.split(/[^a-z0-9']+/)) {
    const word = unstretch(w.replace(/^'+|'+$/g, ''));
    if (!word) continue;
    const m = ELISION.exec(word);
    if (m) out.push(m[1] + "'", m[2]);
    else out.push(word);
  }
  return out;
}

const STRETCHED = /([a-z])\1\1+/g;
/** Words whose double letter a stretch keeps: "goooood" is "good", "sooooo" is "so". */
const DOUBLED = new Set('good cool too soon feel need all well sorry happy free keep been see week grr'.split(' '));

/** "sooo", "whyyy", "nooon", "merciii": a letter held for emphasis, read as the word. */
function unstretch(word: string): string {
  if (!STRETCHED.test(word)) return word;
  STRETCHED.lastIndex = 0;
  const two = word.replace(STRETCHED, '$1$1');
  return DOUBLED.has(two) ? two : word.replace(STRETCHED, '$1');
}

/** ASCII faces as the emoji they stand for, so sentiment reads ":(" like "😞". */
function emoticons(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/(?:^|\s)([:;=]-?(?:\)+|\(+|D+|P|p|\/)|<3|:'\(|\^_?\^|[xX]D+)(?=\s|$|[.!?,])/g)) {
    const face = m[1];
    out.push(face === '<3' ? '❤' : /[(\/]|'/.test(face) ? '😞' : '😊');
  }
  return out;
}

function count(s: string, ch: string) {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
