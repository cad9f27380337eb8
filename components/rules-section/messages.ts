import { defineMessages } from '../../lib/i18n';

export const rulesSectionText = defineMessages('rules-section', {
  fr: {
    loading: 'Chargement des règles…',
    fromPack: 'Cette marque n’a pas encore de règles enregistrées : voici le modèle de départ « {pack} ». Modifiez-le puis enregistrez.',
    saving: 'Enregistrement…',
    saved: 'Règles enregistrées. Les onglets ouverts les appliquent tout de suite.',
    full: 'Stockage plein : les règles n’ont pas été enregistrées. Vos modifications restent à l’écran ; exportez-les dans un fichier ou libérez de l’espace (section Données), puis réessayez.',
    failed: 'Les règles n’ont pas été enregistrées ({reason}). Vos modifications restent à l’écran.',
    exportRules: 'Exporter les règles (JSON)',
    importRules: 'Importer un fichier de règles',
    imported: 'Règles importées depuis « {name} » : relisez-les puis enregistrez (rien n’est enregistré avant).',
    importInvalid: 'Fichier refusé, rien n’a changé : {count} erreur(s) dans les règles.',
    importNotJson: 'Fichier refusé, rien n’a changé : ce n’est pas du JSON ({detail}).',
    importTooBig: 'Fichier refusé, rien n’a changé : plus de {max} Mo.',
  },
  en: {
    loading: 'Loading the rules…',
    fromPack: 'This brand has no saved rules yet: here is the “{pack}” starting pack. Edit it, then save.',
    saving: 'Saving…',
    saved: 'Rules saved. Open tabs apply them at once.',
    full: 'Storage is full: the rules were not saved. Your edits stay on screen; export them to a file or free some space (Data section), then try again.',
    failed: 'The rules were not saved ({reason}). Your edits stay on screen.',
    exportRules: 'Export the rules (JSON)',
    importRules: 'Import a rules file',
    imported: 'Rules imported from “{name}”: review them, then save (nothing is saved before).',
    importInvalid: 'File refused, nothing changed: {count} error(s) in the rules.',
    importNotJson: 'File refused, nothing changed: it is not JSON ({detail}).',
    importTooBig: 'File refused, nothing changed: larger than {max} MB.',
  },
});
