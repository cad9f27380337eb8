import { defineMessages } from '../../lib/i18n';

export const draftText = defineMessages('draft-check', {
  fr: {
    title: 'Vérifier un brouillon',
    platform: 'Plateforme',
    kind: 'Type',
    reply: 'Réponse',
    post: 'Publication',
    text: 'Texte à vérifier',
    placeholder: 'Collez ou écrivez un brouillon : il est vérifié selon les règles de ton de la marque.',
    defaultRules: 'La marque n’a pas encore de règles enregistrées : vérification selon le modèle de départ.',
  },
  en: {
    title: 'Check a draft',
    platform: 'Platform',
    kind: 'Kind',
    reply: 'Reply',
    post: 'Post',
    text: 'Text to check',
    placeholder: 'Paste or write a draft: it is checked against the brand’s tone rules.',
    defaultRules: 'The brand has no saved rules yet: checking against the starting pack.',
  },
});
