import { isDateLine } from './dates';

/**
 * Authors' names out of whatever a page calls its byline: "By Ana Ruiz and
 * Tom Becker, Staff Writers | Updated Nov. 3" becomes ["Ana Ruiz", "Tom
 * Becker"]. Roles, dates, e-mail addresses and profile URLs are dropped, since
 * the byline feeds citations and tells attribution who is not a speaker.
 */

const LEAD_IN =
  /^\s*(?:(?:text|texte|testo)\s*[:：]\s*|(?:(?:written|reported|posted|published|story|text|texto|words|report|compiled|geschrieben|escrito|écrit|scritto|skrevet|geschreven|publicado|publicada|publié|publiée|pubblicato|veröffentlicht|gepubliceerd)\s+)?(?:by|from|por|par|von|di|door|av|af|oleh|текст|автор|авторы|autor|autorin|autorin\/autor|autoren|auteur|autore|tekst)\s*[:：\s]\s*)/iu;

const ROLE_WORDS =
  /\b(?:writer|writers|editor|editors|correspondent|correspondents|reporter|reporters|staff|contributing|columnist|producer|photographer|journalist|analyst|critic|chief|senior|associate|bureau|special to|for the|news service|updated|published|posted|follow|view all|more from|profile|twitter|email)\b/i;

/**
 * A follow button's word glued after a name ("Kevin O'Brien Follow", "Erik Lind Följ"): it and what
 * follows it (the next line, a role) are no part of the name. Only after a name: alone it is no name at all.
 */
const FOLLOW_TAIL = /(?<=\p{L}[.'’]?)\s+(?:follow|folgen|suivre|seguir|segui|seguici|volg|volgen|följ|følg|obserwuj|подписаться|стежити|팔로우|フォロー)(?![\p{L}]).*$/iu;

/**
 * Links beside a byline to the author's other pieces ("See all articles", "Zobacz wszystkie artykuły",
 * "Alle Artikel", "Все статьи"): text of the page, never a name.
 */
const MORE_BY =
  /(?<![\p{L}])(?:see all|view all|all (?:articles|stories|posts)|more (?:articles|stories)|alle (?:artikel|beiträge|artikelen|artikler)|mehr (?:artikel|von)|tous (?:les|ses) articles|plus d'articles|(?:ver )?todos (?:los artículos|os artigos)|ver más|tutti gli articoli|altri articoli|zobacz wszystkie|wszystkie artykuły|więcej artykułów|alla artiklar|все (?:статьи|материалы|публикации)|всі (?:статті|матеріали)|tüm yazıları)(?![\p{L}])/iu;

function cleanOne(raw: string): string | null {
  // A profile link or address in brackets after the name is not part of it.
  let name = raw.replace(/\([^)]*(?:https?:|www\.|@)[^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  name = name.replace(LEAD_IN, '');
  name = name.replace(/^[-–—|:,\s]+|[-–—|:,\s]+$/g, '');
  name = name.replace(FOLLOW_TAIL, '').trim();
  const more = MORE_BY.exec(name);
  if (more) name = name.slice(0, more.index).replace(/[-–—|:,\s]+$/, '');
  if (!name || name.length > 60) return null;
  if (/https?:\/\/|www\.|@|\.com\b/i.test(name)) return null;
  if (isDateLine(name) || /\d{2}/.test(name)) return null;
  if (ROLE_WORDS.test(name)) return null;
  if (!/\p{L}/u.test(name)) return null;
  // Names are a few words without sentence punctuation; longer text is a headline or a blurb.
  if (name.split(' ').length > 5 || /[:?!“”"]/.test(name)) return null;
  // Initials alone ("J J", an avatar's letters) name nobody.
  if (!name.split(' ').some((w) => w.replace(/\./g, '').length >= 2)) return null;
  return name;
}

const DATE_TAIL =
  /\s*(?:[|•·,–—-]\s*)?(?:(?<![\p{L}])(?:publié|publiée|mis à jour|veröffentlicht)(?![\p{L}]).*|\b(?:updated|published|posted|publicado|publicada|aktualisiert|pubblicato|gepubliceerd|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d.*|\b\d.*)$/iu;

/** Credits for work other than writing ("Edited by", "Photos by") end the list of authors. */
const OTHER_ROLES =
  /\s*(?:[|•·,;/–—-]\s*)?(?:\b(?:edited|photos?|photographs?|photography|illustrations?|illustrated|graphics|video|produced|translated|reviewed|fact[- ]checked|additional reporting)\s+by\b|(?<![\p{L}])(?:editado|editada|revisado|revisada|fotos?|traducido|traduzido|redigiert|bearbeitet|übersetzt|édité|éditée|révisé|traduit|a cura|tradotto)\s+(?:por|von|par|di)(?![\p{L}])|(?<![\p{L}])(?:фото|фотографии|видео|иллюстрации|фотограф|foto|fotos|fotografie|fotografía|fotografia|photo|photos|bild|bilder|zdjęcia|zdjęcie|grafik|grafika|kuva|kuvat)\s*[:：]).*$/iu;

/** A calendar date, and perhaps a time, heading a line of metadata, with the separator after it. */
const LEADING_DATE = /^(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(?:,?\s+\d{1,2}[:h.]\d{2})?)\s*(?:[-–—|•·,]\s*)?(?=\p{L})/u;

const CREDENTIAL = /^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?\s?D\.?|M\.?\s?S\.?|M\.?\s?A\.?|B\.?\s?A\.?|Jr\.?|Sr\.?|II|III)$/;

/** Splits a byline into names; an empty list when nothing looks like a name. */
/**
 * Chinese credits put the role before each name ("记者 王磊 通讯员 陈晓", "文/李娜 图/张伟"): the writing
 * roles (reporter, correspondent, intern, text) credit authors; the photographer and the editor do not.
 */
const CN_LABELS = '本报记者|本報記者|特约记者|特約記者|见习记者|見習記者|实习生|實習生|记者|記者|通讯员|通訊員|撰文|作者|摄影|攝影|责任编辑|責任編輯|编辑|編輯|文|图|圖';
const CN_ROLE = new RegExp(`(${CN_LABELS})\\s*[:：/／]?\\s*`, 'gu');
/** The first role needs its separator ("记者 王磊", "文/李娜"): "记者会上…" (at the press conference) is a sentence. */
const CN_CREDIT_START = new RegExp(`^(?:${CN_LABELS})(?:\\s+|\\s*[:：/／]\\s*)\\p{Script=Han}`, 'u');
const CN_WRITING = /^(?:本报记者|本報記者|特约记者|特約記者|见习记者|見習記者|实习生|實習生|记者|記者|通讯员|通訊員|撰文|作者|文)$/u;

function chineseCredit(text: string): string[] | null {
  if (!CN_CREDIT_START.test(text)) return null;
  const parts = text.split(CN_ROLE);
  const names: string[] = [];
  // split() with a capture group: ["", role, names, role, names, …].
  for (let i = 1; i + 1 < parts.length; i += 2) {
    if (!CN_WRITING.test(parts[i])) continue;
    for (const n of parts[i + 1].split(/[\s、，,;；]+/u)) if (/^\p{Script=Han}{2,4}$/u.test(n) && !names.includes(n)) names.push(n);
  }
  return names;
}

export function parseByline(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const cn = chineseCredit(raw.replace(/\s+/g, ' ').trim());
  if (cn) return cn;
  // "05/10/2018 - Publicado por: Ana Ruiz": a date heading the line is not part of the names after it.
  // Its lead-in goes first too: "Publicado por" would otherwise read as a date's label and end the line there.
  const text = raw.replace(/\s+/g, ' ').trim().replace(LEADING_DATE, '').replace(LEAD_IN, '');
  // What follows a bar or a line of dates is the role or timestamp, never more names.
  // A date or time after the names ends the byline ("By Nathan Willis March 25, 2015").
  const undated = text.replace(OTHER_ROLES, '').replace(DATE_TAIL, '');
  // A dash before a labelled field ("Ana Ruiz - Categoria: Saúde - Tags: …") ends the names too.
  const head = undated.split(/\s[|•·]\s|\s[-–—]\s(?=(?:updated|published|posted|\d|[A-Z][a-z]{2,8}\.? \d|[\p{L}]+\s*:))/iu)[0];
  // "y", "e", "et", "und" join names only in lower case: "Sarah E. Needleman" is one name.
  // "&" between two single words names one thing ("Mac & i", "Town & Country"), not two people.
  const unsplit = head.replace(LEAD_IN, '').replace(/(^|[,;]\s*)([\p{L}.'’-]+)\s*&\s*([\p{L}.'’-]+)(?=\s*(?:[,;]|$))/gu, '$1$2\u0000$3');
  const pieces = unsplit
    // Word edges of any script: in "Ayşe Demir" the "e" after "ş" is no conjunction (\b knows only ASCII letters).
    .split(/\s*(?:,|;|(?<!\p{L})(?:[Aa]nd|AND|und|et|y|e|[Ww]ith)(?!\p{L})|&)\s*/u)
    .map((p) => p.replace(/\u0000/g, ' & '));
  const names: string[] = [];
  for (const [i, piece] of pieces.entries()) {
    // Letters after a name are credentials ("Ana Ruiz, MS, RDN"), not more people.
    if (i > 0 && names.length > 0 && CREDENTIAL.test(piece.trim())) continue;
    const name = cleanOne(piece);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * "Kooman, F." as "F. Kooman": one person written surname first, the way
 * catalogues and citation tags do. Only for values known to name one person.
 */
export function uninvertName(value: string): string {
  const m = /^\s*([^,]+?)\s*,\s*([^,]+?)\s*$/.exec(value);
  if (!m || CREDENTIAL.test(m[2]) || m[1].split(/\s+/).length > 3 || m[2].split(/\s+/).length > 3) return value;
  return `${m[2]} ${m[1]}`;
}

/** Merges name lists from several sources, keeping the first spelling of each. */
export function mergeNames(lists: string[][]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const name of list) {
      const key = name.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out;
}
