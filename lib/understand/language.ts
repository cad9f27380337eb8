/** Language from function words (Québec French spellings and joual included), accents, and a few other-language cues. */
import type { TextFeatures } from './text';

export type Language = 'fr' | 'en' | 'other';

const FR = new Set(
  (
    "le la les l' de des du d' un une et est pas je j' tu il elle on nous vous ils elles que qu' qui quoi pour dans sur " +
    "avec ce cet cette ces mais ou au aux tres bien merci bonjour bonsoir salut ca c' ma mon mes ta ton tes sa son ses " +
    'votre vos notre nos leur leurs aussi encore toujours jamais rien plus moins deja avoir etre fait faire suis sont ' +
    "ai as avez ont etait comme quand pourquoi comment combien parce car donc alors svp stp n' ne s' m' t' " +
    'chu jsuis pis tse icitte pantoute ben pcq pk pkoi koi tjs bcp mtn asteure astheure ya toute fak faque ' +
    'tabarnak tabarnac criss crisse osti ostie esti calisse sti moi toi lui eux ici voila oui non peut veux vraiment ' +
    'apres avant depuis chez sans sous entre meme tout tous cela ceci aucun aucune personne quel quelle'
  ).split(' '),
);

const EN = new Set(
  (
    'the a an and is are was were not i you he she we they it that this these those which what why how when where who ' +
    "for in on with but or very thanks thank hello hi my your our their his her its it's i'm don't doesn't didn't can't " +
    "won't isn't wasn't aren't be been have has had do does did will would could should can just so if of to from at by " +
    "about get got me us them there here still again please pls lol omg im dont cant wont ur u yes no all any some more " +
    'out up now than then also really been being one only because after before'
  ).split(' '),
);

const OTHER = new Set(
  (
    'el los las por para con una es esta muy pero lo del mi gracias hola como que y ' +
    'der die das und ist nicht ich mit ein eine sie auf fur danke ' +
    'il di che non per sono della grazie ' +
    'um uma nao obrigado voce muito'
  ).split(' '),
);
// Words shared by French and another Romance language carry no weight for "other".
for (const w of FR) OTHER.delete(w);

export interface LanguageGuess {
  language: Language;
  fr: number;
  en: number;
}

export function detectLanguage(f: TextFeatures): LanguageGuess {
  let fr = 0;
  let en = 0;
  let other = 0;
  let words = 0;
  for (const t of f.tokens) {
    if (t === 'xlinkx' || t === 'xhandlex' || /^\d+$/.test(t)) continue;
    words++;
    if (FR.has(t)) fr++;
    if (EN.has(t)) en++;
    if (OTHER.has(t)) other++;
  }
  fr += Math.min(f.accented, 4) * 0.5;
  if (fr === 0 && en === 0) return { language: 'other', fr, en };
  if (other > fr && other > en) return { language: 'other', fr, en };
  // One ambiguous word ("a", "on", "pour") in a long text is not enough to call it.
  if (Math.max(fr, en) < 1 && words > 3) return { language: 'other', fr, en };
  return { language: fr >= en ? (fr === en && f.accented === 0 ? 'en' : 'fr') : 'en', fr, en };
}
