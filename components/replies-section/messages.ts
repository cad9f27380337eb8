import { defineMessages } from '../../lib/i18n';

export const repliesSectionText = defineMessages('replies.section', {
  fr: {
    intro: 'Vos réponses types, dans la voix de {brand}. Les réponses par défaut servent tant que vous n’en avez pas d’autres pour une intention; modifier une réponse par défaut en crée une copie à votre marque.',
    saved: 'Réponse enregistrée.',
    deleted: 'Réponse supprimée.',
    failed: 'L’enregistrement a échoué ({reason}). Votre texte est toujours à l’écran.',
    full: 'L’espace de stockage est plein : votre texte est toujours à l’écran. Exportez vos données (section Données) puis libérez de l’espace.',
    loading: 'Chargement de la bibliothèque…',
  },
  en: {
    intro: 'Your reply templates, in {brand}’s voice. The default replies apply until you have your own for an intent; editing a default reply creates a copy for your brand.',
    saved: 'Reply saved.',
    deleted: 'Reply deleted.',
    failed: 'Saving failed ({reason}). Your text is still on screen.',
    full: 'Storage is full: your text is still on screen. Export your data (Data section), then free some space.',
    loading: 'Loading the library…',
  },
});
