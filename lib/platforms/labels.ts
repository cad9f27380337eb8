/**
 * Words an adapter must match as text, per platform and per page language (`<html lang>`). Icons and data-testid
 * come first; these labels are only for what a platform exposes in words alone. One object per platform.
 */
import { collapseWhitespace, pageLang } from './dom';
import type { Platform } from './types';

/** language -> label key -> accepted variants (compared case-folded, trimmed). */
export type LabelTable = Record<string, Record<string, readonly string[]>>;

const x: LabelTable = {
  en: { replyingTo: ['Replying to'], reposted: ['reposted your post', 'reposted your Tweet', 'Retweeted your Tweet'], reply: ['Reply'], like: ['Like'], liked: ['Liked'], quote: ['Quote'] },
  fr: { replyingTo: ['En réponse à'], reposted: ['a reposté votre post', 'a republié votre post', 'a retweeté votre Tweet'], reply: ['Répondre'], like: ['J’aime', "J'aime"], liked: ['Aimé'], quote: ['Citer', 'Citation'] },
};

const youtube: LabelTable = {
  en: { reply: ['Reply'], like: ['Like', 'Like this comment'], creator: ['Creator'], mentioned: ['mentioned you'], replied: ['replied to your comment', 'replied:'] },
  fr: { reply: ['Répondre'], like: ['J’aime', "J'aime", 'Aimer ce commentaire'], creator: ['Créateur', 'Créatrice'], mentioned: ['vous a mentionné', 'vous a mentionnée'], replied: ['a répondu à votre commentaire', 'a répondu :'] },
};

const reddit: LabelTable = {
  en: {
    reply: ['Reply', 'reply'],
    deleted: ['[deleted]', 'Comment deleted by user', 'Deleted by user'],
    removed: ['[removed]', 'Comment removed by moderator', 'Removed by moderator', '[ Removed by Reddit ]', 'Comment removed by Reddit', 'Removed by Reddit'],
  },
  fr: {
    reply: ['Répondre'],
    deleted: ['[supprimé]', '[deleted]', 'Commentaire supprimé par l’utilisateur', 'Supprimé par l’utilisateur'],
    removed: ['[retiré]', '[removed]', '[ Removed by Reddit ]', 'Commentaire supprimé par un modérateur', 'Supprimé par un modérateur', 'Supprimé par Reddit'],
  },
};

const bluesky: LabelTable = {
  en: { reply: ['Reply'], like: ['Like'], unlike: ['Unlike'], mentioned: ['mentioned you'], reposted: ['reposted your post', 'reposted your repost'], quoted: ['quoted your post'], liked: ['liked your post', 'liked your repost'], followed: ['followed you'] },
  // social-app src/locale/locales/fr/messages.po (2026-01). The like button's label is "Retirer la mention « J’aime »
  // (N ont aimé)" once liked; bluesky.ts compares its start as is (no folding), so the bare "Retirer la mention" is kept
  // too, whatever spaces pad the guillemets. Grouped rows say "X et N autres comptes ont …" / "vous ont suivi". A repost of
  // the brand's repost ("reposted your repost") is a share too: "a republié votre" covers "… post" and "… repost".
  fr: {
    reply: ['Répondre'],
    like: ['Aimer', 'J’aime', "J'aime"],
    unlike: ['Retirer la mention « J’aime »', 'Retirer la mention', 'Ne plus aimer', 'Je n’aime plus'],
    mentioned: ['vous a mentionné', 'vous a mentionnée'],
    reposted: ['a republié votre', 'ont republié votre', 'a reposté votre post'],
    quoted: ['a cité votre post'],
    liked: ['a aimé votre post', 'ont aimé votre post', 'a aimé votre repost', 'ont aimé votre repost'],
    followed: ['vous a suivi', 'vous ont suivi', 'vous suit', 's’est abonné', "s'est abonné"],
  },
};

const mastodon: LabelTable = {
  en: { reply: ['Reply'], favourite: ['Favorite', 'Favourite'], mentioned: ['mentioned you'], boosted: ['boosted your post', 'boosted your status'] },
  // locales/fr.json ("a partagé votre message", 2.x "a partagé votre statut") and fr-CA.json ("a boosté votre message").
  fr: { reply: ['Répondre'], favourite: ['Ajouter aux favoris', 'Favori'], mentioned: ['vous a mentionné', 'vous a mentionnée'], boosted: ['a partagé votre message', 'a boosté votre message', 'a partagé votre statut'] },
};

const linkedin: LabelTable = {
  en: { reply: ['Reply'], mentioned: ['mentioned'], reposted: ['reposted', 'shared your post', 'shared a post'] },
  fr: { reply: ['Répondre'], mentioned: ['a mentionné', 'vous a mentionné'], reposted: ['a republié', 'a reposté', 'a partagé ceci', 'a partagé votre post', 'a partagé votre publication'] },
};

const facebook: LabelTable = {
  en: {
    reply: ['Reply'], like: ['Like'], unlike: ['Remove Like', 'Unlike'], mentioned: ['mentioned', 'tagged you'], shared: ['shared your post', 'shared your'],
    replyBy: ['Reply by', 'Reply from'], seeMore: ['See more'],
    badge: ['Top fan', 'Rising fan', 'Valued commenter', 'Top contributor', 'Rising contributor', 'Conversation starter', 'Author', 'Admin', 'Moderator', 'Group expert', 'Follow'],
  },
  fr: {
    reply: ['Répondre'], like: ['J’aime', "J'aime"], unlike: ['Supprimer J’aime', "Supprimer J'aime", 'Retirer J’aime', 'Je n’aime plus'], mentioned: ['a mentionné', 'vous a mentionné', 'vous a identifié'], shared: ['a partagé votre publication', 'a partagé votre'],
    replyBy: ['Réponse de'], seeMore: ['En voir plus', 'Afficher la suite', 'Voir plus'],
    // Compared exactly (facebook.ts isBadge): French Facebook keeps "Top fan" in English.
    badge: [
      'Top fan', 'Super fan', 'Contributeur(ice) star', 'Contributeur(ice) Star', 'Contributeur star', 'Spécialiste du groupe', 'Auteur', 'Admin', 'Modérateur', 'Suivre',
      'Fan engagé', 'Fan engagée', 'Nouveau fan', 'Contributeur principal', 'Contributrice principale', 'Autrice', 'Administrateur', 'Administratrice', 'Modératrice',
    ],
  },
};

const instagram: LabelTable = {
  en: { reply: ['Reply'], like: ['Like'], unlike: ['Unlike'], mentioned: ['mentioned you', 'tagged you'], badge: ['Author', 'Creator', 'Pinned', 'Edited', 'Verified', 'Follow', '•'] },
  fr: { reply: ['Répondre'], like: ['J’aime', "J'aime"], unlike: ['Je n’aime plus', "Je n'aime plus", 'Ne plus aimer'], mentioned: ['vous a mentionné', 'vous a identifié'], badge: ['Auteur', 'Autrice', 'Créateur', 'Créatrice', 'Épinglé', 'Modifié', 'Vérifié', 'Suivre', '•'] },
};

const tiktok: LabelTable = {
  en: { reply: ['Reply'], mentioned: ['mentioned you', 'tagged you'] },
  fr: { reply: ['Répondre'], mentioned: ['vous a mentionné', 'vous a identifié'] },
};

const threads: LabelTable = {
  en: { reply: ['Reply'], like: ['Like'], unlike: ['Unlike'], mentioned: ['mentioned you'], reposted: ['reposted your', 'reposted'], quoted: ['quoted your'] },
  fr: { reply: ['Répondre'], like: ['J’aime', "J'aime"], unlike: ['Je n’aime plus', 'Ne plus aimer'], mentioned: ['vous a mentionné'], reposted: ['a republié'], quoted: ['a cité'] },
};

export const LABELS: Record<Platform, LabelTable> = {
  x,
  youtube,
  reddit,
  bluesky,
  mastodon,
  linkedin,
  facebook,
  instagram,
  tiktok,
  threads,
};

/**
 * The variants of `key` for the page's language. A language with no table accepts every known language's
 * variants (a German page still matches nothing wrong), a known language accepts only its own.
 */
export function labelsFor(platform: Platform, node: Node, key: string): readonly string[] {
  const table = LABELS[platform];
  const own = table[pageLang(node)];
  if (own) return own[key] ?? [];
  return Object.values(table).flatMap((labels) => labels[key] ?? []);
}

/** A platform's variants for several keys at once, looked up once per page language rather than once per item. */
export function labelTable<K extends string>(platform: Platform, keys: readonly K[]): (node: Node) => Readonly<Record<K, readonly string[]>> {
  const byLang = new Map<string, Record<K, readonly string[]>>();
  return (node) => {
    const lang = pageLang(node);
    let words = byLang.get(lang);
    if (!words) byLang.set(lang, (words = Object.fromEntries(keys.map((k) => [k, labelsFor(platform, node, k)])) as Record<K, readonly string[]>));
    return words;
  };
}

/** Quotes straightened, whitespace collapsed, lower case: how a label is compared. */
function fold(text: string): string {
  const quotes = text.includes('’') || text.includes('‘') ? text.replace(/[’‘]/g, "'") : text;
  return collapseWhitespace(quotes).trim().toLocaleLowerCase();
}

/**
 * A label folded for comparison. A page shows few distinct labels ("Like", "Unlike", the table's variants) and every
 * item asks for them: each is folded once (toLocaleLowerCase costs ~1 µs on a cold page), the cache bounded.
 */
const foldedLabels = new Map<string, string>();
export function foldLabel(label: string): string {
  let folded = foldedLabels.get(label);
  if (folded === undefined) {
    if (foldedLabels.size >= 512) foldedLabels.clear();
    foldedLabels.set(label, (folded = fold(label)));
  }
  return folded;
}

/** Whether `text` equals one of the variants (exactly, after folding). */
export function isLabel(text: string | null | undefined, variants: readonly string[]): boolean {
  if (!text) return false;
  const folded = foldLabel(text);
  return variants.some((v) => foldLabel(v) === folded);
}

/** Whether `text` contains one of the variants. */
export function hasLabel(text: string | null | undefined, variants: readonly string[]): boolean {
  if (!text) return false;
  const folded = fold(text);
  return variants.some((v) => folded.includes(foldLabel(v)));
}
