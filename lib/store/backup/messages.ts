import { defineMessages, type Params, type UiLanguage } from '../../i18n';

/** Why an import was refused, in the user's language. Params are filled by lib/i18n's format. */
export const backupMessages = defineMessages('backup', {
  fr: {
    tooLarge: 'Le fichier fait {size} Mo; la limite est de {limit} Mo. Exportez-le sans les images ou sans le journal d’engagement.',
    empty: 'Le fichier est vide.',
    utf16: 'Le fichier est enregistré en UTF-16. Enregistrez-le de nouveau en UTF-8, puis réessayez.',
    notUtf8: 'Le fichier n’est pas du texte UTF-8 (octet invalide à la position {position}). Ce n’est pas une trousse Cocktail.',
    truncated: 'Le fichier s’arrête trop tôt, après {position} caractères : il a sans doute été coupé pendant le téléchargement ou la copie.',
    notJson: 'Le fichier n’est pas du JSON valide (erreur vers le caractère {position}).',
    tooDeep: 'Le fichier imbrique plus de {limit} niveaux (caractère {position}). Une trousse Cocktail n’en a jamais autant.',
    forbiddenKey: 'Le fichier contient la clé interdite « {key} ». Elle pourrait modifier le fonctionnement de l’extension : le fichier est refusé.',
    stringTooLong: 'Un texte du fichier fait {length} caractères; la limite est de {limit}.',
    notKit: 'Ce fichier n’est pas une trousse Cocktail (il manque l’en-tête « cocktail-kit »).',
    wrongFormat: 'Ce fichier est au format « {found} », pas une trousse Cocktail.',
    badVersion: 'La version du fichier ({found}) n’est pas un nombre entier positif.',
    newerVersion: 'Ce fichier vient d’une version plus récente de Cocktail (format {version}; cette version lit jusqu’au format {supported}). Mettez l’extension à jour, puis réessayez.',
    migrationFailed: 'Le fichier au format {from} n’a pas pu être converti au format actuel : {reason}',
    missingField: 'Un champ obligatoire manque.',
    wrongType: 'Type inattendu : {expected} attendu, {found} trouvé.',
    tooLong: 'Trop long : {max} au maximum.',
    tooShort: 'Trop court : {min} au minimum.',
    tooBig: 'Valeur trop grande : {max} au maximum.',
    tooSmall: 'Valeur trop petite : {min} au minimum.',
    notAllowed: 'Valeur non permise; valeurs possibles : {allowed}.',
    badFormat: 'Format invalide ({format} attendu).',
    invalidField: 'Valeur invalide.',
    duplicateId: 'L’identifiant « {id} » apparaît deux fois dans « {store} ».',
    scopeMismatch: 'La trousse de la marque « {brandId} » contient un élément d’une autre marque ou des réglages.',
    badImage: 'L’image n’est pas une donnée base64 valide.',
    moreErrors: 'et {count} autres erreurs.',
    atPath: 'Endroit : {path}',
  },
  en: {
    tooLarge: 'The file is {size} MB; the limit is {limit} MB. Export it without images or without the engagement log.',
    empty: 'The file is empty.',
    utf16: 'The file is saved as UTF-16. Save it again as UTF-8, then try again.',
    notUtf8: 'The file is not UTF-8 text (invalid byte at position {position}). It is not a Cocktail kit.',
    truncated: 'The file ends too early, after {position} characters: it was probably cut off while downloading or copying.',
    notJson: 'The file is not valid JSON (error near character {position}).',
    tooDeep: 'The file nests more than {limit} levels (character {position}). A Cocktail kit never does.',
    forbiddenKey: 'The file contains the forbidden key “{key}”. It could change how the extension works: the file is refused.',
    stringTooLong: 'A text in the file is {length} characters long; the limit is {limit}.',
    notKit: 'This file is not a Cocktail kit (the “cocktail-kit” header is missing).',
    wrongFormat: 'This file is in the “{found}” format, not a Cocktail kit.',
    badVersion: 'The file version ({found}) is not a positive whole number.',
    newerVersion: 'This file comes from a newer Cocktail (format {version}; this version reads up to format {supported}). Update the extension, then try again.',
    migrationFailed: 'The format {from} file could not be converted to the current format: {reason}',
    missingField: 'A required field is missing.',
    wrongType: 'Unexpected type: expected {expected}, found {found}.',
    tooLong: 'Too long: {max} at most.',
    tooShort: 'Too short: {min} at least.',
    tooBig: 'Value too large: {max} at most.',
    tooSmall: 'Value too small: {min} at least.',
    notAllowed: 'Value not allowed; possible values: {allowed}.',
    badFormat: 'Invalid format ({format} expected).',
    invalidField: 'Invalid value.',
    duplicateId: 'The id “{id}” appears twice in “{store}”.',
    scopeMismatch: 'The kit of brand “{brandId}” contains an item of another brand, or settings.',
    badImage: 'The image is not valid base64 data.',
    moreErrors: 'and {count} more errors.',
    atPath: 'Where: {path}',
  },
});

export type BackupMessageKey = Parameters<ReturnType<typeof backupMessages>>[0];
export type ImportErrorKey = Exclude<BackupMessageKey, 'moreErrors' | 'atPath'>;

/** One reason for refusing a file: a message key, its parameters and where in the file (empty for the whole file). */
export interface ImportError {
  key: ImportErrorKey;
  params: Params;
  path: string;
}

export function describeImportError(err: ImportError, lang: UiLanguage): string {
  const t = backupMessages(lang);
  const text = t(err.key, err.params);
  return err.path ? `${text} ${t('atPath', { path: err.path })}` : text;
}
