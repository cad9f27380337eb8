/** Whether a complaint is about the customer service itself (nobody answers, rude agent, on hold), not the product. */
import { compileLexicon, matchLexicon } from './lexicon';

const SUPPORT = compileLexicon({
  'customer service': 1, 'customer support': 1, 'customer care': 1, support: 0.5, agent: 1, agents: 1, rep: 1,
  representative: 1, representatives: 1, 'call center': 1, 'on hold': 1, 'hung up': 1, 'no one answers': 1,
  'no response': 1, 'no reply': 1, 'no answer': 1, 'no help': 1, unhelpful: 1, rude: 1, useless: 0.5, chat: 0.5,
  'your staff': 1, staff: 0.5, employee: 0.5, employees: 0.5, 'spoke to': 1, 'spoke with': 1, 'talked to': 1,
  'service client': 1, 'service clientele': 1, 'service a la clientele': 1, sav: 1, conseiller: 1, conseillere: 1,
  conseillers: 1, 'personne ne repond': 1, 'personne repond': 1, injoignable: 1, injoignables: 1, raccroche: 1,
  'aucune reponse': 1, 'pas de reponse': 1, 'sans reponse': 1, 'en attente': 0.5, telephone: 0.5, relance: 1,
  relances: 1, impoli: 1, impolie: 1, 'mal recu': 1, 'mal accueilli': 1, 'vos agents': 1, 'votre personnel': 1,
});

export function aboutSupport(tokens: string[]): boolean {
  let w = 0;
  for (const h of matchLexicon(SUPPORT, tokens)) if ((w += h.weight) >= 1) return true;
  return false;
}
