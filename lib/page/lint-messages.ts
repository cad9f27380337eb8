import { PLATFORM_NAMES } from '../platforms/names';
import { defineMessages } from '../i18n';

/** Strings of the on-page brand lint (badge and panel beside the platform's reply or compose box). */
export const lintPageText = defineMessages('lint-page', {
  fr: {
    badge: 'Cocktail : {count} problème(s) de ton. Afficher la liste',
    badgeNone: 'Cocktail : aucun problème de ton',
    title: 'Ton de la marque',
    reply: 'Réponse sur {platform}',
    post: 'Publication sur {platform}',
    close: 'Fermer',
    none: 'Rien à signaler : le texte respecte les règles de la marque.',
    fix: 'Corriger',
    remove: 'Supprimer',
    fixTo: 'Corriger en « {replacement} »',
    error: 'Erreur',
    warning: 'Attention',
    hint: 'Suggestion',
    fixed: 'Corrigé.',
    stale: 'Le texte a changé depuis la vérification : la liste est mise à jour, réessayez.',
    unchanged: 'L’éditeur de la page a refusé la correction : corrigez ce passage à la main.',
    lost: 'La page a modifié le texte autrement que prévu : relisez votre texte.',
    notEditable: 'La zone de texte n’est plus modifiable.',
    unavailable: 'Vérification indisponible pour le moment.',
  },
  en: {
    badge: 'Cocktail: {count} tone problem(s). Show the list',
    badgeNone: 'Cocktail: no tone problems',
    title: 'Brand voice',
    reply: 'Reply on {platform}',
    post: 'Post on {platform}',
    close: 'Close',
    none: 'Nothing to report: the text follows the brand’s rules.',
    fix: 'Fix',
    remove: 'Remove',
    fixTo: 'Change to "{replacement}"',
    error: 'Error',
    warning: 'Warning',
    hint: 'Hint',
    fixed: 'Fixed.',
    stale: 'The text changed since it was checked: the list is updated, try again.',
    unchanged: 'The page’s editor refused the fix: change this part by hand.',
    lost: 'The page changed the text in an unexpected way: read your text again.',
    notEditable: 'The text box can no longer be edited.',
    unavailable: 'Checking is unavailable right now.',
  },
});

export const PLATFORM_LABEL: Record<string, string> = PLATFORM_NAMES;
