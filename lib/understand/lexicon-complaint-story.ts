/**
 * How a letdown is told rather than named: what was promised or supposed to happen, what the customer had to do
 * instead, reproachful questions, leaving for a competitor, and Québec idioms of it ("ça a pas d'allure").
 * Written from language knowledge (no data set); folded, see lexicon.ts. lexicon-complaint.ts entries override these.
 */
import { weighted } from './lexicon';

export const COMPLAINT_STORY = weighted([
  // English: the promise and what happened
  [1.5, `was told|were told|they told me|you told me|promised|supposed to|should have been|shouldn't have|have to pay|no choice|not anymore|cost me`],
  [2, `i was told|said they would|said you would|you promised|was supposed to|were supposed to|had to pay|sitting at the gate|on the tarmac|busy signal|out of pocket|wrong address|wrong size`],
  [1, `told me to|only to|ended up|had to|made me|used to be|no longer|anymore|tarmac|waiting on|waiting for|get through|call back|paid for|paying for`],
  [0.5, `instead of|at the gate`],
  [2.5, `expected better|expect better|still on the ground|hour late|hour delay|hours delay|can't get through|couldn't get through|no call back|never called|no one called|wrong item|wrong order`],
  [3, `hours late|late again|delayed again|cancelled again|never called back|never heard back|not what i ordered`],
  // English: reproachful questions and leaving
  [1, `why would|why did|why does|why are|why was|switch to|just great`],
  [0.5, `why do|going with|frequent flyer|nothing like`],
  [1.5, `why no|how can you|explain why|loyal customer|years as a customer|oh great|yeah right|just what i needed`],
  [2, `what's the point|what is the point|how could you|what gives|care to explain|switching to|last time i|so much for`],
  [2.5, `too much to ask|how hard is it|how hard can it be|never fly|take my business|not pleased`],
  [3, `never flying|never buying|never ordering|lost a customer|losing a customer|lost my business|very unhappy|beyond frustrated|so frustrated|so disappointed`],
  [0, `thanks so much for|thank you so much for`],
  // English: disbelief, resignation, waiting somewhere, unanswered messages
  [2, `can't believe|cannot believe|no idea why|trying to reach|trying to call|miss my|going to miss|gonna miss|spent the night|sitting here|no pilot|no crew|reply to my|respond to my|anyone there`],
  [1.5, `not sure why|don't know why|trying to get|trying to talk|even after|supposedly|so called|oh well|thanks anyway|still here|still at|gate change|mechanical|answer my`],
  [1, `rebook*|reschedul*|reroute*|overnight|even though|despite|apparently|whatever|maintenance|my dms|my emails|my calls|my messages|is anyone`],
  [3, `sleep at the airport|sleeping at the airport|sleeping in the airport`],
  [2.5, `still sitting|waiting for a pilot|answer me`],
  [0, `couldn't ask for more|can't ask for more`],
  // French: same
  [1.5, `je comprends pas|je ne comprends pas|repondez|mes appels|meme pas|soi disant|toute la nuit|il y a quelqu' un`],
  [2.5, `sans explication|repondez moi`],
  [2, `repondre a mes|coince|coinces|coincee`],
  [1, `mes messages|mes mails|mes courriels|malgre|apparemment|tant pis`],
  [0.5, `bref|il parait|a l' aeroport`],
  // A problem that keeps coming back
  [1.5, `as usual|per usual|typical|comme d' habitude|comme d' hab`],
  [1, `as always|comme toujours|typique`],
  [0.5, `of course`],
  [2, `encore et toujours`],
  // English: faint praise, demands, escalation, giving up
  [1.5, `not fun|no fun|room for improvement|do something|sue|lawyer|forever|no show|you need to|how is this|done with|charged for`],
  [2.5, `not amused|do your job|understaffed|lawsuit|no apology|no compensation|closing my account|left hanging|takes forever|take forever|taking forever|never showed|didn't show up|bad experience|could at least|jerked around|false promises|lip service|what happened to my`],
  [2, `not a fan|could be better|needs work|needs improvement|not a good look|hire more|short staffed|stole|stealing|bbb|report you|cancel my account|cancel my subscription|close my account|kept us|kept me|eternity|too long|for so long|you guys need to|how is it that|i'm done|i am done|where is our|where are our|where's my|wheres my`],
  [3, `leaves a lot to be desired|train your staff|bait and switch|false advertising|not even an apology|not even a sorry|left stranded|made us wait|made me wait|terrible experience|horrible experience|the least you could do|last straw`],
  // French: same
  [2, `pas cool|peut mieux faire|faites quelque chose|manque de personnel|sous effectif|association de consommateurs|que choisir|fermer mon compte|une eternite|trop long|belles promesses|ou est passe|ou est passee`],
  [2.5, `laisse a desirer|faites votre travail|faites votre job|protection du consommateur|aucune excuse|laisse en plan|beaucoup trop long|jamais venu|jamais venue|la moindre des choses|j' en ai assez`],
  [1.5, `a revoir|dedommag*|la goutte|facture pour`],
  [3, `publicite mensongere|pub mensongere|porter plainte|meme pas une excuse|aucun dedommagement|aucune compensation|personne n' est venu|mauvaise experience|je suis tanne|on est tannes`],
  [1, `vous devriez`],
  // French (France and Québec): the promise and what happened
  [1.5, `on m' a dit|suppose de|supposee de|oblige de|obligee de|pour rien|client fidele|cliente fidele|client depuis|cliente depuis|je quitte|derniere fois|ligne d' attente|file d' attente|inaccessible`],
  [2, `on m' a promis|j' ai du payer|je vais changer|je change de|mal recu|mauvaise adresse|surbook*|surreservation|temps d' attente|en ligne depuis|encore et encore`],
  [1, `promis|cense|censee|j' ai du|franchement`],
  [0.5, `au lieu de|a nouveau`],
  [2.5, `je pars chez|trop demander|pas de bon sens|aucun sens|pas d' allure|ca a pas de sens|n' a aucun sens|pas rappele|personne rappelle|mal servi|mauvais article|frais caches|site inaccessible`],
  [0, `pas pire|pas si pire|pas si mal`],
  [3, `jamais rappele|personne ne rappelle|mauvais service|service pourri|pas ce que j' ai commande|vol annule|vol retarde|bagage perdu|bagages perdus|valise perdue|correspondance manquee|raccroche au nez|charge deux fois|charge 2 fois|l' appli plante|l' application plante|de pire en pire`],
]);
