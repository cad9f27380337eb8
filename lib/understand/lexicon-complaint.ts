/**
 * Problem vocabulary in Québec French, France French and English: outages, delays, billing, refunds, waiting,
 * no answer, rude staff, and how exasperation is said. Folded; see lexicon.ts for the entry syntax.
 */
import { compileLexicon, weighted } from './lexicon';
import { COMPLAINT_DOMAINS } from './lexicon-complaint-domains';
import { COMPLAINT_STORY } from './lexicon-complaint-story';

/** A problem is reported: the core of a complaint. */
export const COMPLAINT = compileLexicon({
  ...COMPLAINT_STORY,
  ...COMPLAINT_DOMAINS,
  ...weighted([
    // English
    [2, `not working|doesn't work|don't work|didn't work|isn't working|won't work|stopped working|won't let me|can't log|can't login|can't access|broken|crash|crashes|crashing|crashed|delayed|cancelled|canceled|damaged|stuck|on hold|waited|still not|ignored|ignoring*|terrible|awful|horrible|ridiculous|disappointed|disappoint*|frustrat*|useless|scam|ripoff|rip off|fix this|sort it out|sick of|complaint|lost my|where is my|where are my|hung up|trouble|hard time|been trying|failing|lame|sarcasm|why can't|why isn't|why won't|not good|not ok|not okay|no help|please fix|never got`],
    [1.5, `can't get|broke|error|glitch|bug|bugs|delay|delays|lost|missing|waiting|no one|nobody|refund|charged|fix it|missed|fail|failed|no wifi|dirty|hold music|down|couldn't|can't find|don't understand|why don't|wrong`],
    [1, `cancel*|hours|customer service|customer care|late|keeps|every time|can't|haven't|no way|awaiting|still|why is|hung`],
    [2.5, `stranded|still no|no response|no reply|no answer|rude|worst|unhelpful|overcharg*|never again|what a joke|fed up|the worst|not happy|not impressed|haven't received|never received|never arrived|hasn't arrived|not received|is down|site down|having trouble|having issues|having problems|not helpful|overbooked`],
    [3, `still waiting|unacceptable|double charged|poor service|bad service|thanks for nothing|lost luggage|lost bag|lost my bag|no one answers`],
    [0.5, `again|cold|trying to`],
    // French
    [2.5, `panne|pannes|horreur|ne marche pas|plus acces|plus de tv|plus de tele|hors service|injoignable|injoignables|voleur|voleurs|marche pas|marche plus|marche pus|fonctionne pas|fonctionne plus|toujours aucun|toujours aucune|sans nouvelle|sans nouvelles|personne repond|honte|honteu*|scandale|scandaleu*|arnaque|arnaqu*|incompeten*|mecontent*|plainte|marre|tanne|tannee|ecoeure|ecoeuree|a chier|de la marde|jours sans|semaines sans|rien recu|pas recu|pas content|pas contente|pas satisfait|pas satisfaite`],
    [2, `n' arrive pas|arrive pas|pas acces|sans succes|raccroche|c' est quoi ce|se foutre|bugue|bogue|toujours pas|personne ne|j' attends|retard|en retard|defectu*|coupure|coupures|nul|nulle|pire|decu*|decev*|reclamation|lenteur|n' importe quoi|pas normal|encore une fois|impossible de|galere`],
    [3, `plus d' internet|plus d' electricite|sans electricite|pas d' electricite|plus de courant|plus d' eau chaude|plus de reseau|pas de reseau|plus de chauffage|plus de connexion|pas de connexion|sans internet|foutage de gueule|en panne|fonctionne toujours pas|aucune reponse|pas de reponse|sans reponse|attends toujours|inadmissible|inacceptable|ras le bol|merci pour rien|mois d' attente|toujours rien|jamais recu`],
    [1.5, `hs|bloque|bloquee|plante|attente|on attend|relance|relances|rembours*|preleve*|prelevement*|perdu|perdue|casse|cassee|brise|brisee|probleme*|souci|soucis|lent|impossible|erreur`],
    [1, `pourquoi vous|augmentation|hausse|factur*|frais|annul*|coupe*|service client|depuis|pas eu|dommage`],
    [0.5, `debit*|ca fait`],
    // English: more of what goes wrong, how it feels, and what it costs
    [1.5, `losing|loses|slow|slower|suck|forced|errors|boo|smh|ugh|mad|poor|bad|dirt*|gross|uncomfortable|dented|unable|rejected|declined|incorrect|offline|lagging|freezing|freezes|diverted|reimburs*|my money|yet to|keep trying|kept trying|once again|step up|issue|issues|problem|problems|a bit much|fail*|not possible|sneaky|tacky|unbelievable|mistake|mistakes|headache|hassle|inconvenience|excuses`],
    [1, `lose|expired|seriously|sad|fee|fees|paid|frozen|attitude|compensation|tried|tried to|an hour|on the phone|love how|not even|no reason|not really|aggressive|stunned|zero`],
    [0, `can't wait|cannot wait|love that`],
    [2, `worse|sucks|sucked|shocked|joke|wtf|annoy*|angry|upset|hate|filthy|misplaced|waste|wasted|denied|refused|lies|misleading|overpriced|too expensive|disconnected|hacked|yelled|bumped|complain*|no word|no update|no updates|no news|no info|again and again|yet again|for hours|over an hour|sort this out|not fair|unfair|what the hell|persist*|no explanation|sans suite|fix your|obnoxious|apathy|clueless|absurd|embarrassing|sloppy|careless|lousy|crappy|letdown|let down|inconvenienced`],
    [2.5, `nightmare|unusable|pissed|mishandled|ruined|lied|fraud|hidden fee|hidden fees|outage|outages|locked out|unprofessional|hung up on|missed connection|money back|haven't heard|something wrong|something is wrong|do better|get it together|your act together|same issue|same problem|no avail|aucune explication|worst*|disgrace*|pathetic|outrageous|horrendous|atrocious|appalling|abysmal|worthless|shitty|screwed|messed up|screw up|screwed up`],
    [3, `furious|charged twice|double charge|billed twice|no one helps|not acceptable|shame on|inexcusable`],
    [0.5, `good luck|thanks a lot|way to go|at all`],
    // French and Québec French
    [2, `en attente|trop cher|hors de prix|ou est mon|ou est ma|ou sont mes|beug*|ecran noir|message d' erreur|frustr*|enerv*|fache*|outre|outree|desagreable|impoli*|mepris*|retarde|retards|retardee|pourri|pourrie|naze|minable|affreu*|catastroph*|mensonge*|menti|vous etes ou|tribunal|resilier|resiliation|ca suffit|ca va pas|meme probleme|vous riez|se moquer|foutez|niaiser`],
    [1, `attendre|attend|service a la clientele|service clientele|sav|essaye|vole|des semaines|des jours|des heures|des mois|a chaque fois|chaque fois|fout`],
    [1.5, `attends|lente|lents|rame|agac*|j' ai essaye|gaspill*|avocat|plusieurs fois`],
    [-1, `encore merci`],
    [0.5, `tjs|tjrs|toujours|encore|essaie|rappel*|vol`],
    [3, `facture deux fois|facture 2 fois|factures deux fois|preleve deux fois|preleve 2 fois|double facturation|double prelevement|personne ne repond|toujours en attente|mise en demeure|y en a marre|j' en ai marre|toujours le meme probleme|encore une panne|aucun suivi|aucun retour|aucune nouvelle|aucune solution|sans solution`],
    [2.5, `trop percu|trop paye|furieu*|degoute*|irrespect*|lamentable|pitoyable|desastre*|desastreu*|mentez|perte de temps|changer de fournisseur|changer d' operateur|aller voir ailleurs|rien ne va|ca marche pas|ca fonctionne pas|pas fonctionnel|niaisez|pas serieux`],
  ]),
});
