import { PLATFORM_NAMES } from '../platforms/names';
import { defineMessages, type Params, type UiLanguage } from '../i18n';
import type { Problem } from './types';

const table = {
  fr: {
    'formality.tu': 'Tutoiement : la marque vouvoie. « {word} » devrait passer au vous.',
    'formality.vous': 'Vouvoiement : la marque tutoie, et « {word} » s’adresse ici à une seule personne.',
    'formality.mixed': 'Tu et vous mélangés : « {word} » ne suit pas le reste du texte.',
    'person.je': 'La marque parle au « nous » : « {word} » est au « je ».',
    'person.nous': 'La marque parle au « je » : « {word} » est au « nous ».',
    language: 'Texte en {language} : la marque répond en {languages}.',
    'term.banned': '« {term} » est proscrit.',
    'term.bannedReason': '« {term} » est proscrit : {reason}',
    'term.discouraged': '« {term} » : préférez « {replacement} ».',
    'term.discouragedReason': '« {term} » : préférez « {replacement} » ({reason}).',
    'term.required': 'Terminologie de la marque : écrivez « {replacement} » et non « {term} ».',
    'term.missing': 'Le terme « {term} » doit figurer dans ce texte.',
    'emoji.none': 'Pas d’émoji dans les textes de la marque.',
    'emoji.notAllowed': 'L’émoji {emoji} n’est pas dans la liste permise.',
    'emoji.tooMany': 'Trop d’émojis : {count} pour {max} au plus.',
    'hashtags.inReply': 'Pas de mot-clic (#) dans une réponse.',
    'hashtags.tooMany': '{count} mots-clics (#) : {max} au plus sur {platform}.',
    'exclamation.run': 'Un seul point d’exclamation à la fois.',
    'exclamation.tooMany': '{count} points d’exclamation : {max} au plus.',
    capitals: '« {word} » en majuscules : on a l’impression que la marque crie.',
    'length.platform': '{length} caractères : {platform} en accepte {limit} au plus.',
    'length.brand': '{length} caractères : la marque en vise {limit} au plus sur {platform}.',
    'signature.missing': 'Signez la réponse (initiales ou prénom).',
    'signature.missingWith': 'Signez la réponse, par exemple « {signature} ».',
    'greeting.missing': 'Saluez la personne par son prénom ({name}).',
    'cta.missing': 'Publication sans appel à l’action : dites au lecteur quoi faire ensuite.',
    wiifm: '« Et moi, j’y gagne quoi? » Le texte parle de la marque ({count} fois) mais jamais du lecteur ni d’un avantage pour lui.',
    custom: '{message}',
  },
  en: {
    'formality.tu': 'Informal "tu": the brand uses "vous". "{word}" should use "vous".',
    'formality.vous': 'Formal "vous": the brand uses "tu", and "{word}" addresses one person here.',
    'formality.mixed': '"Tu" and "vous" mixed: "{word}" does not match the rest of the text.',
    'person.je': 'The brand speaks as "we": "{word}" is first person singular.',
    'person.nous': 'The brand speaks as "I": "{word}" is first person plural.',
    language: 'Text in {language}: the brand answers in {languages}.',
    'term.banned': '"{term}" is banned.',
    'term.bannedReason': '"{term}" is banned: {reason}',
    'term.discouraged': '"{term}": prefer "{replacement}".',
    'term.discouragedReason': '"{term}": prefer "{replacement}" ({reason}).',
    'term.required': 'Brand terminology: write "{replacement}", not "{term}".',
    'term.missing': 'The term "{term}" must appear in this text.',
    'emoji.none': 'No emoji in the brand’s texts.',
    'emoji.notAllowed': 'The emoji {emoji} is not on the allowed list.',
    'emoji.tooMany': 'Too many emoji: {count} for at most {max}.',
    'hashtags.inReply': 'No hashtags in a reply.',
    'hashtags.tooMany': '{count} hashtags: at most {max} on {platform}.',
    'exclamation.run': 'One exclamation mark at a time.',
    'exclamation.tooMany': '{count} exclamation marks: at most {max}.',
    capitals: '"{word}" in capitals reads as shouting.',
    'length.platform': '{length} characters: {platform} accepts at most {limit}.',
    'length.brand': '{length} characters: the brand aims for at most {limit} on {platform}.',
    'signature.missing': 'Sign the reply (initials or first name).',
    'signature.missingWith': 'Sign the reply, for example "{signature}".',
    'greeting.missing': 'Greet the person by name ({name}).',
    'cta.missing': 'Post without a call to action: tell the reader what to do next.',
    wiifm: '"What’s in it for me?" The text talks about the brand ({count} times) but never about the reader or a benefit to them.',
    custom: '{message}',
  },
};

export type MessageKey = keyof typeof table.fr;
const t = defineMessages<MessageKey>('guidelines', table);


const LANGUAGE_NAMES = { fr: { fr: 'français', en: 'anglais' }, en: { fr: 'French', en: 'English' } } as const;

export function problemMessage(p: Problem, lang: UiLanguage): string {
  const params: Params = { ...p.params };
  if (typeof params.platform === 'string') params.platform = (PLATFORM_NAMES as Record<string, string>)[params.platform] ?? params.platform;
  const names = LANGUAGE_NAMES[lang] as Record<string, string>;
  if (typeof params.language === 'string') params.language = names[params.language] ?? params.language;
  if (typeof params.languages === 'string') {
    params.languages = params.languages.split(',').map((l) => names[l] ?? l).join(lang === 'fr' ? ' et ' : ' and ');
  }
  return t(lang)(p.messageKey, params);
}
