/**
 * What goes wrong in the services brands answer for, by domain: travel (bags, cabin, crew, booking), shops and
 * delivery, phone and chat support. Written from language knowledge (no data set); folded, see lexicon.ts.
 */
import { weighted } from './lexicon';

export const COMPLAINT_DOMAINS = weighted([
  // Inflected forms of the failure verbs (exact words in lexicon-complaint.ts take precedence)
  [1.5, `refund*|delay*|bugg*|glitch*|freez*`],
  [2.5, `strand*|overbook*|mishandl*`],
  [2, `disconnect*|misplac*|retard*|crash*`],
  [1, `compensat*`],
  // Broken in slang, hopes let down, the competition mentioned
  [2, `destroy*|acting up|acting weird|janky|was looking forward|were looking forward`],
  [1.5, `wonk*|j' avais hate|on avait hate`],
  [2.5, `not loading properly`],
  [1, `reluctant|other airlines|other carriers|competitors`],
  // Bags
  [1, `my bag|my bags|ma valise|mes bagages|mon colis|ma commande`],
  [1.5, `my luggage|my suitcase|baggage claim|lost and found`],
  [2, `bag still|bags still|luggage still|no bags`],
  [3, `without my bag|without my bags|without my luggage|without luggage|sans ma valise|sans mes bagages|colis perdu`],
  [2.5, `no luggage|sans bagages`],
  // Cabin and crew
  [2.5, `broken seat|miserable|condescending|snotty|yelled at|treated like|disrespect*|unfriendly`],
  [2, `no legroom|ran out of|out of food|no water|snarky|scolded|grumpy|cranky|refused to|wouldn't let`],
  [0.5, `legroom`],
  [1, `smell|no snacks|bumpy|wouldn't`],
  [1.5, `smelled|smells|no food|no drinks|too cold|too hot|rough|no room|no space|didn't even`],
  // Booking, sites and apps
  [2.5, `won't load|can't book|couldn't book|unable to book|card declined|error message|can't check in|couldn't check in|not loading|double booked|le site plante|deux fois plus cher`],
  [2, `keeps saying|keeps telling|cancelled my|canceled my|changed my seat|no seat|can't change|can't select|logged me out|fare went up|price went up|prices went up|price changed|tripled|hiked|charged extra|extra charge|no seats|frais supplementaires`],
  [3, `lost my reservation|site is down|app is down|keeps logging me out`],
  [1.5, `changed my flight|moved my|price increase|doubled|not available|unavailable|a augmente|pas disponible|indisponible`],
  [1, `middle seat|separated|went up|sold out|supplement`],
  // Cabin, more
  [1.5, `smelly|noisy|no blankets|stale|soggy|pas de wifi`],
  [1, `loud|no headphones|tiny`],
  [2.5, `inedible|siege casse`],
  [2, `disgust*|no leg room|sieges sales`],
  [0.5, `leg room`],
  // Support by phone, chat and mail
  [3, `minutes on hold|no one picks up|nobody picks up|de service en service|personne ne decroche|ne decroche pas|ca sonne dans le vide`],
  [2, `hold for|passed around|copy paste|same answer|answer the phone|pick up the phone|don't answer|hold time|hold times|reponse automatique|copier coller|meme reponse|reponse type`],
  [2.5, `been holding|holding for|run around|runaround|canned response|generic response|not answering|doesn't answer|long wait|mis en attente|decroche pas|ca raccroche|aucun conseiller|pas de conseiller`],
  [1.5, `transferred|wait time|wait times|transfere`],
  [1, `queue|au telephone`],
  [0.5, `call center`],
]);
