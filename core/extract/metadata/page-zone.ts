import { month, parseWrittenDate } from './written-dates';

/**
 * A publication instant declared in UTC ("2019-11-19T01:19:34Z") that the
 * page prints in its own time zone ("Posted Nov 18, 8:19 PM", "Nov. 18,
 * 2019 7:04 pm ET"): the citation's day is the one the reader sees, so the
 * instant is written again in the offset the page shows it in
 * ("2019-11-18T20:19:34-05:00"): the same moment, the publisher's day.
 *
 * The offset is not guessed from a zone's name: it is the difference between
 * the clock the page prints and the instant's UTC clock, and it is believed
 * only when it is a real offset (a whole quarter hour, from -12 to +14 hours)
 * and the printed day agrees with it. A printed time of another moment (an
 * update, "Updated Nov 19, 9:41 AM") leaves no such offset and changes
 * nothing; neither does a page that prints no clock time, or an instant given
 * in an offset other than UTC (the page said its zone already).
 *
 * Must: "Posted Nov 18, 8:19 PM" for 01:19Z on 19 Nov (-05:00); "18 nov. 2019
 * 23:45" for 22:45Z (+01:00); "2019年11月19日 9:19" for 00:19Z (+09:00);
 * "5:30 PM IST, Nov 18" for 12:00Z (+05:30).
 * Must not: "Updated Nov 19, 9:41 AM" for 01:19Z; "Updated Nov 19, 3:19 AM" (two hours on, to the minute); "Nov 18, 2019" without a
 * clock; a clock that is no whole quarter hour away (8:22 PM for 01:19Z).
 */

/**
 * A line that opens with an update's label prints another moment: its clock may still sit a whole quarter
 * hour from the publication instant by chance (updated 2 h later to the minute), and would pass for a zone.
 */
const UPDATE_LABEL = /^\s*(?:last\s+)?(?:updated|modified|edited|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt|uppdaterad|oppdatert|opdateret|päivitetty|güncelleme|güncellendi|zaktualizowano|aktualizováno|обновлено|оновлено|수정|更新)/iu;

const UTC_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:Z|[+-]00:?00)$/i;
/** "8:19 PM", "7:04 pm", "19:14", "9.41 a.m.", "23h45". */
const CLOCK = /(?<![\d:.])([01]?\d|2[0-3])(?::|h|\.(?=\d{2}\s*[ap]\.?m))([0-5]\d)(?!\d)(?::[0-5]\d)?\s*(?:([ap])\.?\s?m\.?(?![\p{L}]))?/iu;
/** A day and month without a year: "Nov 18", "Nov. 18", "18 Nov", "18. November". */
const DAY_MONTH = /(?<![\p{L}\d])(?:([\p{L}]+)\.?\s+(\d{1,2})(?!\d)|(\d{1,2})\.?\s+([\p{L}]+))/u;

interface Shown {
  /** Days since the epoch of the printed day, and minutes into it. */
  day: number;
  minutes: number;
}

function epochDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The day and clock time a line prints, the year taken from `year` when the line gives none. */
function shownMoment(text: string, year: number, lang: string | null): Shown | null {
  const clock = CLOCK.exec(text);
  if (!clock) return null;
  let h = Number(clock[1]);
  const min = Number(clock[2]);
  if (clock[3]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (clock[3].toLowerCase() === 'p' ? 12 : 0);
  }
  // The clock's own digits are left out of the day's reading ("18.11.2019 19.14").
  const rest = text.slice(0, clock.index) + ' ' + text.slice(clock.index + clock[0].length);
  const full = parseWrittenDate(rest, lang);
  let day: number | null = null;
  if (full) day = epochDay(+full.slice(0, 4), +full.slice(5, 7), +full.slice(8, 10));
  else {
    const m = DAY_MONTH.exec(rest);
    const mo = m ? month(m[1] ?? m[4]) : null;
    const d = m ? Number(m[2] ?? m[3]) : 0;
    if (mo && d >= 1 && d <= 31) day = epochDay(year, mo, d);
  }
  return day === null ? null : { day, minutes: h * 60 + min };
}

/**
 * `instant` written in the offset one of the `shown` lines prints it in, or
 * null when none of them shows that instant in another zone.
 */
export function inPageZone(instant: string, shown: readonly string[], lang: string | null = null): string | null {
  const m = UTC_INSTANT.exec(instant.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac] = m;
  const utc = epochDay(+y, +mo, +d) * 1440 + +h * 60 + +mi;
  for (const text of shown) {
    if (!text || text.length > 200 || UPDATE_LABEL.test(text)) continue;
    const at = shownMoment(text, +y, lang);
    if (!at) continue;
    const offset = at.day * 1440 + at.minutes - utc;
    if (offset === 0 || offset % 15 !== 0 || offset < -12 * 60 || offset > 14 * 60) continue;
    const local = new Date((utc + offset) * 60_000);
    const sign = offset < 0 ? '-' : '+';
    const abs = Math.abs(offset);
    const pad = (n: number): string => String(n).padStart(2, '0');
    return (
      `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${s ?? '00'}${frac ?? ''}` +
      `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
    );
  }
  return null;
}
