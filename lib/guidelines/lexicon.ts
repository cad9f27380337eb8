/** Word lists used by the built-in checks (folded: lower case, no accents). */

export const TU_FORMS = new Set(['tu', 'te', 'toi', 'ton', 'ta', 'tes']);
export const VOUS_FORMS = new Set(['vous', 'votre', 'vos']);
/** "le ton de la marque": "ton" after a determiner is the noun, not the possessive. */
export const TON_NOUN_BEFORE = new Set(['le', 'du', 'au', 'un', 'ce', 'cet', 'mon', 'son', 'notre', 'votre', 'leur', 'bon', 'meme', 'quel', 'de', 'quelque']);
/** "il s'est tu": participle of "taire". */
export const TU_PARTICIPLE_BEFORE = new Set(['est', 'ai', 'a', 'ont', 'avait', 'etait']);

/** Groups addressed with a plural "vous" (folded phrases). */
export const PLURAL_CUES = [
  'vous tous', 'vous toutes', 'vous deux', 'vous trois', 'vous autres', 'a tous', 'a toutes', 'tous et toutes',
  'tout le monde', 'chacun', 'chacune', 'la gang', 'les amis', 'chers amis', 'cheres amies', 'chers abonnes',
  'cheres abonnees', 'chers clients', 'cheres clientes', 'mesdames et messieurs', 'tous ceux', 'toutes celles',
  "plusieurs d'entre vous", "beaucoup d'entre vous", "certains d'entre vous", 'nombreux', 'nombreuses', 'vous etes plusieurs',
];

/** Brand-side and reader-side words for the person check and "what's in it for me?". */
export const FR_FIRST_SINGULAR = new Set(['je', 'j', 'moi', 'mon', 'ma', 'mes']);
export const FR_FIRST_PLURAL = new Set(['nous', 'notre', 'nos']);
export const EN_FIRST_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself']);
export const EN_FIRST_PLURAL = new Set(['we', 'our', 'ours', 'us', 'ourselves']);

export const BRAND_WORDS = new Set(['nous', 'notre', 'nos', 'we', 'our', 'ours', 'us']);
export const READER_WORDS = new Set([
  'vous', 'votre', 'vos', 'tu', 'te', 'toi', 'ton', 'ta', 'tes', 'you', 'your', 'yours', 'yourself', 'yall', 'u',
]);
export const BENEFIT_WORDS = [
  'gratuit', 'gratuite', 'gratuits', 'gratuites', 'gratuitement', 'economisez', 'economise', 'economies', 'rabais',
  'profitez', 'profite', 'gagnez', 'gagne', 'offert', 'offerte', 'offerts', 'facile', 'facilement', 'avantage',
  'avantages', 'cadeau', 'cadeaux', 'solution', 'promo', 'aubaine', 'aubaines', 'reduction', 'remboursement',
  'free', 'save', 'saving', 'savings', 'discount', 'win', 'easy', 'easier', 'benefit', 'benefits', 'gift', 'deal',
  'deals', 'offer', 'bonus', 'refund', 'perk', 'perks',
];

/** Calls to action (folded phrases); imperatives and fixed expressions, FR and EN. */
export const CTA_PHRASES = [
  'decouvrez', 'decouvre', 'inscrivez vous', 'inscris toi', 'visitez', 'visite', 'cliquez', 'clique', 'reservez',
  'reserve ta', 'reserve ton', 'reserve tes', 'commandez', 'commande ta', 'magasinez', 'magasine', 'achetez',
  'essayez', 'essaie', 'telechargez', 'telecharge', 'abonnez vous', 'abonne toi', 'partagez', 'partage', 'commentez',
  'ecrivez nous', 'ecris nous', 'contactez nous', 'contacte nous', 'joignez vous', 'participez', 'participe',
  'profitez', 'profite', 'rejoignez', 'rejoins', 'suivez nous', 'suis nous', 'votez', 'vote', 'dites nous',
  'dis nous', 'procurez vous', 'procure toi', 'identifiez', 'identifie', 'lien en bio', 'en savoir plus',
  'rendez vous sur', 'rendez vous au', 'passez nous voir', 'appelez nous', 'appelle nous', 'courez la chance',
  'learn more', 'discover', 'shop', 'book', 'order', 'buy', 'visit', 'click', 'download', 'try', 'join us',
  'register', 'sign up', 'subscribe', 'share', 'comment below', 'follow us', 'tag a friend', 'tag someone',
  'tell us', 'contact us', 'call us', 'vote', 'grab yours', 'get yours', 'apply', 'rsvp', 'reserve', 'claim',
  'link in bio', 'check out', 'swipe up', 'dm us', 'message us', 'enter now', 'enter to win',
];

export const GREETING_WORDS = new Set(['bonjour', 'bonsoir', 'salut', 'allo', 'coucou', 'hello', 'hi', 'hey', 'dear', 'cher', 'chere', 'good']);

/** Function words for a quick language guess when the caller gives none. */
export const FR_MARKERS = new Set([
  'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'pour', 'que', 'qui', 'dans', 'pas', 'vous', 'nous', 'je',
  'tu', 'merci', 'bonjour', 'avec', 'sur', 'au', 'aux', 'ce', 'cette', 'mais', 'tres', 'plus', 'votre', 'notre',
  'sont', 'avez', 'avons', 'bien', 'nos', 'vos', 'ou', 'salut', 'ca', 'on', 'y', 'il', 'elle',
]);
export const EN_MARKERS = new Set([
  'the', 'and', 'is', 'are', 'to', 'of', 'you', 'we', 'for', 'in', 'it', 'this', 'that', 'with', 'thanks', 'thank',
  'hi', 'hello', 'not', 'be', 'our', 'your', 'can', 'will', 'please', 'have', 'has', 'was', 'my', 'i', 'at', 'from',
]);
