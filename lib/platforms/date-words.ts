import { timeFromAge } from './relative-time';

/**
 * Dates a platform prints in words ("6 août 2021", "Aug 6, 2021", "27 janvier 2026 à 01:28"), per page language.
 */

/**
 * Month names (long and short, lower case, no final dot) as Intl writes them: the common languages as a table, since
 * a page's first Intl.DateTimeFormat costs ~15 ms cold (ICU data); any other language is asked of Intl once.
 */
const MONTHS: Record<string, string> = {
  en: 'january february march april may june july august september october november december jan feb mar apr may jun jul aug sep oct nov dec',
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr mars avr mai juin juil août sept oct nov déc',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ene feb mar abr may jun jul ago sept oct nov dic',
  de: 'januar februar märz april mai juni juli august september oktober november dezember jan feb mär apr mai jun jul aug sep okt nov dez',
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro jan fev mar abr mai jun jul ago set out nov dez',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre gen feb mar apr mag giu lug ago set ott nov dic',
};
const monthNames = new Map<string, Map<string, number>>();

function monthsOf(lang: string): Map<string, number> {
  let months = monthNames.get(lang);
  if (!months) {
    months = new Map();
    const table = MONTHS[lang.split('-')[0].toLowerCase()];
    if (table) table.split(' ').forEach((name, i) => months!.set(name, i % 12));
    else {
      for (const style of ['long', 'short'] as const) {
        let format: Intl.DateTimeFormat;
        try {
          format = new Intl.DateTimeFormat(lang, { month: style, timeZone: 'UTC' });
        } catch {
          format = new Intl.DateTimeFormat('en', { month: style, timeZone: 'UTC' });
        }
        for (let m = 0; m < 12; m++) months.set(format.format(Date.UTC(2020, m, 15)).toLowerCase().replace(/\.$/, ''), m);
      }
    }
    monthNames.set(lang, months);
  }
  return months;
}

/**
 * Month names of every language of the table, for a page whose `<html lang>` is missing or not its interface's: no
 * name means one month in a language and another in the next.
 */
let allMonths: Map<string, number> | undefined;
function anyMonth(): Map<string, number> {
  allMonths ??= new Map(Object.keys(MONTHS).flatMap((code) => [...monthsOf(code)]));
  return allMonths;
}

/** Numbers and words of a label, in one pass: a 4-digit year, a 1-2 digit day, a month's name. */
const TOKENS = /(\d+)|([^\s\d,.:;/()-]+)/g;

/**
 * The year (-1 when absent), month and day (-1 when absent) a lower-case label names in words, other words aside.
 * `skip`: a span of the label left out (its time: "27 janvier 2026 à 01:28" has numbers that are no day).
 */
export function dayParts(words: string, lang: string, skip?: { from: number; to: number }): { year: number; month: number | undefined; day: number } {
  let year = -1;
  let day = -1;
  let month: number | undefined;
  TOKENS.lastIndex = 0;
  for (let m = TOKENS.exec(words); m; m = TOKENS.exec(words)) {
    if (skip && m.index >= skip.from && m.index < skip.to) continue;
    if (m[1] !== undefined) {
      if (m[1].length === 4) year = Number(m[1]);
      else if (m[1].length <= 2 && day < 0) day = Number(m[1]);
    } else month ??= monthsOf(lang).get(m[2]) ?? anyMonth().get(m[2]);
  }
  return { year, month, day };
}

/**
 * The day a label names ("6 août 2021", "Aug 6, 2021", "Published on Apr 9, 2018"): a 4-digit year, a 1-2 digit day
 * and a month's name (of the page's language first, then of any in the table), other words aside. Noon UTC of that
 * day, which is that calendar day in most time zones: the label says no hour. Without a year, given `now`, the last
 * such day not after it. Undefined when the day or the month is missing.
 */
export function dayFromWords(text: string | null | undefined, lang: string, now?: number): string | undefined {
  if (!text || text.length > 80) return undefined;
  const { month, day, year: written } = dayParts(text.toLowerCase(), lang);
  if (day < 1 || day > 31 || month === undefined) return undefined;
  let year = written;
  if (year < 0) {
    // "November 3 at 10:00": this year's, unless that is still to come (then last year's).
    if (now === undefined) return undefined;
    year = new Date(now).getUTCFullYear();
    if (Date.UTC(year, month, day) > now + 86_400_000) year--;
  }
  const date = new Date(Date.UTC(year, month, day, 12));
  return date.getUTCDate() === day ? date.toISOString() : undefined;
}

/**
 * Words naming a day near today, lower case, no final dot: today, yesterday, then the weekdays from Sunday, long and
 * short, as Intl writes them. A table, not Intl, for the same reason as MONTHS.
 */
const DAY_WORDS: Record<string, string> = {
  en: 'today yesterday sunday monday tuesday wednesday thursday friday saturday sun mon tue wed thu fri sat',
  fr: "aujourd'hui hier dimanche lundi mardi mercredi jeudi vendredi samedi dim lun mar mer jeu ven sam",
  es: 'hoy ayer domingo lunes martes miércoles jueves viernes sábado dom lun mar mié jue vie sáb',
  de: 'heute gestern sonntag montag dienstag mittwoch donnerstag freitag samstag so mo di mi do fr sa',
  pt: 'hoje ontem domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado dom seg ter qua qui sex sáb',
  it: 'oggi ieri domenica lunedì martedì mercoledì giovedì venerdì sabato dom lun mar mer gio ven sab',
};

/**
 * Each day word of every language of the table (no word names two days among them, so the page's language need not
 * come first), as days before today (0 today, 1 yesterday) or 2 + its weekday (0 Sunday). A month's name is left out:
 * "Mar" alone is March in English before it is Tuesday in French.
 */
let dayWords: Map<string, number> | undefined;
/** A day word alone, or then a time ("Yesterday at 10:00 AM", "Hier, à 10:00", "mardi à 10 h 00", "ayer a las 22:00"). */
let dayLabel: RegExp | undefined;
/** The time after a day word ("at 10:00 AM", "à 10 h 00", "um 22:05 Uhr", ", 10:00"): hour, minutes, "a" or "p". */
const AT_HOUR = String.raw`(?:,?\s+(?:(?:at|à|a las?|um|às|alle)\s*)?(\d{1,2})\s*(?:[:h]\s*(\d{2})|h)?(?:\s*([ap])\.?\s?m\.?)?(?:\s*uhr)?)?`;

function dayLabelRegExp(): RegExp {
  if (!dayLabel) {
    dayWords = new Map();
    for (const table of Object.values(DAY_WORDS)) {
      table.split(' ').forEach((word, i) => {
        if (!anyMonth().has(word)) dayWords!.set(word, i < 2 ? i : 2 + ((i - 2) % 7));
      });
    }
    const words = [...dayWords.keys()].join('|').replace(/'/g, "['’]");
    // Not 'u': its case folding would take "ſo" for "so", and the word is then looked up by its lower case.
    dayLabel = new RegExp(String.raw`^\s*(${words})\.?${AT_HOUR}\s*$`, 'i');
  }
  return dayLabel;
}

/** Minutes past midnight of an hour as written ("10:00", "22:00", "10 h 00", "12:05 AM" is 00:05); NaN for no hour. */
function minutesOf(hour: string, minutes: string | undefined, half: string | undefined): number {
  let h = Number(hour);
  if (half) {
    if (h > 12) return NaN;
    h = (h % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  const min = minutes === undefined ? 0 : Number(minutes);
  return h < 24 && min < 60 ? h * 60 + min : NaN;
}

/**
 * The time a day word names, the hour written or not ("Yesterday at 10:00 AM", "mardi à 10:00", "Hier"): a weekday is
 * the last such day before today (today's own would be an age). An hour is the user's, as Facebook shows it; without
 * one, noon UTC of that day, as dayFromWords. Never after `now`. Undefined for anything else.
 */
function timeFromDayWord(text: string | null | undefined, now: number): string | undefined {
  if (!text || text.length > 80) return undefined;
  const m = dayLabelRegExp().exec(text);
  if (!m) return undefined;
  const code = dayWords!.get(m[1].toLowerCase().replace('’', "'"))!;
  const today = new Date(now);
  const back = code < 2 ? code : ((today.getDay() - code + 8) % 7) + 1;
  const year = today.getFullYear();
  const month = today.getMonth();
  const day = today.getDate() - back;
  const time =
    m[2] === undefined ? Date.UTC(year, month, day, 12) : new Date(year, month, day, 0, minutesOf(m[2], m[3], m[4])).getTime();
  return Number.isNaN(time) ? undefined : new Date(Math.min(time, now)).toISOString();
}

/**
 * When an item was posted, from the words of its timestamp: an age ("il y a 2 jours", "3h"), a day near today
 * ("Yesterday at 10:00 AM", "mardi à 10:00") or, once older, a day ("6 août 2021", "November 3 at 10:00").
 */
export function timeFromWords(text: string | null | undefined, lang: string, now: number): string | undefined {
  return timeFromAge(text, lang, now) ?? timeFromDayWord(text, now) ?? dayFromWords(text, lang, now);
}
