/** FR/EN wording of import reports and tempo warnings. Dates in params are formatted in the reader's language. */
import { defineMessages, formatDate, localeOf, type Params, type UiLanguage } from '../i18n';
import type { FileProblem, ImportReason, RowError } from './csv-import';
import type { TempoAction, TempoKind, TempoWarning } from './tempo';
import { PILLAR_LABELS, PLATFORM_LABELS, type Pillar } from './names';
import type { Platform } from '../platforms/types';

const importMessages = defineMessages<ImportReason | FileProblem | 'line'>('calendar.import', {
  fr: {
    line: 'Ligne {line} : {reason}',
    missingDate: 'la date est vide.',
    badDate: '« {value} » n\'est pas une date lisible (aaaa-mm-jj, jj/mm/aaaa ou ISO).',
    dateMonthFirst: '« {value} » semble écrit mois d\'abord ; écrivez jj/mm/aaaa ou aaaa-mm-jj.',
    badTime: 'l\'heure de « {value} » est illisible (ex. 09:30 ou 9 h 30).',
    unknownTimeZone: 'fuseau horaire inconnu : « {value} » (ex. America/Toronto).',
    unknownPlatform: 'plateforme inconnue : « {value} ».',
    unknownStatus: 'statut inconnu : « {value} » (idée, brouillon, planifié, publié).',
    unknownPillar: 'pilier inconnu : « {value} » (mission, vision, valeurs, produit, communauté, autre).',
    unknownObjective: 'objectif introuvable dans la stratégie : « {value} ».',
    badUrl: 'le visuel doit être un lien http(s) : « {value} ».',
    duplicateId: 'l\'identifiant « {id} » est déjà utilisé par une ligne précédente.',
    tooLong: 'la colonne « {field} » est trop longue.',
    unterminatedQuote: 'un guillemet ouvert n\'est jamais refermé ; la suite du fichier est illisible.',
    invalid: 'la colonne « {field} » est invalide.',
    tooLarge: 'Le fichier dépasse 20 Mo.',
    tooManyRows: 'Le fichier dépasse 50 000 lignes.',
    empty: 'Le fichier est vide.',
    noDateColumn: 'Aucune colonne n\'est associée à la date.',
    duplicateColumns: 'Deux colonnes sont associées au même champ.',
  },
  en: {
    line: 'Line {line}: {reason}',
    missingDate: 'the date is empty.',
    badDate: '"{value}" is not a readable date (yyyy-mm-dd, dd/mm/yyyy or ISO).',
    dateMonthFirst: '"{value}" looks month-first; write dd/mm/yyyy or yyyy-mm-dd.',
    badTime: 'the time in "{value}" is unreadable (e.g. 09:30 or 9:30 AM).',
    unknownTimeZone: 'unknown time zone: "{value}" (e.g. America/Toronto).',
    unknownPlatform: 'unknown platform: "{value}".',
    unknownStatus: 'unknown status: "{value}" (idea, draft, scheduled, published).',
    unknownPillar: 'unknown pillar: "{value}" (mission, vision, values, product, community, other).',
    unknownObjective: 'objective not found in the strategy: "{value}".',
    badUrl: 'the visual must be an http(s) link: "{value}".',
    duplicateId: 'the ID "{id}" is already used by an earlier row.',
    tooLong: 'the "{field}" column is too long.',
    unterminatedQuote: 'a quote opens and never closes; the rest of the file cannot be read.',
    invalid: 'the "{field}" column is invalid.',
    tooLarge: 'The file is over 20 MB.',
    tooManyRows: 'The file has more than 50,000 rows.',
    empty: 'The file is empty.',
    noDateColumn: 'No column is mapped to the date.',
    duplicateColumns: 'Two columns are mapped to the same field.',
  },
});

export function describeRowError(e: RowError, lang: UiLanguage) {
  const t = importMessages(lang);
  return t('line', { line: e.line, reason: t(e.reason, e.params) });
}

export function describeFileProblem(p: FileProblem, lang: UiLanguage) {
  return importMessages(lang)(p);
}

const tempoMessages = defineMessages<TempoKind | TempoAction>('calendar.tempo', {
  fr: {
    weekBelow: '{platform} : {count} publication(s) la semaine du {week}, pour une cible de {target}.',
    weekAbove: '{platform} : {count} publications la semaine du {week}, bien au-delà de la cible de {target}.',
    gap: '{platform} : rien de prévu du {from} au {to} ({days} jours), alors que le rythme habituel est d\'une publication aux {usual} jours.',
    burst: '{platform} : {count} publications le {day}, alors que {allowance} par jour suffit.',
    pillarDominant: '{month} : le pilier « {pillar} » occupe {share} % des publications ({count} sur {total}).',
    pillarMissing: '{month} : aucune publication du pilier « {pillar} » sur {total}.',
    addPosts: 'Ajoutez {count} publication(s) {platform} cette semaine.',
    removePosts: 'Déplacez {count} publication(s) {platform} vers une semaine plus calme.',
    fillGap: 'Prévoyez une publication {platform} vers le {day}.',
    spreadPosts: 'Déplacez une publication {platform} au {day}.',
    addPillar: 'Ajoutez une publication du pilier « {pillar} » ce mois-ci.',
    varyPillars: 'Remplacez une publication par le pilier « {pillar} ».',
  },
  en: {
    weekBelow: '{platform}: {count} post(s) in the week of {week}, against a target of {target}.',
    weekAbove: '{platform}: {count} posts in the week of {week}, well over the target of {target}.',
    gap: '{platform}: nothing planned from {from} to {to} ({days} days), while the usual pace is one post every {usual} days.',
    burst: '{platform}: {count} posts on {day}, where {allowance} a day is enough.',
    pillarDominant: '{month}: the "{pillar}" pillar takes {share}% of posts ({count} of {total}).',
    pillarMissing: '{month}: no "{pillar}" post out of {total}.',
    addPosts: 'Add {count} {platform} post(s) this week.',
    removePosts: 'Move {count} {platform} post(s) to a quieter week.',
    fillGap: 'Plan a {platform} post around {day}.',
    spreadPosts: 'Move one {platform} post to {day}.',
    addPillar: 'Add a "{pillar}" post this month.',
    varyPillars: 'Swap one post for the "{pillar}" pillar.',
  },
});

function readable(params: Params, lang: UiLanguage): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string') out[k] = v;
    else if (k === 'platform') out[k] = PLATFORM_LABELS[v as Platform] ?? v;
    else if (k === 'pillar') out[k] = PILLAR_LABELS[lang][v as Pillar] ?? v;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) out[k] = formatDate(`${v}T12:00:00Z`, lang, { day: 'numeric', month: 'long', timeZone: 'UTC' });
    else if (/^\d{4}-\d{2}$/.test(v)) out[k] = new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${v}-15T12:00:00Z`));
    else out[k] = v;
  }
  return out;
}

export function describeWarning(w: TempoWarning, lang: UiLanguage) {
  const t = tempoMessages(lang);
  return { message: t(w.kind, readable(w.params, lang)), action: t(w.action, readable(w.actionParams, lang)) };
}
