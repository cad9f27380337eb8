/**
 * What goes wrong in the services brands answer for, by domain: travel (bags, cabin, crew, booking), shops and
 * delivery, phone and chat support. Written from language knowledge (no data set); folded, see lexicon.ts.
 */
export const COMPLAINT_DOMAINS: Record<string, number> = {
  // Inflected forms of the failure verbs (exact words in lexicon-complaint.ts take precedence)
  'refund*': 1.5, 'delay*': 1.5, 'strand*': 2.5, 'overbook*': 2.5, 'disconnect*': 2, 'misplac*': 2, 'mishandl*': 2.5,
  'compensat*': 1, 'retard*': 2, 'bugg*': 1.5, 'crash*': 2, 'glitch*': 1.5, 'freez*': 1.5,
  'destroy*': 2, 'wonk*': 1.5, 'acting up': 2, 'acting weird': 2, janky: 2, 'not loading properly': 2.5, reluctant: 1,
  'other airlines': 1, 'other carriers': 1, competitors: 1, 'was looking forward': 2, 'were looking forward': 2,
  "j' avais hate": 1.5, 'on avait hate': 1.5,
  // Bags
  'my bag': 1, 'my bags': 1, 'my luggage': 1.5, 'my suitcase': 1.5, 'baggage claim': 1.5, 'lost and found': 1.5,
  'bag still': 2, 'bags still': 2, 'luggage still': 2, 'without my bag': 3, 'without my bags': 3,
  'without my luggage': 3, 'without luggage': 3, 'no bags': 2, 'no luggage': 2.5, 'ma valise': 1, 'mes bagages': 1,
  'sans ma valise': 3, 'sans mes bagages': 3, 'sans bagages': 2.5, 'colis perdu': 3, 'mon colis': 1, 'ma commande': 1,
  // Cabin and crew
  'broken seat': 2.5, 'no legroom': 2, legroom: 0.5, smell: 1, smelled: 1.5, smells: 1.5, 'no food': 1.5,
  'ran out of': 2, 'out of food': 2, 'no snacks': 1, 'no drinks': 1.5, 'no water': 2, 'too cold': 1.5, 'too hot': 1.5,
  bumpy: 1, rough: 1.5, miserable: 2.5, 'no room': 1.5, 'no space': 1.5, condescending: 2.5, snotty: 2.5, snarky: 2,
  scolded: 2, 'yelled at': 2.5, 'treated like': 2.5, 'disrespect*': 2.5, unfriendly: 2.5, grumpy: 2, cranky: 2,
  'refused to': 2, "wouldn't let": 2, "wouldn't": 1, "didn't even": 1.5,
  // Booking, sites and apps
  "won't load": 2.5, "can't book": 2.5, "couldn't book": 2.5, 'unable to book': 2.5, 'card declined': 2.5,
  'error message': 2.5, 'keeps saying': 2, 'keeps telling': 2, 'lost my reservation': 3, 'cancelled my': 2,
  'canceled my': 2, 'changed my flight': 1.5, 'changed my seat': 2, 'moved my': 1.5, 'no seat': 2, 'middle seat': 1,
  separated: 1, "can't change": 2, "can't select": 2, "can't check in": 2.5, "couldn't check in": 2.5,
  'site is down': 3, 'app is down': 3, 'keeps logging me out': 3, 'logged me out': 2, 'not loading': 2.5,
  'fare went up': 2, 'price went up': 2, 'prices went up': 2, 'price changed': 2, 'price increase': 1.5, doubled: 1.5,
  tripled: 2, 'went up': 1, hiked: 2, 'charged extra': 2, 'extra charge': 2, 'no seats': 2, 'sold out': 1,
  'not available': 1.5, unavailable: 1.5, 'double booked': 2.5, 'le site plante': 2.5, 'a augmente': 1.5,
  'frais supplementaires': 2, supplement: 1, 'pas disponible': 1.5, indisponible: 1.5, 'deux fois plus cher': 2.5,
  // Cabin, more
  smelly: 1.5, loud: 1, noisy: 1.5, 'no blankets': 1.5, 'no headphones': 1, stale: 1.5, soggy: 1.5, inedible: 2.5,
  'disgust*': 2, 'no leg room': 2, 'leg room': 0.5, tiny: 1, 'pas de wifi': 1.5, 'sieges sales': 2, 'siege casse': 2.5,
  // Support by phone, chat and mail
  'minutes on hold': 3, 'hold for': 2, 'been holding': 2.5, 'holding for': 2.5, transferred: 1.5, 'run around': 2.5,
  runaround: 2.5, 'passed around': 2, 'canned response': 2.5, 'copy paste': 2, 'generic response': 2.5,
  'same answer': 2, 'not answering': 2.5, 'answer the phone': 2, 'pick up the phone': 2, "doesn't answer": 2.5,
  "don't answer": 2, 'no one picks up': 3, 'nobody picks up': 3, 'long wait': 2.5, 'wait time': 1.5, 'wait times': 1.5,
  'hold time': 2, 'hold times': 2, queue: 1, 'call center': 0.5, 'mis en attente': 2.5, 'au telephone': 1,
  'de service en service': 3, transfere: 1.5, 'reponse automatique': 2, 'copier coller': 2, 'meme reponse': 2,
  'reponse type': 2, 'personne ne decroche': 3, 'ne decroche pas': 3, 'decroche pas': 2.5, 'ca raccroche': 2.5,
  'ca sonne dans le vide': 3, 'aucun conseiller': 2.5, 'pas de conseiller': 2.5,
};
