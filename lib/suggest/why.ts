/** Says in French or English why a suggestion was chosen. */
import { defineMessages, type UiLanguage } from '../i18n';
import type { WhyCode } from './types';

const t = defineMessages('suggest.why', {
  fr: {
    intent: 'Modèle pour : {intent}',
    fallback: 'Aucun modèle pour « {intent} » : réponse générale',
    language: 'Dans la langue du commentaire ({language})',
    formality: 'Au {value}, comme le veut la marque',
    platform: 'Prévu pour {platform}',
    own: 'Modèle de la marque',
    trimmed: 'Raccourci à {limit} caractères',
    clean: 'Respecte les règles de la marque',
    repaired: 'Corrigé selon les règles de la marque',
    problems: '{errors} erreur(s), {warnings} avertissement(s) de ton',
    ai: 'Rédigé par l’IA ({provider}) puis vérifié',
    'intent.question': 'question',
    'intent.complaint': 'plainte',
    'intent.praise': 'compliment',
    'intent.request': 'demande',
    'intent.spam': 'pourriel',
    'intent.troll': 'troll',
    'intent.mention': 'mention',
    'intent.share': 'partage',
    'intent.other': 'autre',
  },
  en: {
    intent: 'Template for: {intent}',
    fallback: 'No template for "{intent}": general reply',
    language: 'In the comment’s language ({language})',
    formality: 'Uses "{value}", as the brand wants',
    platform: 'Made for {platform}',
    own: 'The brand’s own template',
    trimmed: 'Shortened to {limit} characters',
    clean: 'Follows the brand’s rules',
    repaired: 'Fixed to follow the brand’s rules',
    problems: '{errors} error(s), {warnings} warning(s) on tone',
    ai: 'Written by AI ({provider}), then checked',
    'intent.question': 'question',
    'intent.complaint': 'complaint',
    'intent.praise': 'praise',
    'intent.request': 'request',
    'intent.spam': 'spam',
    'intent.troll': 'troll',
    'intent.mention': 'mention',
    'intent.share': 'share',
    'intent.other': 'other',
  },
});

export function describeWhy(why: WhyCode[], lang: UiLanguage): string[] {
  const tr = t(lang);
  return why.map((w) => {
    switch (w.code) {
      case 'intent':
        return tr('intent', { intent: tr(`intent.${w.intent}`) });
      case 'fallback':
        return tr('fallback', { intent: tr(`intent.${w.intent}`) });
      case 'language':
        return tr('language', { language: w.language.toUpperCase() });
      case 'formality':
        return tr('formality', { value: w.value });
      case 'platform':
        return tr('platform', { platform: w.platform });
      case 'own-template':
        return tr('own');
      case 'trimmed':
        return tr('trimmed', { limit: w.limit });
      case 'clean':
        return tr('clean');
      case 'repaired':
        return tr('repaired');
      case 'problems':
        return tr('problems', { errors: w.errors, warnings: w.warnings });
      case 'ai':
        return tr('ai', { provider: w.provider });
    }
  });
}
