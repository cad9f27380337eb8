/**
 * Look-alike markup of each platform's post page, written from the selector facts in
 * ../shared/research/PLATFORM-SELECTORS.md and the look-alike fixtures under test/fixtures/platforms/ (not saved
 * pages). The demo pages (demo/pages/*.html, written by demo/pages/write-pages.ts) and the 2,000-comment bench pages
 * (test/bench/mainthread-pages.ts) both come from here, so the demo shows the markup the bench measures.
 */
import type { Platform } from '../../lib/platforms/types';

export interface DemoComment {
  /** Unique number in the page: each platform derives its own id format from it. */
  n: number;
  name: string;
  handle: string;
  text: string;
  at: string;
  liked?: boolean;
  replies?: DemoComment[];
}

export interface DemoThread {
  lang: 'fr' | 'en';
  title: string;
  post: DemoComment;
  comments: DemoComment[];
}

export interface PlatformPage {
  /** The real URL the page is served at. */
  url: string;
  /** Full document; `list` (the comment list's inner HTML) is where later comments are appended. */
  page(thread: DemoThread, extra?: string): string;
  /** One top-level comment with its replies, as the platform inserts it into the list. */
  comment(c: DemoComment, thread: DemoThread): string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Emoji as the platforms draw them: an <img alt>. */
const emoji = (s: string) => esc(s).replace(/(\p{Extended_Pictographic})/gu, '<img alt="$1" src="data:," width="16" height="16">');
const doc = (lang: string, title: string, body: string, style = '') =>
  `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>body{font:15px/1.4 system-ui,sans-serif;margin:0 auto;max-width:720px;padding:8px 16px;color:#111}img[alt]{vertical-align:middle}${style}</style></head>\n<body>\n${body}\n</body></html>\n`;
/** The platforms' own UI words in the page's language (a French page says « Répondre », not "Reply"). */
const UI = {
  fr: { reply: 'Répondre', like: 'J’aime', unlike: 'Je n’aime plus', comment: 'Commenter', commentBy: 'Commentaire de', replyBy: 'Réponse de', picture: 'Photo de profil de', favourite: 'Ajouter aux favoris', reactions: 'Ouvrir le menu des réactions' },
  en: { reply: 'Reply', like: 'Like', unlike: 'Unlike', comment: 'Comment', commentBy: 'Comment by', replyBy: 'Reply by', picture: 'Profile picture of', favourite: 'Favorite', reactions: 'Open reactions menu' },
};
type Ui = (typeof UI)['fr'];
const big = (base: bigint, n: number) => String(base + BigInt(n));
const b36 = (n: number, width = 6) => n.toString(36).padStart(width, '0');
const seconds = (iso: string) => BigInt(Math.floor(Date.parse(iso) / 1000));

// X: article[data-testid="tweet"], the focused tweet tabindex -1, User-Name, tweetText, time in the status link.
const xId = (n: number) => big(1850000000000000000n, n);
function xTweet(c: DemoComment, u: Ui, focused = false): string {
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="${focused ? -1 : 0}">
<div data-testid="User-Name"><a href="/${c.handle}" role="link"><div dir="ltr"><span>${esc(c.name)}</span></div></a><a href="/${c.handle}" role="link" tabindex="-1"><div dir="ltr"><span>@${c.handle}</span></div></a><a href="/${c.handle}/status/${xId(c.n)}" role="link"><time datetime="${c.at}">${c.at.slice(0, 10)}</time></a></div>
<div data-testid="tweetText" dir="auto"><span>${emoji(c.text)}</span></div>
<div role="group"><button data-testid="reply" aria-label="${u.reply}">💬</button><button data-testid="${c.liked ? 'unlike' : 'like'}" aria-label="${c.liked ? u.unlike : u.like}">${c.liked ? '♥' : '♡'}</button></div></article></div>`;
}
const x: PlatformPage = {
  url: 'https://x.com/cafeboreal/status/1850000000000000001',
  comment: (c, t) => [c, ...(c.replies ?? [])].map((r) => xTweet(r, UI[t.lang])).join('\n'),
  page: (t, extra = '') =>
    doc(t.lang, t.title, `<main><div aria-label="Conversation" data-demo-list>\n${xTweet(t.post, UI[t.lang], true)}\n${t.comments.map((c) => x.comment(c, t)).join('\n')}\n</div></main>${extra}`, 'article{display:block;border-bottom:1px solid #eee;padding:10px 0}[role=group]{display:flex;gap:24px}'),
};

/**
 * The age YouTube ("il y a 3 jours", "3 days ago") and Facebook ("3 j", "3d") print in place of a date, from now:
 * whole minutes, hours, days, weeks, months or years, rounded down as the platforms do.
 */
function age(at: string, lang: 'fr' | 'en', short: boolean): string {
  const minutes = Math.max(1, Math.floor((Date.now() - Date.parse(at)) / 60_000));
  const steps: Array<[number, string, string, string, string]> = [
    [60, 'minute', 'minute', 'm', 'min'], [24, 'hour', 'heure', 'h', 'h'], [7, 'day', 'jour', 'd', 'j'],
    [4.35, 'week', 'semaine', 'w', 'sem'], [12, 'month', 'mois', 'mo', 'mois'], [Infinity, 'year', 'an', 'y', 'a'],
  ];
  let n = minutes;
  for (const [per, en, fr, enShort, frShort] of steps) {
    if (n < per) {
      if (short) return lang === 'fr' ? `${n} ${frShort}` : `${n}${enShort}`;
      const plural = n > 1 && !fr.endsWith('s') ? 's' : '';
      return lang === 'fr' ? `il y a ${n} ${fr}${plural}` : `${n} ${en}${n > 1 ? 's' : ''} ago`;
    }
    n = Math.floor(n / per);
  }
  return '';
}

// YouTube: ytd-comment-thread-renderer > ytd-comment-view-model (2024-), lc ids in #published-time-text links.
const ytVideo = 'CafeBoreal1';
const ytLc = (n: number) => `Ugz${b36(n, 12)}4AaABAg`;
function ytComment(c: DemoComment, lc: string, top: boolean, u: Ui, lang: 'fr' | 'en'): string {
  return `<ytd-comment-view-model${top ? ' id="comment"' : ''}><div id="body"><div id="main"><div id="header"><div id="header-author"><h3><a id="author-text" href="/@${c.handle}"><span>@${c.handle}</span></a></h3>
<span id="published-time-text"><a href="/watch?v=${ytVideo}&amp;lc=${lc}">${age(c.at, lang, false)}</a></span></div></div>
<ytd-expander id="expander"><div id="content"><yt-attributed-string id="content-text"><span>${emoji(c.text)}</span></yt-attributed-string></div></ytd-expander>
<div id="action-buttons"><ytd-toggle-button-renderer id="like-button"><button aria-label="${u.like}" aria-pressed="${c.liked ? 'true' : 'false'}">👍</button></ytd-toggle-button-renderer><div id="reply-button-end"><button>${u.reply}</button></div></div></div></div></ytd-comment-view-model>`;
}
const youtube: PlatformPage = {
  url: `https://www.youtube.com/watch?v=${ytVideo}`,
  comment: (c, t) => {
    const lc = ytLc(c.n);
    const replies = (c.replies ?? []).map((r) => ytComment(r, `${lc}.R${b36(r.n, 10)}`, false, UI[t.lang], t.lang)).join('\n');
    return `<ytd-comment-thread-renderer>${ytComment(c, lc, true, UI[t.lang], t.lang)}${replies ? `<div id="replies"><ytd-comment-replies-renderer><div id="contents">${replies}</div></ytd-comment-replies-renderer></div>` : ''}</ytd-comment-thread-renderer>`;
  },
  page: (t, extra = '') =>
    doc(t.lang, `${t.title} - YouTube`, `<ytd-app><ytd-watch-flexy><ytd-watch-metadata><div id="title"><h1><yt-formatted-string>${esc(t.post.text)}</yt-formatted-string></h1></div>
<ytd-video-owner-renderer><ytd-channel-name id="channel-name"><a href="/@${t.post.handle}">${esc(t.post.name)}</a></ytd-channel-name></ytd-video-owner-renderer>
<div id="description"><ytd-watch-info-text><div id="info"><span>${t.lang === 'fr' ? '1 234 vues' : '1,234 views'}</span> <span>${age(t.post.at, t.lang, false)}</span></div></ytd-watch-info-text></div></ytd-watch-metadata>
<ytd-comments id="comments"><ytd-item-section-renderer id="sections"><div id="header"><ytd-comments-header-renderer><h2 id="count">${t.comments.length} comments</h2></ytd-comments-header-renderer></div>
<div id="contents" data-demo-list>\n${t.comments.map((c) => youtube.comment(c, t)).join('\n')}\n</div></ytd-item-section-renderer></ytd-comments></ytd-watch-flexy></ytd-app>${extra}`, 'ytd-comment-view-model,ytd-comment-thread-renderer{display:block;margin:8px 0}#replies{margin-left:32px;display:block}'),
};

// LinkedIn 2026 React/SDUI: three nested wrappers share componentkey="replaceableComment_<urn>" (LHR PR #778).
const liActivity = '7331234567890123456';
const liComment = (c: DemoComment) => String((BigInt(Date.parse(c.at)) << 22n) + BigInt(c.n));
function liItem(c: DemoComment, u: Ui, nested = ''): string {
  const key = `replaceableComment_urn:li:comment:(urn:li:activity:${liActivity},${liComment(c)})`;
  const profile = c.handle.startsWith('company:') ? `company/${c.handle.slice(8)}` : `in/${c.handle}`;
  return `<div componentkey="${key}"><div componentkey="${key}"><div componentkey="${key}">
<a href="https://www.linkedin.com/${profile}/"><img alt="" src="data:," width="24" height="24"></a><div><a href="https://www.linkedin.com/${profile}/"><span>${esc(c.name)}</span></a> <span>${c.at.slice(0, 10)}</span></div>
<span data-testid="expandable-text-box">${emoji(c.text)}</span>
<div><button aria-pressed="${c.liked ? 'true' : 'false'}" type="button">${u.like}</button> <button aria-label="${u.reactions}" type="button"></button> <button type="button">${u.reply}</button></div>
</div>${nested ? `<div style="margin-left:32px">${nested}</div>` : ''}</div></div>`;
}
const linkedin: PlatformPage = {
  url: `https://www.linkedin.com/feed/update/urn:li:activity:${liActivity}/`,
  comment: (c, t) => liItem(c, UI[t.lang], (c.replies ?? []).map((r) => liItem(r, UI[t.lang])).join('\n')),
  page: (t, extra = '') =>
    doc(t.lang, `${t.post.name} on LinkedIn`, `<main><div data-urn="urn:li:activity:${liActivity}"><div><a href="https://www.linkedin.com/company/${t.post.handle}/"><span>${esc(t.post.name)}</span></a></div>
<div data-testid="expandable-text-box">${emoji(t.post.text)}</div><div><button aria-pressed="false" type="button">${UI[t.lang].like}</button> <button type="button">${UI[t.lang].comment}</button></div>
<div data-component-type="LazyColumn" data-testid="post-detail-commentList" data-demo-list>\n${t.comments.map((c) => linkedin.comment(c, t)).join('\n')}\n</div></div></main>${extra}`, '[componentkey]{margin:6px 0}'),
};

// Facebook www (Comet): [role="article"] comments, replies nested, comment_id / reply_comment_id links (FBX).
const fbPost = 'pfbid02CafeBorealLatteErable';
const fbId = (n: number) => big(900000000000000n, n);
function fbArticle(c: DemoComment, parent: DemoComment | undefined, u: Ui, lang: 'fr' | 'en', nested = ''): string {
  const q = parent ? `comment_id=${fbId(parent.n)}&amp;reply_comment_id=${fbId(c.n)}` : `comment_id=${fbId(c.n)}`;
  return `<div role="article" aria-label="${parent ? u.replyBy : u.commentBy} ${esc(c.name)}" tabindex="-1">
<a role="link" href="https://www.facebook.com/${c.handle}?${q}"><img alt="${esc(c.name)}" src="data:," width="24" height="24"></a>
<div><span><a role="link" href="https://www.facebook.com/${c.handle}?${q}"><span dir="auto">${esc(c.name)}</span></a></span><div><div dir="auto" style="text-align:start">${emoji(c.text)}</div></div></div>
<ul><li><a role="link" href="https://www.facebook.com/cafeboreal/posts/${fbPost}?${q}">${age(c.at, lang, true)}</a></li><li><div role="button" tabindex="0" aria-label="${u.like}"${c.liked ? ' aria-pressed="true"' : ''}><span>${u.like}</span></div></li><li><div role="button" tabindex="0"><span>${u.reply}</span></div></li></ul>
${nested ? `<div style="margin-left:32px">${nested}</div>` : ''}</div>`;
}
const facebook: PlatformPage = {
  url: `https://www.facebook.com/cafeboreal/posts/${fbPost}`,
  comment: (c, t) => `<div>${fbArticle(c, undefined, UI[t.lang], t.lang, (c.replies ?? []).map((r) => fbArticle(r, c, UI[t.lang], t.lang)).join('\n'))}</div>`,
  page: (t, extra = '') =>
    doc(t.lang, `${t.post.name} | Facebook`, `<div role="main"><div role="article"><div><a role="link" href="https://www.facebook.com/${t.post.handle}"><strong><span>${esc(t.post.name)}</span></strong></a> <a role="link" href="https://www.facebook.com/${t.post.handle}/posts/${fbPost}">${age(t.post.at, t.lang, true)}</a></div>
<div data-ad-preview="message"><div dir="auto">${emoji(t.post.text)}</div></div><div><div role="button" tabindex="0" aria-label="${UI[t.lang].like}"><span>${UI[t.lang].like}</span></div></div>
<div data-demo-list>\n${t.comments.map((c) => facebook.comment(c, t)).join('\n')}\n</div></div></div>${extra}`, '[role=article]{margin:6px 0}ul{list-style:none;display:flex;gap:12px;padding:0;margin:2px 0}'),
};

// Instagram 2025: blocks found from time[datetime] in /p/<code>/c/<id>/ (and /r/<id>/) links, author link first.
const igCode = 'DBorealLatte';
const igId = (n: number) => big(17900000000000000n, n);
function igBlock(c: DemoComment, href: string, u: Ui): string {
  return `<div><a href="/${c.handle}/" role="link"><img alt="${u.picture} ${c.handle}" src="data:," width="24" height="24"></a><div>
<span><a href="/${c.handle}/" role="link">${c.handle}</a></span> <a href="${href}" role="link"><time datetime="${c.at}">${c.at.slice(0, 10)}</time></a>
<span dir="auto">${emoji(c.text)}</span><div><div role="button" tabindex="0"><span>${u.reply}</span></div></div></div>
<div role="button" tabindex="0"><svg aria-label="${c.liked ? u.unlike : u.like}" role="img" viewBox="0 0 24 24" width="12" height="12"><title>${c.liked ? u.unlike : u.like}</title></svg></div></div>`;
}
const instagram: PlatformPage = {
  url: `https://www.instagram.com/p/${igCode}/`,
  comment: (c, t) => {
    const base = `/p/${igCode}/c/${igId(c.n)}/`;
    const replies = (c.replies ?? []).map((r) => igBlock(r, `${base}r/${igId(r.n)}/`, UI[t.lang])).join('\n');
    return `<div>${igBlock(c, base, UI[t.lang])}${replies ? `<div style="margin-left:32px">${replies}</div>` : ''}</div>`;
  },
  page: (t, extra = '') =>
    doc(t.lang, `${t.post.name} on Instagram`, `<main role="main"><article role="presentation"><header><a href="/${t.post.handle}/" role="link">${t.post.handle}</a></header>
<div role="presentation"><ul data-demo-list><div><div><a href="/${t.post.handle}/" role="link"><img alt="" src="data:," width="24" height="24"></a><div><h1 dir="auto"><a href="/${t.post.handle}/" role="link">${t.post.handle}</a></h1><h1 dir="auto">${emoji(t.post.text)}</h1><time datetime="${t.post.at}">${t.post.at.slice(0, 10)}</time></div></div></div>
${t.comments.map((c) => instagram.comment(c, t)).join('\n')}\n</ul></div></article></main>${extra}`, 'ul{padding:0}ul>div{margin:8px 0}h1{font-size:15px;margin:0}'),
};

// TikTok: comment boxes with numeric ids, data-e2e="comment-username-1|2" and "comment-level-1|2" (2022-2025).
const ttVideo = '7556000000000000001';
const ttId = (c: DemoComment) => String((seconds(c.at) << 32n) + BigInt(c.n));
function ttBox(c: DemoComment, level: 1 | 2, u: Ui): string {
  return `<div id="${ttId(c)}" class="css-1kimton-DivCommentContentContainer"><a data-e2e="comment-avatar-${level}" href="/@${c.handle}"><img alt="" src="data:," width="24" height="24"></a>
<div><a href="/@${c.handle}"><span data-e2e="comment-username-${level}">${esc(c.name)}</span></a><p data-e2e="comment-level-${level}"><span>${emoji(c.text)}</span></p>
<p><span data-e2e="comment-time-${level}">${c.at.slice(0, 10)}</span> <span data-e2e="comment-reply-${level}" role="button">${u.reply}</span></p></div></div>`;
}
const tiktok: PlatformPage = {
  url: `https://www.tiktok.com/@cafeboreal/video/${ttVideo}`,
  comment: (c, t) => `<div class="css-16r0vzi-DivCommentItemContainer">${ttBox(c, 1, UI[t.lang])}${c.replies?.length ? `<div class="css-zn6r1p-DivReplyContainer" style="margin-left:32px">${c.replies.map((r) => ttBox(r, 2, UI[t.lang])).join('\n')}</div>` : ''}</div>`,
  page: (t, extra = '') =>
    doc(t.lang, `${t.post.name} | TikTok`, `<div id="app"><div><a href="/@${t.post.handle}"><span data-e2e="browse-username">${t.post.handle}</span><br><span data-e2e="browser-nickname">${esc(t.post.name)}</span></a>
<div data-e2e="browse-video-desc"><span>${emoji(t.post.text)}</span></div></div>
<div class="css-x4xlc7-DivCommentContainer"><div class="css-1ko6l9n-DivCommentListContainer" data-demo-list>\n${t.comments.map((c) => tiktok.comment(c, t)).join('\n')}\n</div></div></div>${extra}`, '.css-16r0vzi-DivCommentItemContainer{margin:8px 0}p{margin:2px 0}'),
};

// Reddit today (shreddit): custom elements carrying thingid, author, depth, parentid and permalink as attributes.
const rdPost = '1cafebo';
const rdId = (n: number) => `t1_k${b36(n)}`;
function rdComment(c: DemoComment, depth: number, parent: string, u: Ui): string {
  const id = rdId(c.n);
  const kids = (c.replies ?? []).map((r) => rdComment(r, depth + 1, id, u)).join('\n');
  return `<shreddit-comment thingid="${id}" author="${c.handle}" depth="${depth}" postid="t3_${rdPost}"${depth ? ` parentid="${parent}" slot="children"` : ''} permalink="/r/quebec/comments/${rdPost}/comment/${id.slice(3)}/">
<div slot="commentMeta"><a href="/user/${c.handle}/">${c.handle}</a> · <time datetime="${c.at}">${c.at.slice(0, 10)}</time></div>
<div slot="comment"><p>${emoji(c.text)}</p></div><shreddit-comment-action-row slot="actionRow"><button>${u.reply}</button></shreddit-comment-action-row>
${kids}</shreddit-comment>`;
}
const reddit: PlatformPage = {
  url: `https://www.reddit.com/r/quebec/comments/${rdPost}/le_latte_a_lerable_de_cafe_boreal/`,
  comment: (c, t) => rdComment(c, 0, '', UI[t.lang]),
  page: (t, extra = '') =>
    doc(t.lang, `${t.title} : r/quebec`, `<shreddit-app><shreddit-post id="t3_${rdPost}" author="${t.post.handle}" post-title="${esc(t.title)}" created-timestamp="${t.post.at}" permalink="/r/quebec/comments/${rdPost}/le_latte_a_lerable_de_cafe_boreal/">
<h1 slot="title">${esc(t.title)}</h1><div slot="text-body"><p>${emoji(t.post.text)}</p></div></shreddit-post>
<shreddit-comment-tree data-demo-list>\n${t.comments.map((c) => reddit.comment(c, t)).join('\n')}\n</shreddit-comment-tree></shreddit-app>${extra}`, 'shreddit-comment{display:block;margin:6px 0 6px 12px}shreddit-post{display:block}'),
};

// Bluesky: [data-testid="postThreadItem-by-<handle>"] role=link items, the focused one with "-expanded" counts.
const bsRkey = (n: number) => `3mbor${b36(n, 8)}`;
/** The app's timestamp label: long date and short time in the reader's language and time zone (social-app niceDate). */
const bsLabel = (at: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at));
function bsItem(c: DemoComment, focused: boolean, u: Ui, lang: string): string {
  const link = focused ? '' : `<a href="/profile/${c.handle}/post/${bsRkey(c.n)}" role="link" aria-label="${bsLabel(c.at, lang)}">${c.at.slice(0, 10)}</a>`;
  return `<div role="link" tabindex="0" data-testid="postThreadItem-by-${c.handle}"><div><a href="/profile/${c.handle}" role="link">${esc(c.name)}</a> <a href="/profile/${c.handle}" role="link">@${c.handle}</a> ${link}</div>
<div data-testid="postText" dir="auto">${emoji(c.text)}</div>
<div><div><button data-testid="replyBtn" aria-label="${u.reply}">💬</button> <button data-testid="likeBtn" aria-label="${c.liked ? u.unlike : u.like}">${c.liked ? '♥' : '♡'}</button>${focused ? ' <span data-testid="likeCount-expanded">12</span>' : ''}</div></div></div>`;
}
const bluesky: PlatformPage = {
  url: 'https://bsky.app/profile/cafeboreal.bsky.social/post/3mbor00000001',
  comment: (c, t) => [c, ...(c.replies ?? [])].map((r) => bsItem(r, false, UI[t.lang], t.lang)).join('\n'),
  page: (t, extra = '') =>
    doc(t.lang, `${t.post.name} : ${t.title} — Bluesky`, `<main><div data-demo-list>\n${bsItem(t.post, true, UI[t.lang], t.lang)}\n${t.comments.map((c) => bluesky.comment(c, t)).join('\n')}\n</div></main>${extra}`, '[role=link][data-testid]{display:block;border-bottom:1px solid #eee;padding:8px 0}'),
};

// Mastodon 4.x web UI: .detailed-status focused, .status[data-id] replies, status--first-in-thread starts a branch.
const mdId = (n: number) => big(113000000000000000n, n);
function mdStatus(c: DemoComment, first: boolean, u: Ui): string {
  const acct = c.handle.includes('@') ? c.handle : c.handle;
  return `<div class="status__wrapper focusable" tabindex="0"><div class="status status-public status-reply status--in-thread${first ? ' status--first-in-thread' : ''}" data-id="${mdId(c.n)}">
<div class="status__info"><a href="/@${acct}/${mdId(c.n)}" class="status__relative-time"><time datetime="${c.at}">${c.at.slice(0, 10)}</time></a>
<a href="/@${acct}" class="status__display-name"><span class="display-name"><bdi><strong class="display-name__html">${esc(c.name)}</strong></bdi> <span class="display-name__account">@${acct}</span></span></a></div>
<div class="status__content"><div class="status__content__text status__content__text--visible" lang="fr"><p>${emoji(c.text)}</p></div></div>
<div class="status__action-bar"><button title="${u.reply}">↩</button> <button title="${u.favourite}" class="star-icon${c.liked ? ' active' : ''}">★</button></div></div></div>`;
}
const mastodon: PlatformPage = {
  url: 'https://mastodon.social/@cafeboreal/113000000000000001',
  comment: (c, t) => [mdStatus(c, true, UI[t.lang]), ...(c.replies ?? []).map((r) => mdStatus(r, false, UI[t.lang]))].join('\n'),
  page: (t, extra = '') =>
    doc(t.lang, `${t.post.name} : ${t.title} - Mastodon`, `<div id="mastodon" data-props="{&quot;locale&quot;:&quot;${t.lang}&quot;}"><div class="columns-area"><div data-demo-list>
<div class="focusable detailed-status__wrapper" tabindex="0"><div class="detailed-status" data-id="${mdId(t.post.n)}"><a href="/@${t.post.handle}" class="detailed-status__display-name"><span class="display-name"><bdi><strong class="display-name__html">${esc(t.post.name)}</strong></bdi> <span class="display-name__account">@${t.post.handle}</span></span></a>
<div class="status__content"><div class="status__content__text" lang="fr"><p>${emoji(t.post.text)}</p></div></div>
<div class="detailed-status__meta"><a class="detailed-status__datetime" href="/@${t.post.handle}/${mdId(t.post.n)}"><time datetime="${t.post.at}">${t.post.at.slice(0, 10)}</time></a></div></div></div>
${t.comments.map((c) => mastodon.comment(c, t)).join('\n')}\n</div></div></div>${extra}`, '.status,.detailed-status{border-bottom:1px solid #eee;padding:8px 0}'),
};

// Threads: [data-pressable-container] items, each with its /@handle/post/<code> link and time (2023-2025).
const thCode = (n: number) => `DBor${b36(n, 7)}`;
function thItem(c: DemoComment, u: Ui): string {
  return `<div data-pressable-container="true" data-interactive-id=""><a href="/@${c.handle}" role="link"><img alt="${u.picture} ${c.handle}" src="data:," width="24" height="24"></a><div>
<span><a href="/@${c.handle}" role="link"><span dir="auto">${c.handle}</span></a></span> <span><a href="/@${c.handle}/post/${thCode(c.n)}" role="link"><time datetime="${c.at}">${c.at.slice(0, 10)}</time></a></span>
<div><span dir="auto">${emoji(c.text)}</span></div>
<div><div role="button" tabindex="0"><svg aria-label="${c.liked ? u.unlike : u.like}" role="img" viewBox="0 0 18 18" width="12" height="12"><title>${c.liked ? u.unlike : u.like}</title></svg></div> <div role="button" tabindex="0"><svg aria-label="${u.reply}" role="img" viewBox="0 0 18 18" width="12" height="12"><title>${u.reply}</title></svg></div></div></div></div>`;
}
const threads: PlatformPage = {
  url: `https://www.threads.com/@cafeboreal/post/${thCode(1)}`,
  comment: (c, t) => `<div>${[c, ...(c.replies ?? [])].map((r) => thItem(r, UI[t.lang])).join('\n')}</div>`,
  page: (t, extra = '') =>
    doc(t.lang, `${t.post.name} on Threads`, `<div id="barcelona-page-layout" role="main" data-demo-list>\n${thItem(t.post, UI[t.lang])}\n${t.comments.map((c) => threads.comment(c, t)).join('\n')}\n</div>${extra}`, '[data-pressable-container]{display:flex;gap:8px;border-bottom:1px solid #eee;padding:8px 0}'),
};

export const PLATFORM_PAGES: Record<Platform, PlatformPage> = { x, youtube, linkedin, facebook, instagram, tiktok, reddit, bluesky, mastodon, threads };

/** `n` comments of the same shape, one in five with a reply, for the bench. */
export function manyComments(n: number, lang: 'fr' | 'en' = 'fr'): DemoThread {
  const post: DemoComment = { n: 1, name: 'Café Boréal', handle: 'cafeboreal', text: 'Nouveau : le latte à l’érable 🍁', at: '2026-11-24T13:00:00.000Z' };
  const comments: DemoComment[] = [];
  let made = 0;
  for (let i = 0; made < n; i++) {
    const at = new Date(Date.UTC(2026, 10, 24, 14, 0, i % 60)).toISOString();
    const c: DemoComment = { n: 10 + made, name: `Personne ${i}`, handle: `personne${i}`, text: `Bonjour, est-ce que vous êtes ouverts samedi? Réponse ${i} ☕`, at };
    made++;
    if (i % 5 === 0 && made < n) {
      c.replies = [{ n: 10 + made, name: `Autre ${i}`, handle: `autre${i}`, text: `Moi aussi je veux savoir ${i}`, at }];
      made++;
    }
    comments.push(c);
  }
  return { lang, title: 'Le latte à l’érable', post, comments };
}
