/**
 * Hand-written word lists for Québec French (joual, missing accents, SMS spellings) and English.
 * Written folded: lower case, no accents. See lexicon.ts for the entry syntax.
 */
import { compileLexicon, weighted } from './lexicon';

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
  ...weighted([
    [2, `est ce que|est ce qu'|qu' est ce|est il possible|savez vous|y a t il|y a til|y'a tu|ya tu|ca se peut tu|quelqu' un sait|quand est ce|a quelle heure|a quand|does anyone|anyone know|any idea|any ideas|any update|any updates|how long|how much|what time|when will|i was wondering|vous savez si|sauriez vous|is it possible|just wondering|who do i|what do i|je me demande|je me demandais|une question|a question|quick question`],
    [1.5, `avez vous|c' tu|is there|are there|when is|wondering|me dire|m' indiquer|me renseigner|savoir si|c' est quoi|cest quoi|c quoi|do you have`],
    [1, `pouvez vous|une idee|des infos|do you|what is|what's|is it|tell me|curious|can i|could i`],
    [2.5, `how do i|how can i|where can i|where do i`],
  ]),
});

/** Asking the brand to do something. */
export const REQUEST = compileLexicon({
  ...weighted([
    [1.5, `please|pls|plz|can you|would you|can u|i'd like|i would like|let me know|give us|we need|we want|follow back|svp|stp|peux tu|j' aimerais|je voudrais|j' ai besoin|merci de|il faudrait|ca prendrait|en mp|en dm|par mp`],
    [2, `could you|help me|contact me|call me|send me|need help|s' il vous plait|s' il te plait|pouvez vous|pourrais tu|aide moi|remettez|ajoutez|envoyez moi`],
    [1, `i need|i want|je veux|thanks in advance|thank you in advance|merci d' avance|merci par avance|message prive`],
    [2.5, `dm me|bring back|pourriez vous|aidez moi|contactez moi|rappelez moi|ramenez|vous serait il possible`],
    [0.5, `add|follow me|faites`],
    [0.3, `make`],
  ]),
});

/** Praise and thanks. */
export const PRAISE = compileLexicon({
  ...weighted([
    [0.3, `thanks in advance|thank you in advance|merci d' avance|merci par avance`],
    [2, `thanks|thank|thx|love|awesome|amazing|excellent|appreciate|appreciate*|shout out|shoutout|fantastic|wonderful|brilliant|can't wait|cannot wait|merci|genial|geniale|excellente|magnifique|magnif*|ecoeurant`],
    [2.5, `thank you|the best|kudos|well done|good job|keep it up|congrat*|so helpful|chapeau|felicitation*|adore|adore*|trop bon|trop bien|au top|lache pas|lachez pas|on capote`],
    [1.5, `ty|great|best|perfect|helpful|impressed|recommend|super|parfait|j' aime|capote|hate de|fier de|fiere de`],
    [3, `love it|love this|love you|loved it|great job|great service|you rock|you guys rock|merci beaucoup|mille mercis|un gros merci|bravo|bon travail|beau travail|belle job|bonne job`],
    [0.5, `love to|would love`],
    [1, `top|malade|pas mal`],
  ]),
});

/** Insults and abuse aimed at someone. Swearing alone is not trolling in Québec French: see TARGET. */
export const ABUSE = compileLexicon({
  ...weighted([
    [2.5, `idiot|idiots|loser|losers|conne|debile*|tarla|bouffon|bouffons`],
    [2, `stupid|dumb|clown|clowns|ugly|who cares|con|niaiseux|niaiseu*|mange donc|minable|minables|guignol|guignols|mangeux`],
    [3, `moron|morons|dumbass|f u|shut up|scum|bitch|nobody cares|get a life|imbecile|imbeciles|abruti|abrutis|mongol|nique|ordure|ordures|crosseur|crosseurs`],
    [4, `fuck you|fuck off|stfu|retard|retarded|ta gueule|ftg|va chier|allez chier|mange de la marde|mange d' la marde|encule|encules|salope`],
    [3.5, `screw you|go to hell|asshole|you suck|u suck|connard|connasse|connards|pute`],
    [5, `kys|kill yourself|ferme ta gueule|nique ta|fdp`],
    [1.5, `pathetic|trash|garbage|cave|caves|vendu|vendus`],
  ]),
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
  ...weighted([
    [2, `check out|my video|my page|my song|join me|my art|follow me|help me get|my project|per day|giveaway|bitcoin|crypto|telegram|lottery|support me|vote for|please share|ma page|ma video|mes videos|check this out|my playlist|petition|sign this|petition*|bitcoins|visitez`],
    [3, `check out my|check out this|like this comment if|checkout my|my channel|my chanel|my new video|my first video|subscribe|subscribes|sub me|check me out|watch my|my rap|please subscribe|follow me on|need money|visit my|click here|click the link|make money|earn money|forex|get paid|porn|help me reach|ma chaine|cliquez ici|subscribe me|sub my|chance to win|thumbs up if|like if|give it a like|subscribe*|subscrib|subcribe|suscribe|check out our|come check|my new track|getting popular|did a cover|extra money|real money|gofundme|indiegogo|kickstarter|mi canal|subscribirse|lien en bio|link in bio|dm me for`],
    [3.5, `subscribe my|my new channel|subscribe to|subscribe back|like this comment|work from home|dating site`],
    [2.5, `checking my|checking me|check my|my music|my cover|sub to|subscribers|my book|my band|my gaming|check them out|my videos|add me|follow my|go to my|whatsapp|promo code|discount code|leave a like|abonnez vous|abonne toi|suivez moi|code promo|my stream|my blog|subscriber|check our|go check|take a look at this|my track|i rap|our video|our songs|our vids|my vids|please like|dm for`],
    [0.5, `on youtube|reach|views|check|we are`],
    [1, `subscribed|buy|trailer|thumbs up|if i get|earn|investment|dollars|winner|adult|sexy|hey guys|hi guys|give it a|new song|share this|a like|if you like|offer|free|gratuit|win|vote|like this|producer|for more|my name is|i make`],
    [4, `sub 4 sub|sub for sub|sub4sub|like 4 like|follow 4 follow|l4l|f4f|free money|onlyfans|free followers|free views|hot singles|like and subscribe|gagner de l' argent|argent facile`],
    [1.5, `watch this|if i reach|donate|per week|from home|gift card|gift cards|cash|take a look|rapper|followers|channel|check it out|sub|my first|paypal|pay pal|allez voir`],
    [0, `check in`],
    // French money-making and self-promotion spam (common phrasings, not read from any data set)
    [2, `gagnez|sans effort|ecrivez moi en prive`],
    [4, `gagnez de l' argent|argent rapide|devenez riche|abonnez vous a ma chaine`],
    [2.5, `dans ma bio`],
    [3, `lien dans ma bio|cliquez le lien|cliquez sur le lien|revenu passif|devenir riche|suivez mon compte`],
    [1, `par semaine|par jour`],
    [1.5, `cliquez`],
    [3.5, `travail a domicile`],
  ]),
});
