import { toneRulesSchema, type Pack, type ToneRules, type ToneRulesInput } from './schema';

type TermInput = NonNullable<ToneRulesInput['terms']>[number];

const oqlf = 'terme recommandé par l’Office québécois de la langue française (Grand dictionnaire terminologique)';
const bdl = 'calque de l’anglais (OQLF, Banque de dépannage linguistique)';
const franceTerme = 'terme recommandé au Journal officiel (FranceTerme)';

const d = (id: string, term: string, replacement: string, reason: string, extra: Partial<TermInput> = {}): TermInput => ({
  id, kind: 'discouraged', term, replacement, reason, language: 'fr', ...extra,
});

/** Terms in customer care that read as dismissive in any brand voice. */
const FR_BANNED: TermInput[] = [
  { id: 'calmez-vous', kind: 'banned', term: 'calmez-vous', variants: ['calme-toi'], reason: 'condescendant envers la personne', language: 'fr', severity: 'error' },
  { id: 'comme-deja-dit', kind: 'banned', term: 'comme je l’ai déjà dit', variants: ['comme nous l’avons déjà dit', 'comme déjà mentionné'], reason: 'reproche implicite', language: 'fr' },
];

const FR_CA_TERMS: TermInput[] = [
  d('courriel', 'e-mail', 'courriel', oqlf, { variants: ['email', 'mail', 'mél'], gender: 'm' }),
  d('mot-clic', 'hashtag', 'mot-clic', oqlf, { variants: ['hash tag'], gender: 'm' }),
  d('clavardage', 'chat', 'clavardage', `${oqlf} (attention : « chat », l’animal, est correct)`, { variants: ['tchat', 'live chat'], gender: 'm', severity: 'hint' }),
  d('clavarder', 'chatter', 'clavarder', oqlf, { variants: ['tchatter'] }),
  d('agent-conversationnel', 'chatbot', 'agent conversationnel', oqlf, { variants: ['chat bot'], gender: 'm' }),
  d('pourriel', 'spam', 'pourriel', oqlf, { variants: ['spams'], gender: 'm' }),
  d('infolettre', 'newsletter', 'infolettre', oqlf, { variants: ['newsletters'], gender: 'f' }),
  d('balado', 'podcast', 'balado', oqlf, { variants: ['podcasts'], gender: 'm' }),
  d('egoportrait', 'selfie', 'égoportrait', oqlf, { variants: ['selfies'], gender: 'm' }),
  d('abonnes', 'followers', 'abonnés', oqlf, { variants: ['follower'] }),
  d('publication', 'post', 'publication', oqlf, { variants: ['posts'], gender: 'f', severity: 'hint' }),
  d('aimer', 'liker', 'aimer', oqlf, { variants: ['likez', 'likes', 'like'] }),
  d('identifier', 'taguer', 'identifier', oqlf, { variants: ['tagger', 'taggez', 'taguez'] }),
  d('retroaction', 'feedback', 'rétroaction', oqlf, { gender: 'f' }),
  d('reunion', 'meeting', 'réunion', oqlf, { gender: 'f' }),
  d('echeance', 'deadline', 'échéance', oqlf, { gender: 'f' }),
  d('telephone-intelligent', 'smartphone', 'téléphone intelligent', oqlf, { gender: 'm' }),
  d('magasinage', 'shopping', 'magasinage', oqlf, { gender: 'm' }),
  d('commerce-electronique', 'e-commerce', 'commerce électronique', oqlf, { variants: ['ecommerce'], gender: 'm' }),
  d('fin-de-semaine', 'week-end', 'fin de semaine', oqlf, { variants: ['weekend'], gender: 'f', severity: 'hint' }),
  d('annuler', 'canceller', 'annuler', bdl, { variants: ['canceler', 'cancellé', 'cancellée'] }),
  d('planifier', 'céduler', 'planifier', bdl, { variants: ['cédulé', 'cédulée'] }),
  d('reserver', 'booker', 'réserver', bdl, { variants: ['booké', 'bookez'] }),
  d('avoir-du-sens', 'faire du sens', 'avoir du sens', bdl, { variants: ['fait du sens'] }),
  d('responsable-de', 'en charge de', 'responsable de', bdl),
  { id: 'quebec', kind: 'required', term: 'Québec', variants: ['Quebec'], language: 'fr', accentSensitive: true, reason: 'graphie française' },
  { id: 'montreal', kind: 'required', term: 'Montréal', variants: ['Montreal'], language: 'fr', accentSensitive: true, reason: 'graphie française' },
  ...FR_BANNED,
];

const FR_FR_TERMS: TermInput[] = [
  d('courriel', 'e-mail', 'courriel', franceTerme, { variants: ['email', 'mail'], gender: 'm' }),
  d('mot-diese', 'hashtag', 'mot-dièse', franceTerme, { gender: 'm' }),
  d('dialogue-en-ligne', 'chat', 'dialogue en ligne', `${franceTerme} (« chat », l’animal, est correct)`, { variants: ['tchat', 'live chat'], gender: 'm', severity: 'hint' }),
  d('lettre-information', 'newsletter', 'lettre d’information', franceTerme, { variants: ['newsletters'], gender: 'f' }),
  d('infox', 'fake news', 'infox', franceTerme, { gender: 'f' }),
  d('jeune-pousse', 'start-up', 'jeune pousse', franceTerme, { variants: ['startup'], gender: 'f', severity: 'hint' }),
  d('abonnes', 'followers', 'abonnés', 'usage recommandé', { variants: ['follower'] }),
  d('retour', 'feedback', 'retour', franceTerme, { gender: 'm' }),
  d('reunion', 'meeting', 'réunion', 'anglicisme', { gender: 'f' }),
  d('date-limite', 'deadline', 'date limite', 'anglicisme', { gender: 'f' }),
  d('en-direct', 'en live', 'en direct', 'anglicisme'),
  ...FR_BANNED,
];

const EN_TERMS: TermInput[] = [
  { id: 'email', kind: 'required', term: 'email', variants: ['e-mail'], language: 'en', reason: 'house style (AP Stylebook)' },
  { id: 'use', kind: 'discouraged', term: 'utilize', variants: ['utilise'], replacement: 'use', language: 'en', reason: 'plain language' },
  { id: 'leverage', kind: 'discouraged', term: 'leverage', replacement: 'use', language: 'en', reason: 'jargon', severity: 'hint' },
  { id: 'reach-out', kind: 'discouraged', term: 'reach out', replacement: 'contact', language: 'en', reason: 'jargon', severity: 'hint' },
  { id: 'asap', kind: 'discouraged', term: 'ASAP', replacement: 'as soon as possible', language: 'en', reason: 'too curt for customers' },
  { id: 'calm-down', kind: 'banned', term: 'calm down', reason: 'dismissive of the person', language: 'en', severity: 'error' },
  { id: 'as-i-said', kind: 'banned', term: 'as I said', variants: ['as I already said', 'per my last email', 'as previously stated'], reason: 'reads as a reproach', language: 'en' },
  { id: 'synergy', kind: 'banned', term: 'synergy', variants: ['synergies'], reason: 'corporate jargon', language: 'en', severity: 'hint' },
];

const FR_ACRONYMS = ['OQLF', 'PME', 'FAQ', 'SVP', 'TPS', 'TVQ', 'TVA', 'SAQ', 'STM', 'RAMQ', 'URL', 'PDF', 'CEO', 'PDG', 'QC', 'ONU', 'SNCF', 'RATP', 'CAF', 'RSVP'];
const EN_ACRONYMS = ['FAQ', 'CEO', 'USA', 'URL', 'PDF', 'ASAP', 'FYI', 'RSVP', 'NASA', 'HTML', 'API', 'TBA', 'USD', 'CAD'];

function build(pack: Pack): ToneRulesInput {
  const fr = pack !== 'en';
  return {
    pack,
    languages: fr ? ['fr', 'en'] : ['en', 'fr'],
    formality: { value: 'vous', allowPluralVous: true, severity: 'warning' },
    person: { value: 'nous', severity: 'hint' },
    terms: pack === 'fr-CA' ? FR_CA_TERMS : pack === 'fr-FR' ? FR_FR_TERMS : EN_TERMS,
    emoji: { policy: 'few', allowed: [], max: 2 },
    hashtags: { max: 3, inReplies: false },
    exclamation: { max: 1, noRuns: true },
    capitals: { max: 0, minLength: 3, allow: fr ? FR_ACRONYMS : EN_ACRONYMS },
    cta: { enabled: true },
    greeting: { enabled: true, template: { fr: 'Bonjour {name}, ', en: 'Hi {name}, ' } },
    wiifm: { enabled: true },
    overrides: {
      x: { hashtags: { max: 2 } },
      linkedin: { emoji: { max: 1 }, hashtags: { max: 3 } },
      instagram: { hashtags: { max: 5 }, emoji: { max: 4 } },
      tiktok: { hashtags: { max: 5 }, emoji: { max: 4 } },
      reddit: { hashtags: { max: 0 }, emoji: { policy: 'none' } },
    },
  };
}

/** The starting rules for a brand: a complete, valid profile the brand then edits. */
export function defaultPack(locale: Pack): ToneRules {
  return toneRulesSchema.parse(build(locale));
}
