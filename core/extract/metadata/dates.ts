import { month } from './written-dates';
/**
 * Dates as pages write them, turned into ISO 8601. A page's own offset is
 * kept ("2013-03-18T08:12:00+08:00" stays in Beijing time) because it says
 * where the story was filed; only strings without an ISO shape go through
 * `Date`, and a date without a time stays a calendar date rather than
 * becoming midnight in whatever zone the parser happens to run in.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function isoFromMatch(m: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (!validDay(+y, +mo, +d)) return null;
  let out = `${y}-${mo}-${d}`;
  if (h === undefined) return out;
  out += `T${h}:${mi}:${s ?? '00'}`;
  if (frac) out += `.${frac.slice(0, 3).padEnd(3, '0')}`;
  if (zone) {
    if (/^z$/i.test(zone)) out += 'Z';
    else {
      const digits = zone.replace(':', '');
      out += `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
    }
  }
  return out;
}

/** Returns an ISO 8601 string, or null when the value is not recognisably a date. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (value == null) return null;
  const v = String(value).trim();
  if (!v) return null;
  const iso = ISO.exec(v);
  if (iso) return isoFromMatch(iso);
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 10 ? Number(v) * 1000 : Number(v);
    return new Date(ms).toISOString();
  }
  // Written-out dates: with a clock and a zone they name an instant; without, a day.
  const hasClock = /\d{1,2}:\d{2}/.test(v);
  const hasZone = /(?:\b(?:gmt|utc|z)\b|[+-]\d{2}:?\d{2}\b)/i.test(v);
  if (hasClock && hasZone) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) return new Date(t).toISOString();
  }
  const day = calendarDay(v);
  if (day) return day;
  const t = Date.parse(v);
  if (!Number.isNaN(t)) {
    const d = new Date(t);
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  return null;
}

function calendarDay(v: string): string | null {
  const lower = v.toLowerCase();
  // "November 19, 2019", "Nov. 19 2019"
  let m = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(lower);
  if (m && MONTHS[m[1]] && validDay(+m[3], MONTHS[m[1]], +m[2])) return `${m[3]}-${pad(MONTHS[m[1]])}-${pad(+m[2])}`;
  // "19 November 2019"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/.exec(lower);
  if (m && MONTHS[m[2]] && validDay(+m[3], MONTHS[m[2]], +m[1])) return `${m[3]}-${pad(MONTHS[m[2]])}-${pad(+m[1])}`;
  // "2019/11/19"
  m = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(lower);
  if (m && validDay(+m[1], +m[2], +m[3])) return `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`;
  return null;
}

/** Month names in the languages of most news sites; datelines are written in the page's language. */
const MONTHS_ANY_LANGUAGE =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|' +
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|' +
  'enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'januar|februar|märz|juni|juli|oktober|dezember|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre';
const WEEKDAYS_ANY_LANGUAGE =
  'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|' +
  'segunda|terça|quarta|quinta|sexta|feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|' +
  // Short weekdays as datelines print them ("Do 25.04.24", "jeu. 3 mai", "mié 3/5/2024"); only ever stripped from a line
  // that already carries a date, so a two-letter word here cannot make prose look like a date.
  'mo|di|mi|do|fr|sa|so|lun|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab|seg|ter|qua|qui|sex|pzt|sal|çar|per|cum|cmt|paz';
/** Words for "o'clock" and "hours" written after a time: "18:41 Uhr", "14h30", "10:00 hs", "kl. 14.07", "saat 14:07". */
const CLOCK_WORDS = 'uhr|hs|hrs|horas|saat|kl|klo|godz|ч|h';
const MONTH_NAME = new RegExp(`(?:^|[^\\p{L}])(?:${MONTHS_ANY_LANGUAGE})(?![\\p{L}])`, 'iu');

const DATE_WORDS = new RegExp(
  `(?<![\\p{L}])(?:published|updated|posted|last|modified|created|on|at|am|pm|a\\.m|p\\.m|gmt|utc|[ecmp][sd]t|bst|cet|cest|ist|aest|et|pt|ct|hours?|hrs?|minutes?|mins?|days?|ago|yesterday|today|de|às|em|le|à|am|um|el|del|publicado|atualizado|publié|mis à jour|veröffentlicht|aktualisiert|st|nd|rd|th|h|${MONTHS_ANY_LANGUAGE}|${WEEKDAYS_ANY_LANGUAGE}|${CLOCK_WORDS})(?![\\p{L}])`,
  'giu',
);

/** True for a line that is only a date or timestamp ("Updated 3:45 PM ET, Nov. 19, 2019"). */
export function isDateLine(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 90 || !/\d/.test(t)) return false;
  // Month names of the languages written-dates.ts reads ("18 ноября 2019", "3 grudnia 2026", "7 maj 2025"): a line
  // with one is dated in those languages as in the ones listed above.
  const monthWords = t.match(/\p{L}+\.?/gu)?.filter((w) => month(w) !== null) ?? [];
  const looksDated =
    /\d{1,2}:\d{2}|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(t) ||
    ((MONTH_NAME.test(t) || monthWords.length > 0) && /(?<!\d)\d{1,4}(?!\d)/.test(t)) ||
    /\b\d+\s*(?:hours?|hrs?|minutes?|mins?|days?)\s+ago\b/i.test(t);
  if (!looksDated) return false;
  const rest = t
    .replace(/\p{L}+\.?/gu, (w) => (month(w) !== null ? '' : w))
    .replace(DATE_WORDS, '')
    .replace(/[\d\s.,:;/|()\-–—]+/g, '');
  return rest.length <= 2;
}

const LEADING_DATE = /^\s*(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{1,2}:\d{2})/;
const META_CUE = /\b(?:by|posted|published|updated|publicado|publicada|por|autor|author|par|publié|von|veröffentlicht|di|pubblicato)\b/i;

/**
 * The line under a headline that packs date, author and section together
 * ("05/10/2018 - Posted by: Ana Ruiz - Category: Health"). It starts with the
 * date and names who posted it, and is never a sentence of the story.
 */
export function isDateAndBylineLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 160 && LEADING_DATE.test(t) && META_CUE.test(t) && !/[a-z]{3,}\.\s+\p{Lu}/u.test(t);
}
