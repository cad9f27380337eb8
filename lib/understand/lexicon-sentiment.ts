/**
 * Polarity words for Québec French (joual, missing accents, SMS spellings), France French and English, with emoji,
 * negators and valence shifters. Written folded: lower case, no accents. See lexicon.ts for the entry syntax.
 */
import { compileLexicon } from './lexicon';
import { MORE_POLARITY } from './lexicon-polarity';

/** Polarity: positive > 0, negative < 0. */
export const SENTIMENT = compileLexicon({
  ...MORE_POLARITY,
  // English, positive
  good: 1, great: 2, awesome: 2.5, amazing: 2.5, excellent: 2.5, love: 2.5, loved: 2.5, loving: 2, lovely: 2,
  best: 2, nice: 1.5, thanks: 1.5, thank: 1.5, thx: 1.5, ty: 1, appreciate: 2, 'appreciate*': 2, happy: 2, glad: 2,
  perfect: 2, wonderful: 2.5, fantastic: 2.5, fast: 0.5, quick: 0.5, helpful: 2, friendly: 2, kind: 1.5, cool: 1.5,
  beautiful: 2, fun: 1.5, enjoy: 1.5, 'enjoy*': 1.5, recommend: 1.5, smooth: 1, easy: 1, impressed: 2, yay: 2,
  wow: 1, brilliant: 2.5, superb: 2.5, outstanding: 2.5, pleased: 2, excited: 2, 'congrat*': 2, kudos: 2, 'thank you': 2,
  'well done': 2, 'shout out': 1.5, 'shoutout': 1.5, 'the best': 2.5, 'love it': 3, 'a lot': 0,
  // English, negative
  bad: -1.5, terrible: -2.5, awful: -2.5, horrible: -2.5, worst: -3, hate: -2.5, hated: -2.5, sucks: -2.5, suck: -2,
  poor: -1.5, disappointed: -2.5, 'disappoint*': -2.5, rude: -2.5, ridiculous: -2.5, unacceptable: -3, useless: -2.5,
  broken: -2, delayed: -1.5, delay: -1.5, delays: -1.5, cancelled: -1.5, canceled: -1.5, lost: -1.5, stuck: -1.5,
  waiting: -1, wait: -0.5, problem: -1, problems: -1, issue: -1, issues: -1, error: -1.5, fail: -2, failed: -2,
  'frustrat*': -2.5, 'annoy*': -2, angry: -2.5, upset: -2, sad: -1.5, sorry: -0.5, never: -1, nobody: -1,
  'no one': -1.5, 'not working': -2, "doesn't work": -2, "isn't working": -2, "won't": -0.5, "can't": -0.5,
  'on hold': -1.5, joke: -1.5, pathetic: -2.5, scam: -2.5, ripoff: -2.5, 'rip off': -2.5, shame: -2, disgrace: -2.5,
  'disgust*': -2.5, unhelpful: -2.5, incompetent: -2.5, nightmare: -2.5, mess: -1.5, late: -1, missed: -1.5,
  refund: -1, charged: -1, hours: -0.5, again: -0.5, still: -0.5, why: -0.5, wtf: -2, smh: -2, ugh: -2,
  'thanks for nothing': -3, 'fed up': -2.5, 'sick of': -2.5, crap: -2, shit: -2, damn: -1, hell: -1,
  obnoxious: -2, sneaky: -1.5, tacky: -1.5, clueless: -2, outrageous: -2.5, horrendous: -2.5, atrocious: -2.5,
  appalling: -2.5, abysmal: -2.5, inexcusable: -3, embarrassing: -2, worthless: -2.5, sloppy: -2, lousy: -2,
  crappy: -2, shitty: -2.5, screwed: -2.5, 'messed up': -2.5, hassle: -1.5, 'worst*': -3, 'fail*': -2,
  // French, positive
  'bonne nouvelle': 2, mieux: 1, enfin: 0.5, victoire: 2, espoir: 1.5, soutien: 1, 'progres': 1.5, 'beau geste': 2,
  'bel exemple': 2, 'bonne idee': 2, 'bonne initiative': 2, 'merci a': 1.5, rire: 1, drole: 1.5, 'ravi*': 2,
  'agreable': 1.5, 'agreablement': 1.5, 'interessant*': 1, 'utile': 1, 'bienvenue': 1.5, 'facile': 1, 'impression*': 1,
  bon: 1, bonne: 1, bien: 1, super: 2, genial: 2.5, geniale: 2.5, excellente: 2.5, merci: 1.5,
  bravo: 2.5, parfait: 2, parfaite: 2, adore: 2.5, 'adore*': 2.5, aime: 2, aimer: 1.5, 'j\' aime': 2, top: 1.5,
  magnifique: 2.5, 'magnif*': 2.5, formidable: 2.5, incroyable: 2, heureux: 2, heureuse: 2, content: 1.5,
  contente: 1.5, satisfait: 1.5, satisfaite: 1.5, rapide: 1, efficace: 1.5, sympa: 1.5, gentil: 1.5, gentille: 1.5,
  beau: 1.5, belle: 1.5, chapeau: 1.5, felicitation: 2, felicitations: 2, 'ai hate': 2.5, 'hate de': 1.5, 'pas mal': 1, 'trop bon': 2.5,
  'trop bien': 2.5, 'merci beaucoup': 2.5, 'mille mercis': 2.5, 'tres bien': 2, 'au top': 2, malade: 0.5,
  ecoeurant: 1.5, capote: 1, debrouillard: 1, fier: 1.5, fiere: 1.5, plaisir: 1.5, reussi: 1.5, reussite: 1.5,
  // French, negative
  faux: -1, mensonge: -2, 'mensong*': -2, menteur: -2.5, menteurs: -2.5, echec: -2, inquietant: -2, 'inquiet*': -1.5,
  menace: -1.5, 'menac*': -1.5, risque: -1, perte: -1.5, pertes: -1.5, 'detrui*': -2, 'destruction': -2, degat: -1.5,
  degats: -1.5, 'pollu*': -1.5, 'stop': -1, arreter: -0.5, malhonnete: -2.5, 'malhonnetete': -2.5,
  'injust*': -2, 'absurd*': -2, 'stupide': -2, 'bete': -1, dingue: -1, 'fou': -0.5, 'victime*': -1.5,
  'tarifs': -0.5, 'cher': -1, 'chere': -1, 'trop cher': -2, 'escroc*': -2.5, 'bordel': -2, 'pff': -1.5, 'pfff': -1.5,
  mauvais: -1.5, mauvaise: -1.5, nul: -2.5, nulle: -2.5, pire: -2.5, honte: -2.5, honteux: -2.5, scandale: -2.5,
  scandaleux: -2.5, inadmissible: -3, inacceptable: -3, 'decu*': -2.5, 'decev*': -2.5, panne: -2, bug: -1.5,
  bogue: -1.5, probleme: -1, problemes: -1, attente: -1, attendre: -0.5, retard: -1.5, lent: -1, lenteur: -1.5,
  arnaque: -3, 'arnaqu*': -3, voleur: -2.5, voleurs: -2.5, 'incompetent*': -2.5, 'ridicule*': -2.5, marre: -2,
  'en avoir marre': -2.5, 'ras le bol': -2.5, tanne: -2.5, tannee: -2.5, ecoeure: -2.5, ecoeuree: -2.5, poche: -1.5,
  plate: -1, 'mecontent*': -2.5, colere: -2.5, 'fache*': -2, triste: -1.5, malheureusement: -1.5, 'n\' importe quoi': -2.5,
  catastrophe: -2.5, 'catastroph*': -2.5, 'degueu*': -2.5, 'merdique': -2.5, merde: -2, marde: -2,
  galere: -2, galeres: -2, galerer: -2, galerent: -2, chiant: -2, gossant: -2, coupure: -1.5, 'coupe*': -0.5, casse: -1.5, brise: -1.5,
  'defectu*': -2, perdu: -1, plainte: -2, 'toujours pas': -1.5, 'aucune reponse': -2.5, 'pas de reponse': -2.5,
  'merci pour rien': -3, 'service client': -0.5, 'dommage': -1.5, 'pas normal': -2, 'a chier': -3, 'de la marde': -2.5,
  inquiet: -1, inquiete: -1, 'mort': -1, 'tue': -0.5, peur: -1.5, danger: -1.5, 'grave': -1, crise: -1.5,
  // French, positive (general)
  vive: 1.5, 'innov*': 1, meilleur: 1.5, meilleure: 1.5, meilleurs: 1.5, meilleures: 1.5, succes: 2,
  fiable: 1.5, fiables: 1.5, 'ameliore*': 1, amelioration: 1, favorable: 1, 'encourag*': 1.5, 'prometteu*': 1.5,
  joie: 2, bonheur: 2, sourire: 1.5, amour: 2, adorable: 2, chouette: 2, parfaitement: 1.5, 'merveill*': 2.5,
  sublime: 2.5, splendide: 2.5, fantastique: 2.5, extraordinaire: 2.5, 'exceptionnel*': 2, remarquable: 2,
  impeccable: 2, nickel: 1.5, vivement: 1, chanceux: 1.5, chance: 1, pratique: 1, solution: 0.5, 'felicit*': 2,
  gagne: 1, gagner: 1, bel: 1.5, belles: 1.5, beaux: 1.5, bons: 1, bonnes: 1, 'genial*': 2.5, 'superbe*': 2.5,
  'bien joue': 2, 'bonne chance': 1, 'bonne journee': 1, 'bon courage': 1, 'ca marche': 0.5,
  'ideal': 1.5, 'ideale': 1.5, 'positif': 1.5, 'positive': 1.5, 'protege*': 0.5, 'sauve*': 1,
  // French, negative (general)
  horreur: -2.5, pannes: -2, lamentable: -2.5, pitoyable: -2.5, moche: -2, laid: -1.5, laide: -1.5, laids: -1.5, laides: -1.5, 'deprim*': -2,
  tristesse: -2, 'affreu*': -2.5, atroce: -2.5, epouvantable: -2.5, dramatique: -2,
  drame: -2, tragedie: -2.5, tragique: -2.5, mal: -1, 'malheur*': -2, 'souffr*': -1.5, douleur: -1.5, rage: -2,
  'enerv*': -2, 'agac*': -1.5, 'fatigu*': -1, 'stress*': -1.5, 'angoiss*': -2, 'alarm*': -1.5, alerte: -1,
  'abus*': -1.5, 'corrompu*': -2, corruption: -2, fraude: -2, 'mentir': -2, 'menti': -2, faute: -1, 'gaspill*': -1.5,
  toxique: -2, nocif: -2, nocive: -2, 'dangereu*': -2, chomage: -1.5, 'licenci*': -1.5, tuer: -2, massacre: -2.5,
  'assassin*': -2.5, polemique: -1, recul: -1, frein: -1, 'penalis*': -1.5, 'echou*': -2, fake: -1.5, bidon: -2,
  naze: -2, pourri: -2.5, pourrie: -2.5, 'degueulasse': -3, insupportable: -2.5, inutile: -2, 'scandal*': -2.5,
  'tant pis': -1.5, helas: -1.5, 'regrett*': -1.5, 'deplor*': -2, 'desastre*': -2.5, 'desastreu*': -2.5,
  'frustr*': -2, 'furieu*': -2.5, 'degoute*': -2.5, desagreable: -2, 'mepris*': -2, 'impoli*': -2, pourquoi: -0.5,
  'vole': -1, 'trop tard': -1.5, 'pire que': -2.5, 'de pire en pire': -3, 'plus jamais': -2.5,
  'satisfait*': 1.5, 'novat*': 1, 'efficac*': 1.5, 'feu vert': 1, mdr: 1, ptdr: 1, lol: 0.5, 'haha*': 1, hihi: 1, 'solidari*': 1.5, confiance: 1, 'gagnant*': 1.5, 'trop cool': 2.5,
  'trop beau': 2.5, 'mignon*': 2, recommande: 1.5, 'sympathique': 1.5, 'bien vu': 1.5, 'remerci*': 2, 'apprecie*': 2,
  'reconnaissant*': 2, 'soulage*': 1.5, 'rassur*': 1.5, 'impatient*': 1,
  nuls: -2.5, 'detest*': -2.5, bof: -1, mouais: -0.5, 'grr*': -1.5, argh: -1.5, beurk: -2, berk: -2, malaise: -1.5,
  crains: -1, haine: -2.5, hais: -2.5, tristement: -1.5, 'degout*': -2.5, 'fait chier': -3, saoule: -2, soule: -2,
  relou: -2,
  // Discourse markers, not praise: "eh bien non", "ou bien", "bien sûr", "bien que"
  'eh bien': 0, 'et bien': 0, 'ou bien': 0, 'bien sur': 0.3, 'bien que': 0, 'si bien': 0, 'bien des': 0,
  'bien entendu': 0,
  // English, more
  worse: -2, slow: -1, shocked: -2, unusable: -2.5, pissed: -2.5, furious: -3, mad: -1.5,
  waste: -2, wasted: -2, lied: -2.5, misleading: -2, unprofessional: -2.5, ruined: -2.5, gross: -1.5, filthy: -2,
  'dirt*': -1.5, uncomfortable: -1.5, unfair: -2, 'complain*': -1.5, boo: -1.5, seriously: -0.5,
  'competent*': 1.5, 'professionnel*': 1, professional: 1, 'aimable*': 1.5, 'courtois*': 1.5, poli: 1, polie: 1,
  thrilled: 2.5, delighted: 2.5, grateful: 2.5, 'thankful': 2.5, sweet: 1.5, 'best ever': 3,
  'love to': 0.5, 'would love': 0.5, 'no problem': 0.5, 'no worries': 0.5, 'not bad': 1, "can't wait": 2, 'cannot wait': 2, "can't complain": 1,
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
