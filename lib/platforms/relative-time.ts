/**
 * An age as a platform shows it in place of a date ("2 days ago", "il y a 7 mois (modifié)", Facebook's "3h" or
 * "3 j"), read back into a time. YouTube comments and Facebook comments carry no other timestamp. The time returned is
 * the latest the words allow (`now`, in whole seconds, minus N whole units): "2 days ago" was posted at least 2 days
 * ago; a month counts 30 days, a year 365.
 */

const UNIT_MS = { s: 1e3, min: 6e4, h: 36e5, d: 864e5, w: 6048e5, mo: 2592e6, y: 31536e6 } as const;
type Unit = keyof typeof UNIT_MS;

interface AgeWords {
  /** Words around the number and the unit ("il y a", "ago"), taken out before reading. */
  around: RegExp;
  /** Words meaning one ("a", "une"). */
  one: readonly string[];
  /** Every form of each unit, abbreviations included, lower case. */
  units: Record<string, Unit>;
  /** "just now" and its kin. */
  now: readonly string[];
}

const forms = (table: Partial<Record<Unit, string>>): Record<string, Unit> =>
  Object.fromEntries(Object.entries(table).flatMap(([unit, words]) => words!.split(' ').map((w) => [w, unit as Unit])));

const AGE_WORDS: Record<string, AgeWords> = {
  en: {
    around: /(?:^|\s)ago$/,
    one: ['a', 'an', 'one'],
    units: forms({ s: 'second seconds sec secs s', min: 'minute minutes min mins m', h: 'hour hours hr hrs h', d: 'day days d', w: 'week weeks wk wks w', mo: 'month months mo mos', y: 'year years yr yrs y' }),
    now: ['just now', 'now'],
  },
  fr: {
    around: /^il y a(?=\s)/,
    one: ['un', 'une'],
    units: forms({ s: 'seconde secondes sec s', min: 'minute minutes min mn', h: 'heure heures h', d: 'jour jours j', w: 'semaine semaines sem', mo: 'mois', y: 'an ans année années a' }),
    now: ['à l’instant', "à l'instant", 'maintenant'],
  },
  es: {
    around: /^hace(?=\s)/,
    one: ['un', 'una'],
    units: forms({ s: 'segundo segundos s', min: 'minuto minutos min', h: 'hora horas h', d: 'día días d', w: 'semana semanas sem', mo: 'mes meses', y: 'año años a' }),
    now: ['justo ahora', 'ahora'],
  },
  de: {
    around: /^vor(?=\s)/,
    one: ['einer', 'einem'],
    units: forms({ s: 'sekunde sekunden sek', min: 'minute minuten min', h: 'stunde stunden std', d: 'tag tagen t', w: 'woche wochen w', mo: 'monat monaten', y: 'jahr jahren j' }),
    now: ['gerade eben', 'jetzt'],
  },
  pt: {
    around: /^há(?=\s)/,
    one: ['um', 'uma'],
    units: forms({ s: 'segundo segundos s', min: 'minuto minutos min', h: 'hora horas h', d: 'dia dias d', w: 'semana semanas sem', mo: 'mês meses', y: 'ano anos a' }),
    now: ['agora mesmo', 'agora'],
  },
  it: {
    around: /(?:^|\s)fa$/,
    one: ['un', 'uno', 'una'],
    units: forms({ s: 'secondo secondi s', min: 'minuto minuti min', h: 'ora ore h', d: 'giorno giorni g', w: 'settimana settimane sett', mo: 'mese mesi', y: 'anno anni a' }),
    now: ['adesso', 'proprio ora'],
  },
};

const LANGS = Object.keys(AGE_WORDS);
/** A number or a word, then a unit, glued ("3h") or apart ("3 h", "il y a 3 heures"). */
const AMOUNT_UNIT = /^(\d+|\p{L}+)\s*(\p{L}+)\.?$/u;

/**
 * The time `text` names, or undefined when it is not an age (a date, a label): the page's language first, then the
 * others, since a page's `<html lang>` may not be the language of its interface.
 */
export function timeFromAge(text: string | null | undefined, lang: string, now: number): string | undefined {
  if (!text) return undefined;
  // A page repeats a few ages ("il y a 7 mois" under most comments of a video): each is read once per language.
  // The clock in whole seconds, the smallest unit an age names: the same words give the same time for a second.
  const second = now - (now % 1000);
  let ages = agesByLang.get(lang);
  if (!ages) agesByLang.set(lang, (ages = new Map()));
  let age = ages.get(text);
  if (age === undefined) {
    if (ages.size >= MAX_REMEMBERED) ages.clear();
    ages.set(text, (age = { ms: readAge(text, lang), second: NaN, time: undefined }));
  }
  if (age.ms === null) return undefined;
  if (age.second !== second) {
    age.second = second;
    age.time = new Date(second - age.ms).toISOString();
  }
  return age.time;
}

interface Age {
  ms: number | null;
  /** The last time it was asked for, and the answer then. */
  second: number;
  time: string | undefined;
}
const agesByLang = new Map<string, Map<string, Age>>();
const MAX_REMEMBERED = 500;

function readAge(text: string, lang: string): number | null {
  // "(edited)", "(modifié)": a trailing parenthesis is not part of the age.
  const words = text.replace(/\s*\([^)]*\)\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (!words || words.length > 40) return null;
  const first = lang.split('-')[0].toLowerCase();
  for (const code of AGE_WORDS[first] ? [first, ...LANGS.filter((l) => l !== first)] : LANGS) {
    const ms = ageMs(words, AGE_WORDS[code]);
    if (ms !== undefined) return ms;
  }
  return null;
}

function ageMs(words: string, table: AgeWords): number | undefined {
  if (table.now.includes(words)) return 0;
  const m = AMOUNT_UNIT.exec(words.replace(table.around, '').trim());
  if (!m) return undefined;
  const unit = table.units[m[2]];
  const amount = /^\d+$/.test(m[1]) ? Number(m[1]) : table.one.includes(m[1]) ? 1 : NaN;
  return unit && Number.isFinite(amount) ? amount * UNIT_MS[unit] : undefined;
}
