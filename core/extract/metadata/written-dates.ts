/**
 * Calendar days as pages write them for readers, in the languages of most
 * news sites: "18 NOV 2019", "November 18, 2019", "18. November 2019",
 * "3 de mayo de 2024", "25 августа 2018", "2024년 5월 3일", "2024年5月3日",
 * "18.11.2019", "2018-08-25 10:00". Only visible text goes through here,
 * after the structured sources gave nothing valid.
 *
 * A library such as chrono-node reads more phrasings, but measured bundled
 * and minified it costs 47 kB for English alone and about 50 kB more per
 * language, in a script injected into every page, and it has no Korean,
 * Turkish or Indonesian; a month table in twenty languages costs about 3 kB.
 * A time written beside the day is left out: without a zone it names no
 * instant, and the day is what a citation needs.
 */

const MONTH_NAMES: [number, string][] = [
  [1, 'jan january janv janvier januar januari jänner enero ene gennaio gen janeiro stycznia styczeń ocak января январь январ sausio siječnja січня'],
  [2, 'feb february févr fevr février februar februari febrero febbraio fevereiro fev lutego luty şubat subat февраля февраль vasario veljače лютого'],
  [3, 'mar march mars märz maerz maart marzo março marca marzec mart марта март kovo ožujka maret березня'],
  [4, 'apr april avr avril abril abr aprile kwietnia kwiecień nisan апреля апрель balandžio travnja квітня'],
  [5, 'may mai mei mayo maggio mag maio maj maja mayıs mayis мая май gegužės svibnja травня'],
  [6, 'jun june juin juni junio giugno giu junho czerwca haziran июня июнь birželio lipnja червня'],
  [7, 'jul july juil juillet juli julio luglio lug julho lipca temmuz июля июль liepos srpnja липня'],
  [8, 'aug august août aout augustus agosto ago augusti sierpnia ağustos agustos августа август rugpjūčio kolovoza agustus серпня'],
  [9, 'sep sept september sept. septembre septiembre setiembre settembre set setembro września eylül eylul сентября сентябрь rugsėjo rujna вересня'],
  [10, 'oct october oktober octobre octubre ottobre ott outubro out października ekim октября октябрь spalio okt жовтня'],
  [11, 'nov november novembre noviembre novembro listopada kasım kasim ноября ноябрь lapkričio studenoga листопада'],
  [12, 'dec december dez dezember décembre decembre diciembre dic dicembre dezembro grudnia aralık aralik декабря декабрь gruodžio prosinca desember desember грудня'],
];

const MONTH: Map<string, number> = new Map();
for (const [n, names] of MONTH_NAMES) for (const name of names.split(' ')) if (!MONTH.has(name)) MONTH.set(name, n);
// "listopada" is November in Polish and October in Croatian: the Polish reading is kept.

const WORD = '[\\p{L}]+\\.?';
const FILLER = '(?:\\s*(?:de|del|di|des|of|den|the)\\s+|[\\s.,/-]+)';

const pad = (n: number): string => String(n).padStart(2, '0');

function day(y: number, m: number, d: number): string | null {
  if (y < 100) y += y >= 70 ? 1900 : 2000;
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The month a name or abbreviation stands for ("Nov.", "novembre", "ноября"), in the languages above. */
export function month(word: string): number | null {
  return MONTH.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray, dayFirst: boolean) => string | null }[] = [
  // 2018-08-25, 2018/08/25, 2018.08.25
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u, read: (m) => day(+m[1], +m[2], +m[3]) },
  // 2024년 5월 3일, 2024年5月3日
  { re: /(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/u, read: (m) => day(+m[1], +m[2], +m[3]) },
  // 18 NOV 2019, 18. November 2019, 3 de mayo de 2024, 25 августа 2018 г.
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?${FILLER}(${WORD})${FILLER}(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => {
      const mo = month(m[2]);
      return mo ? day(+m[3], mo, +m[1]) : null;
    },
  },
  // November 18, 2019; Nov. 18 2019; mayo 3, 2024
  {
    re: new RegExp(`(?<![\\p{L}])(${WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    read: (m) => {
      const mo = month(m[1]);
      return mo ? day(+m[3], mo, +m[2]) : null;
    },
  },
  // 18.11.2019, 18/11/2019, 11/18/2019 (the month first only where the day cannot be, or for US English)
  {
    re: /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.])/u,
    read: (m, dayFirst) => {
      const a = +m[1];
      const b = +m[3];
      if (m[2] === '.' || (dayFirst && a <= 31 && b <= 12) || b > 12) return day(+m[4], b, a);
      return day(+m[4], a, b);
    },
  },
];

/**
 * The first calendar day written in `text`, as YYYY-MM-DD, or null. `lang`
 * (the page's language) decides "03/04/2019": month first only in US English.
 */
export function parseWrittenDate(text: string, lang: string | null = null): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || !/\d/.test(t)) return null;
  const dayFirst = !/^en-us\b/i.test(lang ?? '') && !/^en$/i.test(lang ?? '');
  let best: { at: number; value: string } | null = null;
  for (const p of PATTERNS) {
    const m = p.re.exec(t);
    if (!m) continue;
    const value = p.read(m, dayFirst);
    // The earliest date in the text is the one its label introduces ("Published 3 May, updated 4 May").
    if (value && (!best || m.index < best.at)) best = { at: m.index, value };
  }
  return best?.value ?? null;
}
