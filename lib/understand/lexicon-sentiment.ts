/**
 * Polarity words for Québec French (joual, missing accents, SMS spellings), France French and English, with emoji,
 * negators and valence shifters. Written folded: lower case, no accents. See lexicon.ts for the entry syntax.
 */
import { compileLexicon, weighted } from './lexicon';
import { MORE_POLARITY } from './lexicon-polarity';

/** Polarity: positive > 0, negative < 0. */
export const SENTIMENT = compileLexicon({
  ...MORE_POLARITY,
  ...weighted([
    // English, positive
    [1, `good|ty|smooth|easy|wow`],
    [2, `great|loving|lovely|best|appreciate|appreciate*|happy|glad|perfect|helpful|friendly|beautiful|impressed|yay|pleased|excited|congrat*|kudos|thank you|well done`],
    [2.5, `awesome|amazing|excellent|love|loved|wonderful|fantastic|brilliant|superb|outstanding|the best`],
    [1.5, `nice|thanks|thank|thx|kind|cool|fun|enjoy|enjoy*|recommend|shout out|shoutout`],
    [0.5, `fast|quick`],
    [3, `love it`],
    [0, `a lot`],
    // English, negative
    [-1.5, `bad|poor|delayed|delay|delays|cancelled|canceled|lost|stuck|error|sad|no one|on hold|joke|mess|missed|sneaky|tacky|hassle`],
    [-2.5, `terrible|awful|horrible|hate|hated|sucks|disappointed|disappoint*|rude|ridiculous|useless|frustrat*|angry|pathetic|scam|ripoff|rip off|disgrace|disgust*|unhelpful|incompetent|nightmare|fed up|sick of|outrageous|horrendous|atrocious|appalling|abysmal|worthless|shitty|screwed|messed up`],
    [-3, `worst|unacceptable|thanks for nothing|inexcusable|worst*`],
    [-2, `suck|broken|fail|failed|annoy*|upset|not working|doesn't work|isn't working|shame|wtf|smh|ugh|crap|shit|obnoxious|clueless|embarrassing|sloppy|lousy|crappy|fail*`],
    [-1, `waiting|problem|problems|issue|issues|never|nobody|late|refund|charged|damn|hell`],
    [-0.5, `wait|sorry|won't|can't|hours|again|still|why`],
    // French, positive
    [2, `bonne nouvelle|victoire|beau geste|bel exemple|bonne idee|bonne initiative|ravi*|super|parfait|parfaite|aime|j' aime|incroyable|heureux|heureuse|felicitation|felicitations|tres bien|au top`],
    [1, `mieux|soutien|rire|interessant*|utile|facile|impression*|bon|bonne|bien|rapide|pas mal|capote|debrouillard`],
    [0.5, `enfin|malade`],
    [1.5, `espoir|progres|merci a|drole|agreable|agreablement|bienvenue|merci|aimer|top|content|contente|satisfait|satisfaite|efficace|sympa|gentil|gentille|beau|belle|chapeau|hate de|ecoeurant|fier|fiere|plaisir|reussi|reussite`],
    [2.5, `genial|geniale|excellente|bravo|adore|adore*|magnifique|magnif*|formidable|ai hate|trop bon|trop bien|merci beaucoup|mille mercis`],
    // French, negative
    [-1, `faux|risque|stop|bete|dingue|cher|chere|probleme|problemes|attente|lent|plate|perdu|inquiet|inquiete|mort|grave`],
    [-2, `mensonge|mensong*|echec|inquietant|detrui*|destruction|injust*|absurd*|stupide|trop cher|bordel|panne|marre|fache*|merde|marde|galere|galeres|galerer|galerent|chiant|gossant|defectu*|plainte|pas normal`],
    [-2.5, `menteur|menteurs|malhonnete|malhonnetete|escroc*|nul|nulle|pire|honte|honteux|scandale|scandaleux|decu*|decev*|voleur|voleurs|incompetent*|ridicule*|en avoir marre|ras le bol|tanne|tannee|ecoeure|ecoeuree|mecontent*|colere|n' importe quoi|catastrophe|catastroph*|degueu*|merdique|aucune reponse|pas de reponse|de la marde`],
    [-1.5, `inquiet*|menace|menac*|perte|pertes|degat|degats|pollu*|victime*|pff|pfff|mauvais|mauvaise|bug|bogue|retard|lenteur|poche|triste|malheureusement|coupure|casse|brise|toujours pas|dommage|peur|danger|crise`],
    [-0.5, `arreter|fou|tarifs|attendre|coupe*|service client|tue`],
    [-3, `inadmissible|inacceptable|arnaque|arnaqu*|merci pour rien|a chier`],
    // French, positive (general)
    [1.5, `vive|meilleur|meilleure|meilleurs|meilleures|fiable|fiables|encourag*|prometteu*|sourire|parfaitement|nickel|chanceux|bel|belles|beaux|ideal|ideale|positif|positive`],
    [1, `innov*|ameliore*|amelioration|favorable|vivement|chance|pratique|gagne|gagner|bons|bonnes|bonne chance|bonne journee|bon courage|sauve*`],
    [2, `succes|joie|bonheur|amour|adorable|chouette|exceptionnel*|remarquable|impeccable|felicit*|bien joue`],
    [2.5, `merveill*|sublime|splendide|fantastique|extraordinaire|genial*|superbe*`],
    [0.5, `solution|ca marche|protege*`],
    // French, negative (general)
    [-2.5, `horreur|lamentable|pitoyable|affreu*|atroce|epouvantable|tragedie|tragique|massacre|assassin*|pourri|pourrie|insupportable|scandal*|desastre*|desastreu*|furieu*|degoute*|pire que|plus jamais|nuls|detest*|haine|hais|degout*`],
    [-2, `pannes|moche|deprim*|tristesse|dramatique|drame|malheur*|rage|enerv*|angoiss*|corrompu*|corruption|fraude|mentir|menti|toxique|nocif|nocive|dangereu*|tuer|echou*|bidon|naze|inutile|deplor*|frustr*|desagreable|mepris*|impoli*|beurk|berk|saoule|soule|relou`],
    [-1.5, `laid|laide|laids|laides|souffr*|douleur|agac*|stress*|alarm*|abus*|gaspill*|chomage|licenci*|penalis*|fake|tant pis|helas|regrett*|trop tard|grr*|argh|malaise|tristement`],
    [-1, `mal|fatigu*|alerte|faute|polemique|recul|frein|vole|bof|crains`],
    [-3, `degueulasse|de pire en pire|fait chier`],
    [-0.5, `pourquoi|mouais`],
    [1.5, `satisfait*|efficac*|solidari*|gagnant*|recommande|sympathique|bien vu|soulage*|rassur*`],
    [1, `novat*|feu vert|mdr|ptdr|haha*|hihi|confiance|impatient*`],
    [0.5, `lol`],
    [2.5, `trop cool|trop beau`],
    [2, `mignon*|remerci*|apprecie*|reconnaissant*`],
    // Discourse markers, not praise: "eh bien non", "ou bien", "bien sûr", "bien que"
    [0, `eh bien|et bien|ou bien|bien que|si bien|bien des|bien entendu`],
    [0.3, `bien sur`],
    // English, more
    [-2, `worse|shocked|waste|wasted|misleading|filthy|unfair`],
    [-1, `slow`],
    [-2.5, `unusable|pissed|lied|unprofessional|ruined`],
    [-3, `furious`],
    [-1.5, `mad|gross|dirt*|uncomfortable|complain*|boo`],
    [-0.5, `seriously`],
    [1.5, `competent*|aimable*|courtois*|sweet`],
    [1, `professionnel*|professional|poli|polie|not bad|can't complain`],
    [2.5, `thrilled|delighted|grateful|thankful`],
    [3, `best ever`],
    [0.5, `love to|would love|no problem|no worries`],
    [2, `can't wait|cannot wait`],
  ]),
});

export const POSITIVE_EMOJI = new Set([...'😀😃😄😁😊😍🥰😘🤩👍👏🙏🙌💪🎉🥳❤💕💖💗💙💚💛🧡💜🤍👌✨🔥😎🤗☺😻💯⭐🌟😆😇🤘🏆🥇🎊✌💝💓💞🌈☀']);
export const NEGATIVE_EMOJI = new Set([...'😡😠🤬👎😤😞😢😭😩😫😒🙄💩😣😖😔😟😕☹🤮🤢😱😰😓🤦😬😨😧😦😪😿💔😑🖕❌🤯🤷']);

/** Words that flip the polarity of the next few words. */
export const NEGATORS = new Set(
  (
    "not no never don't doesn't didn't isn't wasn't aren't weren't can't won't cannot couldn't wouldn't shouldn't haven't " +
    "hasn't dont doesnt didnt isnt wasnt arent cant wont couldnt wouldnt havent hasnt nothing hardly " +
    "ne n' pas jamais aucun aucune rien pu pus"
  ).split(' '),
);
/** Valence shifters (Polanyi & Zaenen 2006): "contre la pollution", "sans succès", "moins cher", "fight poverty". */
for (const w of 'contre against anti sans without moins less lutte lutter combattre fight fighting prevent prevenir eviter avoid reduire reduce'.split(' ')) NEGATORS.add(w);
/** French negation that follows the verb: "j'aime pas", "ça marche pus". */
export const FR_POST_NEGATORS = new Set(['pas', 'pu', 'pus', 'jamais', 'point']);
/** Contrast: the clause after it carries the judgement ("bon produit mais service nul"). */
export const CONTRAST = new Set('but however though although mais cependant pourtant toutefois neanmoins sauf'.split(' '));
export const INTENSIFIERS = new Set(
  (
    'very so really too extremely super tres trop vraiment tellement full big mega vachement hyper ultra archi absolument ' +
    'totalement completement incroyablement terriblement extremement particulierement ben totally absolutely completely ' +
    'incredibly truly highly utterly fucking freaking'
  ).split(' '),
);
