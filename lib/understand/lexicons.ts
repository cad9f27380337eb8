/**
 * Hand-written word lists for Québec French (joual, missing accents, SMS spellings) and English.
 * Written folded: lower case, no accents. See lexicon.ts for the entry syntax.
 */
import { compileLexicon } from './lexicon';

export * from './lexicon-sentiment';
export * from './lexicon-complaint';

/** Words that open a question, by position 0 or after a greeting/handle. */
export const QUESTION_OPENERS = new Set(
  (
    'what why how when where who which whose whom is are was were do does did can could would will should may has have ' +
    "any anyone anybody isn't aren't doesn't don't didn't won't can't " +
    'comment pourquoi quand ou quel quelle quels quelles combien qui quoi est-ce estce pouvez peut peux puis avez as ' +
    "sais savez existe y'a ya pk pkoi koi"
  ).split(' '),
);

export const QUESTION_PHRASES = compileLexicon({
  'est ce que': 2, "est ce qu'": 2, "qu' est ce": 2, 'est il possible': 2, 'savez vous': 2, 'avez vous': 1.5,
  'y a t il': 2, 'y a til': 2, "y'a tu": 2, 'ya tu': 2, 'ca se peut tu': 2, 'c\' tu': 1.5, 'pouvez vous': 1,
  'quelqu\' un sait': 2, 'une idee': 1, 'des infos': 1, 'quand est ce': 2, 'a quelle heure': 2, 'a quand': 2,
  'does anyone': 2, 'anyone know': 2, 'any idea': 2, 'any ideas': 2, 'any update': 2, 'any updates': 2, 'is there': 1.5,
  'are there': 1.5, 'how do i': 2.5, 'how can i': 2.5, 'how long': 2, 'how much': 2, 'what time': 2, 'do you': 1,
  'when will': 2, 'when is': 1.5, 'what is': 1, "what's": 1, 'is it': 1, 'wondering': 1.5, 'i was wondering': 2,
  'me dire': 1.5, "m' indiquer": 1.5, 'me renseigner': 1.5, 'savoir si': 1.5, "c' est quoi": 1.5, 'cest quoi': 1.5,
  'c quoi': 1.5, 'vous savez si': 2, 'sauriez vous': 2, 'tell me': 1, 'is it possible': 2, 'just wondering': 2, 'curious': 1,
  'where can i': 2.5, 'where do i': 2.5, 'who do i': 2, 'what do i': 2, 'can i': 1, 'could i': 1, 'do you have': 1.5,
  'je me demande': 2, 'je me demandais': 2, 'une question': 2, 'a question': 2, 'quick question': 2,
});

/** Asking the brand to do something. */
export const REQUEST = compileLexicon({
  please: 1.5, pls: 1.5, plz: 1.5, 'can you': 1.5, 'could you': 2, 'would you': 1.5, 'can u': 1.5, 'i need': 1,
  "i'd like": 1.5, 'i would like': 1.5, 'i want': 1, 'help me': 2, 'dm me': 2.5, 'contact me': 2, 'call me': 2,
  'bring back': 2.5, 'add': 0.5, 'make': 0.3, 'send me': 2, 'let me know': 1.5, 'give us': 1.5, 'we need': 1.5,
  'we want': 1.5, 'follow back': 1.5, 'follow me': 0.5, 'need help': 2,
  svp: 1.5, stp: 1.5, "s' il vous plait": 2, "s' il te plait": 2, 'pouvez vous': 2, 'pourriez vous': 2.5,
  'peux tu': 1.5, 'pourrais tu': 2, "j' aimerais": 1.5, 'je voudrais': 1.5, 'je veux': 1, "j' ai besoin": 1.5,
  'aidez moi': 2.5, 'aide moi': 2, 'contactez moi': 2.5, 'rappelez moi': 2.5, 'merci de': 1.5, 'ramenez': 2.5,
  'remettez': 2, 'ajoutez': 2, 'envoyez moi': 2, 'faites': 0.5, 'il faudrait': 1.5, 'ca prendrait': 1.5,
  'thanks in advance': 1, 'thank you in advance': 1, "merci d' avance": 1, 'merci par avance': 1, 'en mp': 1.5, 'en dm': 1.5, 'par mp': 1.5, 'message prive': 1, 'vous serait il possible': 2.5,
});

/** Praise and thanks. */
export const PRAISE = compileLexicon({
  'thanks in advance': 0.3, 'thank you in advance': 0.3, "merci d' avance": 0.3, 'merci par avance': 0.3,
  thanks: 2, thank: 2, 'thank you': 2.5, thx: 2, ty: 1.5, love: 2, 'love it': 3, 'love this': 3, 'love you': 3,
  'loved it': 3, great: 1.5, awesome: 2, amazing: 2, excellent: 2, best: 1.5, 'the best': 2.5, appreciate: 2,
  'appreciate*': 2, kudos: 2.5, 'shout out': 2, shoutout: 2, 'well done': 2.5, 'great job': 3, 'good job': 2.5,
  'great service': 3, 'keep it up': 2.5, 'congrat*': 2.5, perfect: 1.5, fantastic: 2, wonderful: 2, helpful: 1.5,
  'so helpful': 2.5, brilliant: 2, 'you rock': 3, 'you guys rock': 3, impressed: 1.5, recommend: 1.5,
  'love to': 0.5, 'would love': 0.5, "can't wait": 2, 'cannot wait': 2, merci: 2, 'merci beaucoup': 3, 'mille mercis': 3, 'un gros merci': 3, bravo: 3, chapeau: 2.5, 'felicitation*': 2.5,
  super: 1.5, genial: 2, geniale: 2, excellente: 2, parfait: 1.5, adore: 2.5, 'adore*': 2.5,
  "j' aime": 1.5, 'trop bon': 2.5, 'trop bien': 2.5, 'au top': 2.5, top: 1, magnifique: 2, 'magnif*': 2,
  'bon travail': 3, 'beau travail': 3, 'belle job': 3, 'bonne job': 3, 'lache pas': 2.5, 'lachez pas': 2.5,
  ecoeurant: 2, malade: 1, capote: 1.5, 'on capote': 2.5, 'hate de': 1.5, 'pas mal': 1, 'fier de': 1.5, 'fiere de': 1.5,
});

/** Insults and abuse aimed at someone. Swearing alone is not trolling in Québec French: see TARGET. */
export const ABUSE = compileLexicon({
  idiot: 2.5, idiots: 2.5, stupid: 2, moron: 3, morons: 3, dumb: 2, dumbass: 3, loser: 2.5, losers: 2.5,
  'fuck you': 4, 'f u': 3, 'fuck off': 4, stfu: 4, 'shut up': 3, 'screw you': 3.5, kys: 5, 'kill yourself': 5,
  'go to hell': 3.5, clown: 2, clowns: 2, pathetic: 1.5, trash: 1.5, garbage: 1.5, scum: 3, bitch: 3, asshole: 3.5,
  retard: 4, retarded: 4, ugly: 2, 'nobody cares': 3, 'who cares': 2, 'get a life': 3, 'you suck': 3.5, 'u suck': 3.5,
  con: 2, conne: 2.5, connard: 3.5, connasse: 3.5, connards: 3.5, 'debile*': 2.5, imbecile: 3, imbeciles: 3,
  abruti: 3, abrutis: 3, cave: 1.5, caves: 1.5, tarla: 2.5, niaiseux: 2, 'niaiseu*': 2, mongol: 3, 'ta gueule': 4,
  'ferme ta gueule': 5, 'ftg': 4, 'va chier': 4, 'allez chier': 4, 'mange de la marde': 4, "mange d' la marde": 4,
  'mange donc': 2, encule: 4, 'encules': 4, pute: 3.5, salope: 4, 'nique ta': 5, 'nique': 3, 'fdp': 5, 'ordure': 3,
  'ordures': 3, 'minable': 2, 'minables': 2, 'bouffon': 2.5, 'bouffons': 2.5, 'guignol': 2, 'guignols': 2,
  'vendu': 1.5, 'vendus': 1.5, 'crosseur': 3, 'crosseurs': 3, 'mangeux': 2,
});

/** Words aimed at a person, which make swearing or harsh words abuse rather than venting. */
export const TARGET = new Set(
  "you you're youre ur u your yourself t' tes t'es vous votre toi ta ton gang bande espece".split(' '),
);
export const SWEARS = new Set(
  'fuck fucking fucked shit crap damn tabarnak tabarnac tabarouette criss crisse calisse caliss osti ostie esti sti estie ciboire merde marde putain'.split(' '),
);

/** Self-promotion and scams (cues read from the YouTube Spam Collection, CC BY 4.0, Alberto, Lochter & Almeida 2015). */
export const SPAM = compileLexicon({
  'check out': 2, 'check out my': 3, 'check out this': 3, 'subscribe my': 3.5, 'checking my': 2.5, 'checking me': 2.5,
  'like this comment if': 3, 'on youtube': 0.5, 'check my': 2.5, 'checkout my': 3, 'my channel': 3, 'my chanel': 3,
  'my new channel': 3.5, 'my video': 2, 'my new video': 3, 'my page': 2, 'my music': 2.5,
  'my song': 2, 'my cover': 2.5, 'my first video': 3, subscribe: 3, subscribes: 3, 'subscribe to': 3.5, 'sub me': 3, 'subscribe back': 3.5, subscribed: 1, 'sub to': 2.5, 'sub 4 sub': 4,
  'sub for sub': 4, sub4sub: 4, subscribers: 2.5, 'check me out': 3, 'watch my': 3, 'join me': 2, 'my rap': 3, 'my book': 2.5, 'my band': 2.5,
  'my art': 2, 'like 4 like': 4, 'follow 4 follow': 4, l4l: 4, f4f: 4, buy: 1, 'watch this': 1.5, trailer: 1, 'my gaming': 2.5, 'please subscribe': 3, 'thumbs up': 1, 'like this comment': 3.5,
  'follow me': 2, 'follow me on': 3, 'if i get': 1, 'if i reach': 1.5, 'check them out': 2.5, 'my videos': 2.5, donate: 1.5, 'add me': 2.5, 'help me get': 2, 'my project': 2, 'need money': 3, 'follow my': 2.5, 'visit my': 3, 'go to my': 2.5, 'click here': 3, 'click the link': 3,
  'free money': 4, 'make money': 3, 'earn money': 3, 'earn': 1, 'per day': 2, 'per week': 1.5, 'work from home': 3.5,
  'from home': 1.5, giveaway: 2, 'gift card': 1.5, 'gift cards': 1.5, bitcoin: 2, crypto: 2, forex: 3, 'investment': 1,
  whatsapp: 2.5, telegram: 2, onlyfans: 4, 'promo code': 2.5, 'discount code': 2.5, 'free followers': 4,
  'free views': 4, 'get paid': 3, 'cash': 1.5, 'dollars': 1, 'lottery': 2, 'winner': 1, 'hot singles': 4,
  'dating site': 3.5, 'adult': 1, 'porn': 3, 'sexy': 1, 'hey guys': 1, 'hi guys': 1, 'help me reach': 3,
  'reach': 0.5, 'support me': 2, 'give it a': 1, 'take a look': 1.5, 'new song': 1, 'vote for': 2, 'please share': 2,
  'share this': 1, 'leave a like': 2.5, 'a like': 1, 'like and subscribe': 4, 'if you like': 1, 'rapper': 1.5,
  'followers': 1.5, 'views': 0.5, 'offer': 1, 'free': 1, 'gratuit': 1,
  'abonnez vous': 2.5, 'abonne toi': 2.5, 'ma chaine': 3, 'ma page': 2, 'ma video': 2, 'mes videos': 2,
  'suivez moi': 2.5, 'cliquez ici': 3, 'gagner de l\' argent': 4, 'argent facile': 4, 'code promo': 2.5,
  channel: 1.5, check: 0.5, 'check in': 0, 'check it out': 1.5, 'check this out': 2, sub: 1.5, 'subscribe me': 3, 'sub my': 3,
  'my stream': 2.5, 'my playlist': 2, 'my blog': 2.5, win: 1, 'chance to win': 3, petition: 2, 'sign this': 2, vote: 1,
  'like this': 1, 'my first': 1.5, producer: 1, 'for more': 1, 'my name is': 1, 'i make': 1, 'we are': 0.5,
  'thumbs up if': 3, 'like if': 3, 'give it a like': 3, 'subscribe*': 3, subscrib: 3, subcribe: 3, suscribe: 3, subscriber: 2.5,
  'check out our': 3, 'check our': 2.5, 'go check': 2.5, 'come check': 3, 'take a look at this': 2.5, 'my track': 2.5,
  'my new track': 3, 'getting popular': 3, 'i rap': 2.5, 'did a cover': 3, 'our video': 2.5, 'our songs': 2.5,
  'our vids': 2.5, 'my vids': 2.5, 'extra money': 3, 'real money': 3, gofundme: 3, indiegogo: 3, kickstarter: 3,
  paypal: 1.5, 'pay pal': 1.5, 'petition*': 2, bitcoins: 2, 'please like': 2.5, 'mi canal': 3, 'subscribirse': 3,
  'visitez': 2, 'allez voir': 1.5, 'lien en bio': 3, 'link in bio': 3, 'dm for': 2.5, 'dm me for': 3,
  // French money-making and self-promotion spam (common phrasings, not read from any data set)
  gagnez: 2, 'gagnez de l\' argent': 4, 'dans ma bio': 2.5, 'lien dans ma bio': 3, 'sans effort': 2, 'par semaine': 1, 'par jour': 1,
  cliquez: 1.5, 'cliquez le lien': 3, 'cliquez sur le lien': 3, 'revenu passif': 3, 'travail a domicile': 3.5, 'argent rapide': 4,
  'devenez riche': 4, 'devenir riche': 3, 'ecrivez moi en prive': 2, 'suivez mon compte': 3, 'abonnez vous a ma chaine': 4,
});
