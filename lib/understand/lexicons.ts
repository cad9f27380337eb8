/**
 * Hand-written word lists for Québec French (joual, missing accents, SMS spellings) and English.
 * Written folded: lower case, no accents. See lexicon.ts for the entry syntax.
 */
import { compileLexicon } from './lexicon';

/** Polarity: positive > 0, negative < 0. */
export const SENTIMENT = compileLexicon({
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
  mdr: 1, ptdr: 1, lol: 0.5, 'haha*': 1, hihi: 1, 'solidari*': 1.5, confiance: 1, 'gagnant*': 1.5, 'trop cool': 2.5,
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

export const POSITIVE_EMOJI = new Set([...'😀😃😄😁😊😍🥰😘🤩👍👏🙏🙌💪🎉🥳❤💕💖💗💙💚💛🧡💜🤍👌✨🔥😎🤗☺😻💯⭐🌟']);
export const NEGATIVE_EMOJI = new Set([...'😡😠🤬👎😤😞😢😭😩😫😒🙄💩😣😖😔😟😕☹🤮🤢😱😰😓🤦']);

/** Words that flip the polarity of the next few words. */
export const NEGATORS = new Set(
  "not no never don't doesn't didn't isn't wasn't aren't can't won't cannot nothing hardly ne n' pas jamais aucun aucune rien pu pus".split(' '),
);
/** Valence shifters (Polanyi & Zaenen 2006): "contre la pollution", "sans succès", "moins cher", "fight poverty". */
for (const w of 'contre against anti sans without moins less lutte lutter combattre fight fighting prevent prevenir eviter avoid reduire reduce'.split(' ')) NEGATORS.add(w);
/** French negation that follows the verb: "j'aime pas", "ça marche pus". */
export const FR_POST_NEGATORS = new Set(['pas', 'pu', 'pus', 'jamais', 'point']);
export const INTENSIFIERS = new Set('very so really too extremely super tres trop vraiment tellement full big mega'.split(' '));

/** A problem is reported: the core of a complaint. */
export const COMPLAINT = compileLexicon({
  // English
  'not working': 2, "doesn't work": 2, "don't work": 2, "didn't work": 2, "isn't working": 2, "won't work": 2,
  'stopped working': 2, "won't let me": 2, "can't get": 1.5, "can't log": 2, "can't login": 2, "can't access": 2,
  broken: 2, broke: 1.5, crash: 2, crashes: 2, crashing: 2, crashed: 2, error: 1.5, glitch: 1.5, bug: 1.5, bugs: 1.5,
  delayed: 2, delay: 1.5, delays: 1.5, cancelled: 2, canceled: 2, 'cancel*': 1, lost: 1.5, missing: 1.5, damaged: 2,
  stuck: 2, stranded: 2.5, 'on hold': 2, waiting: 1.5, waited: 2, 'still waiting': 3, 'still no': 2.5, 'still not': 2,
  hours: 1, 'no response': 2.5, 'no reply': 2.5, 'no answer': 2.5, 'no one': 1.5, nobody: 1.5, ignored: 2,
  'ignoring*': 2, rude: 2.5, terrible: 2, awful: 2, horrible: 2, worst: 2.5, unacceptable: 3, ridiculous: 2,
  disappointed: 2, 'disappoint*': 2, 'frustrat*': 2, useless: 2, unhelpful: 2.5, refund: 1.5, 'overcharg*': 2.5,
  charged: 1.5, 'double charged': 3, scam: 2, ripoff: 2, 'rip off': 2, 'fix this': 2, 'fix it': 1.5, 'sort it out': 2,
  'customer service': 1, 'customer care': 1, 'poor service': 3, 'bad service': 3, 'never again': 2.5, 'what a joke': 2.5,
  'thanks for nothing': 3, 'fed up': 2.5, 'sick of': 2, 'again': 0.5, 'late': 1, 'missed': 1.5, fail: 1.5,
  failed: 1.5, 'keeps': 1, 'every time': 1, 'the worst': 2.5, 'not happy': 2.5, 'not impressed': 2.5, complaint: 2,
  'lost my': 2, 'where is my': 2, 'where are my': 2, "haven't received": 2.5, 'never received': 2.5, 'never arrived': 2.5,
  "hasn't arrived": 2.5, 'not received': 2.5, 'no wifi': 1.5, 'dirty': 1.5, 'cold': 0.5, 'hung up': 2, 'hold music': 1.5,
  down: 1.5, 'is down': 2.5, 'site down': 2.5, trouble: 2, 'having trouble': 2.5, 'having issues': 2.5,
  'having problems': 2.5, 'hard time': 2, 'been trying': 2, 'trying to': 0.5, "couldn't": 1.5, "can't find": 1.5,
  "can't": 1, "haven't": 1, 'no way': 1, "don't understand": 1.5, failing: 2, lame: 2, sarcasm: 2, awaiting: 1,
  still: 1, 'why is': 1, "why don't": 1.5, "why can't": 2, "why isn't": 2, "why won't": 2,
  'not good': 2, 'not ok': 2, 'not okay': 2, 'no help': 2, 'not helpful': 2.5, 'please fix': 2, 'hung': 1,
  'never got': 2, 'overbooked': 2.5, 'lost luggage': 3, 'lost bag': 3, 'lost my bag': 3, 'wrong': 1.5, 'no one answers': 3,
  // French
  panne: 2.5, pannes: 2.5, horreur: 2.5, 'ne marche pas': 2.5, 'n\' arrive pas': 2, 'arrive pas': 2, 'pas acces': 2, 'plus acces': 2.5,
  'plus d\' internet': 3, 'plus d\' electricite': 3, 'sans electricite': 3, 'pas d\' electricite': 3, 'plus de courant': 3,
  'plus d\' eau chaude': 3, 'plus de tv': 2.5, 'plus de tele': 2.5, 'plus de reseau': 3, 'pas de reseau': 3, 'plus de chauffage': 3, 'plus de connexion': 3, 'pas de connexion': 3, 'sans internet': 3, 'hors service': 2.5, hs: 1.5,
  bloque: 1.5, bloquee: 1.5, 'sans succes': 2, injoignable: 2.5, injoignables: 2.5, raccroche: 2, 'pourquoi vous': 1,
  'c\' est quoi ce': 2, 'foutage de gueule': 3, 'se foutre': 2, voleur: 2.5, voleurs: 2.5, augmentation: 1, hausse: 1, 'en panne': 3, bugue: 2, bogue: 2, plante: 1.5, 'marche pas': 2.5, 'marche plus': 2.5,
  'marche pus': 2.5, 'fonctionne pas': 2.5, 'fonctionne plus': 2.5, 'fonctionne toujours pas': 3, 'toujours pas': 2,
  'toujours aucun': 2.5, 'toujours aucune': 2.5, 'aucune reponse': 3, 'pas de reponse': 3, 'sans reponse': 3,
  'sans nouvelle': 2.5, 'sans nouvelles': 2.5, 'personne ne': 2, 'personne repond': 2.5, attente: 1.5, 'j\' attends': 2,
  'on attend': 1.5, 'attends toujours': 3, relance: 1.5, relances: 1.5, 'rembours*': 1.5, 'factur*': 1, frais: 1,
  'preleve*': 1.5, 'prelevement*': 1.5, retard: 2, 'en retard': 2, 'annul*': 1, perdu: 1.5, perdue: 1.5, casse: 1.5,
  cassee: 1.5, brise: 1.5, brisee: 1.5, 'defectu*': 2, coupure: 2, coupures: 2, 'coupe*': 1, 'probleme*': 1.5,
  souci: 1.5, soucis: 1.5, inadmissible: 3, inacceptable: 3, honte: 2.5, 'honteu*': 2.5, scandale: 2.5,
  'scandaleu*': 2.5, arnaque: 2.5, 'arnaqu*': 2.5, 'incompeten*': 2.5, nul: 2, nulle: 2, pire: 2, 'decu*': 2,
  'decev*': 2, 'mecontent*': 2.5, plainte: 2.5, reclamation: 2, marre: 2.5, 'ras le bol': 3, tanne: 2.5, tannee: 2.5,
  ecoeure: 2.5, ecoeuree: 2.5, lenteur: 2, lent: 1.5, 'debit*': 0.5, 'service client': 1, 'merci pour rien': 3,
  'n\' importe quoi': 2, 'pas normal': 2, 'a chier': 2.5, 'de la marde': 2.5, 'ca fait': 0.5, depuis: 1, 'encore une fois': 2,
  'mois d\' attente': 3, 'jours sans': 2.5, 'semaines sans': 2.5, 'toujours rien': 3, 'rien recu': 2.5, 'jamais recu': 3,
  'pas recu': 2.5, 'pas eu': 1, 'impossible de': 2, impossible: 1.5, erreur: 1.5, galere: 2, dommage: 1,
  'pas content': 2.5, 'pas contente': 2.5, 'pas satisfait': 2.5, 'pas satisfaite': 2.5,
  // English: more of what goes wrong, how it feels, and what it costs
  losing: 1.5, lose: 1, loses: 1.5, "can't wait": 0, 'cannot wait': 0, slow: 1.5, slower: 1.5, worse: 2, sucks: 2, sucked: 2, suck: 1.5, nightmare: 2.5, shocked: 2, forced: 1.5,
  unusable: 2.5, errors: 1.5, expired: 1, boo: 1.5, joke: 2, wtf: 2, smh: 1.5, ugh: 1.5, seriously: 1, 'annoy*': 2,
  angry: 2, upset: 2, mad: 1.5, pissed: 2.5, furious: 3, sad: 1, poor: 1.5, bad: 1.5, hate: 2, 'dirt*': 1.5,
  gross: 1.5, filthy: 2, uncomfortable: 1.5, misplaced: 2, mishandled: 2.5, dented: 1.5, ruined: 2.5, waste: 2,
  wasted: 2, unable: 1.5, denied: 2, refused: 2, rejected: 1.5, declined: 1.5, incorrect: 1.5, lied: 2.5, lies: 2,
  misleading: 2, fraud: 2.5, 'hidden fee': 2.5, 'hidden fees': 2.5, fee: 1, fees: 1, paid: 1, overpriced: 2,
  'too expensive': 2, 'charged twice': 3, 'double charge': 3, 'billed twice': 3, disconnected: 2, outage: 2.5,
  outages: 2.5, offline: 1.5, lagging: 1.5, freezing: 1.5, freezes: 1.5, frozen: 1, hacked: 2, 'locked out': 2.5,
  unprofessional: 2.5, attitude: 1, yelled: 2, 'hung up on': 2.5, diverted: 1.5, 'missed connection': 2.5,
  bumped: 2, 'complain*': 2, compensation: 1, 'reimburs*': 1.5, 'money back': 2.5, 'my money': 1.5, 'yet to': 1.5,
  "haven't heard": 2.5, 'no word': 2, 'no update': 2, 'no updates': 2, 'no news': 2, 'no info': 2, tried: 1,
  'tried to': 1, 'keep trying': 1.5, 'kept trying': 1.5, 'again and again': 2, 'once again': 1.5, 'yet again': 2,
  'for hours': 2, 'over an hour': 2, 'an hour': 1, 'on the phone': 1, 'no one helps': 3,
  'something wrong': 2.5, 'something is wrong': 2.5, 'sort this out': 2, 'do better': 2.5, 'step up': 1.5, 'get it together': 2.5, 'your act together': 2.5,
  'not acceptable': 3, 'not fair': 2, unfair: 2, 'shame on': 3, 'what the hell': 2, 'good luck': 0.5,
  'thanks a lot': 0.5, 'way to go': 0.5, 'love how': 1, 'love that': 0, 'not even': 1, 'at all': 0.5,
  'worst*': 2.5, 'fail*': 1.5, 'fix your': 2, 'not possible': 1.5, obnoxious: 2, aggressive: 1, sneaky: 1.5,
  tacky: 1.5, stunned: 1, apathy: 2, 'disgrace*': 2.5, pathetic: 2.5, clueless: 2, absurd: 2, outrageous: 2.5,
  unbelievable: 1.5, horrendous: 2.5, atrocious: 2.5, appalling: 2.5, abysmal: 2.5, inexcusable: 3, embarrassing: 2,
  zero: 1, worthless: 2.5, sloppy: 2, careless: 2, lousy: 2, crappy: 2, shitty: 2.5, letdown: 2, 'let down': 2,
  mistake: 1.5, mistakes: 1.5, screwed: 2.5, 'messed up': 2.5, 'screw up': 2.5, 'screwed up': 2.5, headache: 1.5,
  hassle: 1.5, inconvenience: 1.5, inconvenienced: 2, excuses: 1.5,
  // French and Québec French
  'en attente': 2, attendre: 1, attends: 1.5, attend: 1, 'encore merci': -1, tjs: 0.5, tjrs: 0.5, toujours: 0.5,
  encore: 0.5, 'service a la clientele': 1, 'service clientele': 1, sav: 1, lente: 1.5, lents: 1.5, rame: 1.5,
  'facture deux fois': 3, 'facture 2 fois': 3, 'factures deux fois': 3, 'preleve deux fois': 3, 'preleve 2 fois': 3,
  'double facturation': 3, 'double prelevement': 3, 'trop percu': 2.5, 'trop paye': 2.5, 'trop cher': 2,
  'hors de prix': 2, 'ou est mon': 2, 'ou est ma': 2, 'ou sont mes': 2, 'beug*': 2, 'ecran noir': 2,
  "message d' erreur": 2, 'frustr*': 2, 'enerv*': 2, 'agac*': 1.5, 'fache*': 2, 'furieu*': 2.5, outre: 2,
  outree: 2, 'degoute*': 2.5, desagreable: 2, 'impoli*': 2, 'irrespect*': 2.5, 'mepris*': 2, retarde: 2,
  retards: 2, 'retardee': 2, 'essaye': 1, 'essaie': 0.5, "j' ai essaye": 1.5, 'rappel*': 0.5, 'pourri': 2,
  pourrie: 2, naze: 2, minable: 2, lamentable: 2.5, pitoyable: 2.5, 'affreu*': 2, 'catastroph*': 2,
  'desastre*': 2.5, 'desastreu*': 2.5, 'vole': 1, 'vol': 0.5, 'mensonge*': 2, 'menti': 2, 'mentez': 2.5,
  'gaspill*': 1.5, 'perte de temps': 2.5, 'vous etes ou': 2, 'personne ne repond': 3, 'toujours en attente': 3,
  'mise en demeure': 3, 'tribunal': 2, 'avocat': 1.5, 'resilier': 2, 'resiliation': 2, 'changer de fournisseur': 2.5,
  'changer d\' operateur': 2.5, 'aller voir ailleurs': 2.5, 'ca suffit': 2, 'y en a marre': 3, "j' en ai marre": 3,
  'rien ne va': 2.5, 'ca va pas': 2, 'ca marche pas': 2.5, 'ca fonctionne pas': 2.5,
  'pas fonctionnel': 2.5, 'toujours le meme probleme': 3, 'meme probleme': 2, 'encore une panne': 3, 'des semaines': 1,
  'des jours': 1, 'des heures': 1, 'des mois': 1, 'plusieurs fois': 1.5, 'a chaque fois': 1, 'chaque fois': 1,
  'vous riez': 2, 'se moquer': 2, 'foutez': 2, 'fout': 1, 'niaisez': 2.5, 'niaiser': 2, 'pas serieux': 2.5,
  'aucun suivi': 3, 'aucun retour': 3, 'aucune nouvelle': 3, 'aucune solution': 3, 'sans solution': 3,
});

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
  'en mp': 1.5, 'en dm': 1.5, 'par mp': 1.5, 'message prive': 1, 'vous serait il possible': 2.5,
});

/** Praise and thanks. */
export const PRAISE = compileLexicon({
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
  'my art': 2, 'like 4 like': 4, 'follow 4 follow': 4, l4l: 4, f4f: 4, buy: 1, 'watch this': 1.5, trailer: 1, 'my gaming': 2.5, 'please subscribe': 3, 'thumbs up': 1, 'like this comment': 2.5,
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
  'visitez': 2, 'allez voir': 1.5, 'lien en bio': 3, 'link in bio': 3, 'dm for': 2.5, 'dm me for': 3,
});
