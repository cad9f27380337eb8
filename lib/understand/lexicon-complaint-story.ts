/**
 * How a letdown is told rather than named: what was promised or supposed to happen, what the customer had to do
 * instead, reproachful questions, leaving for a competitor, and Québec idioms of it ("ça a pas d'allure").
 * Written from language knowledge (no data set); folded, see lexicon.ts. lexicon-complaint.ts entries override these.
 */
export const COMPLAINT_STORY: Record<string, number> = {
  // English: the promise and what happened
  'was told': 1.5, 'were told': 1.5, 'i was told': 2, 'told me to': 1, 'they told me': 1.5, 'you told me': 1.5,
  'said they would': 2, 'said you would': 2, promised: 1.5, 'you promised': 2, 'supposed to': 1.5,
  'was supposed to': 2, 'were supposed to': 2, 'should have been': 1.5, "shouldn't have": 1.5, 'instead of': 0.5,
  'only to': 1, 'ended up': 1, 'had to': 1, 'have to pay': 1.5, 'had to pay': 2, 'made me': 1, 'no choice': 1.5,
  'expected better': 2.5, 'expect better': 2.5, 'used to be': 1, 'no longer': 1, anymore: 1, 'not anymore': 1.5,
  'still on the ground': 2.5, 'at the gate': 0.5, 'sitting at the gate': 2, 'on the tarmac': 2, tarmac: 1,
  'waiting on': 1, 'waiting for': 1, 'hours late': 3, 'hour late': 2.5, 'hour delay': 2.5, 'hours delay': 2.5,
  'late again': 3, 'delayed again': 3, 'cancelled again': 3, "can't get through": 2.5, "couldn't get through": 2.5,
  'get through': 1, 'busy signal': 2, 'call back': 1, 'no call back': 2.5, 'never called': 2.5, 'never called back': 3,
  'never heard back': 3, 'no one called': 2.5, 'paid for': 1, 'paying for': 1, 'cost me': 1.5, 'out of pocket': 2,
  'wrong address': 2, 'wrong item': 2.5, 'wrong size': 2, 'wrong order': 2.5, 'not what i ordered': 3,
  // English: reproachful questions and leaving
  'why would': 1, 'why did': 1, 'why do': 0.5, 'why does': 1, 'why are': 1, 'why was': 1, 'why no': 1.5,
  "what's the point": 2, 'what is the point': 2, 'too much to ask': 2.5, 'how hard is it': 2.5, 'how hard can it be': 2.5,
  'how could you': 2, 'how can you': 1.5, 'what gives': 2, 'explain why': 1.5, 'care to explain': 2,
  'switching to': 2, 'switch to': 1, 'going with': 0.5, 'last time i': 2, 'never flying': 3, 'never fly': 2.5,
  'never buying': 3, 'never ordering': 3, 'lost a customer': 3, 'losing a customer': 3, 'lost my business': 3,
  'take my business': 2.5, 'loyal customer': 1.5, 'frequent flyer': 0.5, 'years as a customer': 1.5,
  'not pleased': 2.5, 'very unhappy': 3, 'beyond frustrated': 3, 'so frustrated': 3, 'so disappointed': 3,
  'just great': 1, 'oh great': 1.5, 'so much for': 2, 'thanks so much for': 0, 'thank you so much for': 0, 'yeah right': 1.5, 'nothing like': 0.5, 'just what i needed': 1.5,
  // English: disbelief, resignation, waiting somewhere, unanswered messages
  "can't believe": 2, 'cannot believe': 2, 'not sure why': 1.5, 'no idea why': 2, "don't know why": 1.5,
  'trying to reach': 2, 'trying to call': 2, 'trying to get': 1.5, 'trying to talk': 1.5, 'miss my': 2,
  'going to miss': 2, 'gonna miss': 2, 'rebook*': 1, 'reschedul*': 1, 'reroute*': 1, overnight: 1,
  'sleep at the airport': 3, 'sleeping at the airport': 3, 'sleeping in the airport': 3, 'spent the night': 2,
  'even though': 1, 'even after': 1.5, despite: 1, apparently: 1, supposedly: 1.5, 'so called': 1.5,
  'oh well': 1.5, whatever: 1, 'thanks anyway': 1.5, 'sitting here': 2, 'still sitting': 2.5, 'still here': 1.5,
  'still at': 1.5, 'gate change': 1.5, 'no pilot': 2, 'no crew': 2, 'waiting for a pilot': 2.5, maintenance: 1,
  mechanical: 1.5, 'answer me': 2.5, 'reply to my': 2, 'respond to my': 2, 'answer my': 1.5, 'my dms': 1,
  'my emails': 1, 'my calls': 1, 'my messages': 1, "couldn't ask for more": 0, "can't ask for more": 0, 'anyone there': 2, 'is anyone': 1,
  // French: same
  'je comprends pas': 1.5, 'je ne comprends pas': 1.5, 'sans explication': 2.5, 'repondez': 1.5, 'repondez moi': 2.5,
  'repondre a mes': 2, 'mes messages': 1, 'mes mails': 1, 'mes courriels': 1, 'mes appels': 1.5, 'meme pas': 1.5,
  'malgre': 1, 'apparemment': 1, 'soi disant': 1.5, 'tant pis': 1, 'bref': 0.5, 'il parait': 0.5, 'toute la nuit': 1.5,
  "a l' aeroport": 0.5, 'coince': 2, 'coinces': 2, 'coincee': 2, "il y a quelqu' un": 1.5,
  // French (France and Québec): the promise and what happened
  "on m' a dit": 1.5, "on m' a promis": 2, 'promis': 1, 'cense': 1, 'censee': 1, 'suppose de': 1.5, 'supposee de': 1.5,
  "j' ai du": 1, "j' ai du payer": 2, 'oblige de': 1.5, 'obligee de': 1.5, 'au lieu de': 0.5, 'pour rien': 1.5,
  'client fidele': 1.5, 'cliente fidele': 1.5, 'client depuis': 1.5, 'cliente depuis': 1.5, 'je vais changer': 2,
  'je change de': 2, 'je pars chez': 2.5, 'je quitte': 1.5, 'derniere fois': 1.5, 'trop demander': 2.5,
  'pas pire': 0, 'pas si pire': 0, 'pas si mal': 0, 'franchement': 1, 'pas de bon sens': 2.5, 'aucun sens': 2.5, "pas d' allure": 2.5, 'ca a pas de sens': 2.5,
  "n' a aucun sens": 2.5, 'jamais rappele': 3, 'pas rappele': 2.5, 'personne rappelle': 2.5, 'personne ne rappelle': 3,
  'mauvais service': 3, 'service pourri': 3, 'mal servi': 2.5, 'mal recu': 2, 'mauvaise adresse': 2,
  'mauvais article': 2.5, "pas ce que j' ai commande": 3, 'vol annule': 3, 'vol retarde': 3, 'bagage perdu': 3,
  'bagages perdus': 3, 'valise perdue': 3, 'correspondance manquee': 3, 'surbook*': 2, 'surreservation': 2,
  'temps d\' attente': 2, "ligne d' attente": 1.5, 'file d\' attente': 1.5, 'en ligne depuis': 2, 'raccroche au nez': 3,
  'frais caches': 2.5, 'charge deux fois': 3, 'charge 2 fois': 3, 'l\' appli plante': 3, "l' application plante": 3,
  'site inaccessible': 2.5, 'inaccessible': 1.5, 'de pire en pire': 3, 'encore et encore': 2, 'a nouveau': 0.5,
};
