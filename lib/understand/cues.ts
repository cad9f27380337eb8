/**
 * Complaint cues that a word list cannot see: something expected that did not happen ("never arrived",
 * "ça répond pas"), time spent waiting ("ça fait 3 jours", "2 hours on hold"), frustration in the punctuation,
 * and questions that are reproaches ("why is my...", "c'est quoi ce service?").
 */
import type { TextFeatures } from './text';

/** Negations before the word they deny: "not working", "n'arrive pas", "no answer", "aucune nouvelle". */
const NEG_BEFORE = new Set(
  ("not no never don't doesn't didn't isn't wasn't aren't weren't can't cannot couldn't won't wouldn't haven't hasn't hadn't " +
    "dont doesnt didnt isnt wasnt cant couldnt wont havent hasnt yet without n' ne pas jamais aucun aucune rien sans pu pus plus"
  ).split(' '),
);
/** Québec and spoken French drop "ne": the negation follows the verb ("ça marche pas", "répond pus"). */
const NEG_AFTER = new Set(['pas', 'pu', 'pus', 'jamais', 'rien']);

/** What a customer expects to happen or to have: service verbs and nouns, folded. */
const EXPECTED = new Set(
  (
    'work works working worked load loads loading open opens opened arrive arrives arrived arrival respond responded ' +
    'response responses answer answered answers reply replied replies help helped helpful show showed shown showing ' +
    'register registered accept accepted receive received hear heard get got gotten call called calls fix fixed ' +
    'refund refunded exist exists recline deliver delivered delivery connect connected connecting sync update updated ' +
    'updates start starts play plays reach reached contact contacted resolve resolved solution solutions news word ' +
    'option options signal internet wifi power access available compensation apology email confirmation notice info ' +
    'information sent send come came return returned back compensated reimbursed acknowledged followup follow ' +
    'marche marchent fonctionne fonctionnent repond repondu reponse reponses recu recue recus arrive arrivee livre livree ' +
    'livraison rembourse remboursee remboursement rappel rappele rappelle contacte nouvelle nouvelles solution retour ' +
    'internet electricite courant reseau connexion chauffage eau tele acces service signal aide suivi geste ouvre ouvert ' +
    'capte capter charge connecte passe traite traitee regle reglee resolu resolue envoye envoyee confirme confirmation debit'
  ).split(' '),
);

/**
 * Past-tense narration is a mark of complaints (Preotiuc-Pietro et al. 2019): customers tell what happened.
 * English only: a French passé composé rule ("on a attendu") also caught English ("on a late flight") and gained nothing.
 */
const PAST_WORDS = new Set(['was', 'were', 'had']);

function pastVerbs(tokens: string[]): number {
  let n = 0;
  for (const t of tokens) if (PAST_WORDS.has(t) || (t.length > 4 && t.endsWith('ed') && !t.endsWith('eed'))) n++;
  return n;
}

const COMPARATIVE = new Set(['better', 'enough', 'mieux', 'meilleur', 'assez']);
const DURATION =
  /\b(\d+|an?|one|two|three|four|five|few|several|many|deux|trois|quatre|cinq|quelques|plusieurs|des|un|une)\s*(?:\+\s*)?(mins?|minutes|h|hrs?|hours?|days?|weeks?|months?|years?|heures?|jours?|semaines?|mois|ans|annees?)\b/;
const WAIT_CONTEXT =
  /\b(ago|for|since|been|over|already|now|still|later|waiting|waited|wait|hold|depuis|fait|deja|plus de|toujours|attend\w*|apres|maintenant|pendant|longer|long|queue|line)\b/;
const REPEAT_TIME = /\b(\d+(?:st|nd|rd|th|e|eme|ieme)|second|third|fourth|deuxieme|troisieme|quatrieme|\d+|deux|trois|quatre|plusieurs|many|multiple)\s+(times?|fois|calls|appels|emails|courriels|messages|relances)\b/;
/** Questions that reproach rather than ask. */
const REPROACH_OPENERS = new Set(['why', 'pourquoi', 'pk', 'pkoi', 'pq', 'seriously', 'serieux', 'really', 'srsly']);
const REPROACH =
  /\b(how come|what happened|what's going on|whats going on|what is going on|are you (?:kidding|serious|joking)|is this a joke|c' ?est quoi (?:ce|cette|ca|le probleme)|qu' ?est[- ]ce qui se passe|comment ca se fait|vous (?:etes|êtes) serieux|vous riez de|vous jouez a quoi|a quoi vous jouez|vous (?:nous )?(?:niaisez|foutez|moquez))\b/;
/** Reproaches only when asked: "c'est normal?" (but "c'est normal de demander"). */
const REPROACH_ASKED =
  /\b(c' ?est (?:normal|une blague)|est[- ]ce normal|really|seriously|serieusement|serieux|vraiment|hello|allo|anyone|anybody|quelqu' ?un)\s*[?!]/;
const SARCASM =
  /\b(great job|good job|nice job|well done|way to go|nice going|nice work|thanks (?:a lot |so much )?for|thank you for|love (?:how|when|that)|just love|gotta love|bravo (?:pour|a)|merci (?:pour|de|d')|super (?:service|job)|belle job|beau travail|quel plaisir|quel service|oh great|just great|yeah right|gee thanks|quelle surprise|merci du cadeau|bravo champion)\b|#not\b|#sarcas|\s\/s\b/;
const HELP_CRY = /\b(help|aide|aidez[- ]moi|a l' ?aide|sos)\s*[!?]|\bplease help\b|\bsvp aidez/;
/** The problem is over: thanks after a fix is praise, not a complaint. */
const RESOLVED =
  /\b(fixed|resolved|sorted|all good|works now|working now|back up|back online|problem solved|issue solved|regle|reglee|resolu|resolue|ca marche maintenant|ca fonctionne maintenant|fonctionne a nouveau|tout est rentre dans l' ?ordre|c' ?est bon maintenant)\b/;

export interface Cues {
  complaint: number;
  question: number;
  resolved: boolean;
  /** Praise that opens onto a problem ("great job losing my bag", "merci pour l'attente"). */
  sarcasm: boolean;
  /** Past-tense narration, added to the complaint only when nothing positive is said. */
  past: number;
  terms: string[];
}

export function complaintCues(f: TextFeatures, questionLike: boolean): Cues {
  const { tokens, folded } = f;
  let complaint = 0;
  let question = 0;
  const terms: string[] = [];

  let denied = 0;
  for (let i = 0; i < tokens.length && denied < 2; i++) {
    const t = tokens[i];
    // "plus d'internet" denies, "plus rapide" compares.
    if (NEG_BEFORE.has(t) && (t !== 'plus' || tokens[i + 1] === 'de' || tokens[i + 1] === "d'")) {
      // "not even", "never got any", "n'a toujours pas": look a few words ahead for what was expected.
      for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
        if (EXPECTED.has(tokens[j])) {
          // "can't get any better", "couldn't get enough": praise, not a failure.
          if (COMPARATIVE.has(tokens[j + 1]) || COMPARATIVE.has(tokens[j + 2])) break;
          denied++;
          terms.push(`${t} ${tokens[j]}`);
          i = j;
          break;
        }
      }
    } else if (EXPECTED.has(t) && i + 1 < tokens.length && NEG_AFTER.has(tokens[i + 1])) {
      denied++;
      terms.push(`${t} ${tokens[i + 1]}`);
      i++;
    }
  }
  complaint += denied ? 2.5 + (denied - 1) * 1.25 : 0;

  const past = Math.min(1, pastVerbs(tokens) * 0.25);

  const dur = DURATION.exec(folded);
  if (dur) {
    const around = folded.slice(Math.max(0, dur.index - 30), dur.index + dur[0].length + 30);
    if (WAIT_CONTEXT.test(around)) {
      complaint += 1.5;
      terms.push(dur[0]);
    } else complaint += 0.25;
  }
  if (REPEAT_TIME.test(folded)) {
    complaint += 1;
    terms.push('repeated');
  }

  // "???", "?!", "!!!": exasperation, not a calm question.
  if (/[?!]{2,}|\?\s*!|!\s*\?/.test(f.raw)) {
    complaint += 0.75;
    terms.push('!?');
  }
  if (shouted(f.raw)) {
    complaint += 0.5;
    terms.push('caps');
  }

  // "Help!", "help?", "à l'aide": someone stuck, not a calm request.
  if (HELP_CRY.test(folded)) {
    complaint += 1;
    terms.push('help!');
  }

  const first = tokens.find((t) => t !== 'xhandlex' && t !== 'hey' && t !== 'hi' && t !== 'bonjour' && t !== 'allo');
  if ((first && REPROACH_OPENERS.has(first) && questionLike) || REPROACH.test(folded) || REPROACH_ASKED.test(folded)) {
    complaint += 1.5;
    question -= 1;
    terms.push('reproach');
  }

  const resolved = RESOLVED.test(folded);
  if (resolved) complaint -= 2;
  const sarcasm = !resolved && SARCASM.test(folded);
  return { complaint, question, resolved, sarcasm, past, terms };
}

/** At least one word of 4+ letters in capitals in a text that is not all capitals. */
function shouted(raw: string): boolean {
  if (!/[A-Z]{4}/.test(raw)) return false;
  const words = raw.match(/(?<![@#\w])[A-ZÀ-Ý]{4,}\b/g);
  if (!words) return false;
  const real = words.filter((w) => !/^(?:URGENT|HELP|LOL|OMG|WTF|FAQ|HTTP|HTTPS|NASA|USA|IMHO|ASAP)$/.test(w));
  if (!real.length) return false;
  const letters = raw.replace(/[^A-Za-zÀ-ÿ]/g, '').length;
  return real.join('').length / Math.max(1, letters) < 0.6;
}
