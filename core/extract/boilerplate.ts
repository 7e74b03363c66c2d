import { classAndId, tagOf } from './dom';

/**
 * Boilerplate recognised from the page's own vocabulary: tags, ARIA roles and
 * class/id words. Site builders name their widgets after what they are
 * ("share-bar", "newsletter-signup", "most-read"), across languages of markup
 * if not of text, which is why these words generalise to sites never seen.
 * Words are matched at token boundaries (`-`, `_`, space, camelCase is lowered
 * so it only matches whole), so "ad" hits "ad-slot" but not "header" or "read".
 */

/** Widgets that never hold the story, whatever else their class says. */
const ALWAYS_BOILERPLATE =
  /(?:^|[\s_-])(?:comments?|comment-?list|disqus|respond|replies|share|shares|sharing|sharebar|sociable|addthis|sharethis|newsletters?|subscribe|subscription|signup|sign-up|related|relatedposts|recommended|recommendations?|most-?read|most-?popular|mostpopular|popular|trending|outbrain|taboola|cookies?|consent|gdpr|cmp|advert|adverts|advertisement|advertising|ads|ad|adslot|ad-slot|dfp|gpt|adsense|sponsor|sponsored|promo|promos|promotion|paid-content|reactions?|emoji|breadcrumbs?|skip-link|screen-reader-text|sr-only|visually-hidden|visuallyhidden|print-only|modal|popup|overlay|read-?next|up-?next|more-?stories|also-?read|further-?reading|author-?bio|about-?author|bio|author-?info|author-?box|author-?container|author-?description|contributor-?bio|tags|tag-?list|taglist|keywords|jump-?link|noscript|read-?time|reading-?time|dek|standfirst|kicker)(?=$|[\s_-])/;

/** Text by readers or about the reader's consent: never the story, even on pages whose story box is misnamed. */
const READER_CONTRIBUTED = /(?:^|[\s_-])(?:comments?|comment-?list|disqus|respond|replies|cookies?|consent|gdpr)(?=$|[\s_-])/;

export function isReaderContributed(hints: string): boolean {
  return hints !== '' && READER_CONTRIBUTED.test(hints);
}

/** Page furniture that sometimes, by careless naming, wraps the story too. */
const LIKELY_BOILERPLATE =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|social|socials|masthead|header|footer|sidebar|side-?bar|rail|widget|widgets|banner|toolbar|pagination|pager|skyscraper|byline|dateline|credit|credits|copyright|caption-credit|meta|post-meta|entry-meta|article-meta)(?=$|[\s_-])/;

/** Words sites give to the story's own containers. */
const CONTENT_HINT =
  /(?:^|[\s_-])(?:article|articles|body|content|entry|main|story|post|text|blog|column|prose|rich-?text|article-?body|story-?body|post-?content|entry-?content|embed|embedded|tweet|twitter-tweet|instagram-media)(?=$|[\s_-])/;

const LIKELY_HEAD_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'social', 'socials', 'masthead', 'header', 'footer', 'sidebar', 'rail', 'widget',
  'widgets', 'banner', 'toolbar', 'pagination', 'pager', 'skyscraper', 'byline', 'dateline', 'credit', 'credits',
  'copyright', 'meta',
]);

const CONTENT_HEAD_WORDS = new Set(['article', 'body', 'content', 'entry', 'story', 'post', 'text', 'embed', 'tweet', 'quote', 'blockquote']);

/**
 * Component class names put the thing last ("article__byline",
 * "story-footer", "post-meta"): the leading word says where it sits, the last
 * word what it is. A furniture word in that last place wins over a story word
 * in front of it.
 */
function furnitureByHeadWord(hints: string): boolean {
  let furniture = false;
  for (const name of hints.split(/\s+/)) {
    const words = name.split(/[-_]+/).filter((w) => w !== '' && !/^\d+$/.test(w));
    if (words.length === 0) continue;
    const head = words[words.length - 1];
    // Another class naming the element as content ("widget tweet") keeps it.
    if (CONTENT_HEAD_WORDS.has(head)) return false;
    if (LIKELY_HEAD_WORDS.has(head)) furniture = true;
  }
  return furniture;
}

/** Class names that hide an element in every stylesheet that uses them. */
const HIDING_CLASS = /(?:^|\s)(?:hidden|hide|is-hidden|d-none|invisible|visually-hidden|visuallyhidden|sr-only|screen-reader-text|offscreen)(?=$|\s)/;

const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu']);
/** Landmarks around the content: trusted in both passes. */
const LANDMARK_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);
/**
 * Rows of controls: they hold tabs, buttons and menu items, never prose. A
 * story inside one is a misuse (a reading-mode switcher wrapping its panels
 * in role="tablist"), so the relaxed pass does without these.
 */
const CONTROL_ROLES = new Set(['menu', 'menubar', 'toolbar', 'tablist']);

/** Class/id weight in the spirit of Readability: positive for story words, negative for furniture. */
export function hintWeight(hints: string): number {
  if (!hints) return 0;
  let weight = 0;
  if (ALWAYS_BOILERPLATE.test(hints) || LIKELY_BOILERPLATE.test(hints)) weight -= 25;
  if (CONTENT_HINT.test(hints)) weight += 25;
  return weight;
}

/**
 * True when an element is boilerplate by its markup alone. `inSentence` says
 * the element is phrasing content with prose right beside it. `strict` is the
 * normal mode; the extractor retries with it off when everything got thrown
 * away, which is what happens on the rare site that calls its story "share".
 */
export function isBoilerplateElement(el: Element, strict: boolean, hints: string = classAndId(el), inSentence = false): boolean {
  const tag = tagOf(el);
  if (tag === 'body' || tag === 'html' || tag === 'main') return false;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role')?.toLowerCase();
  if (role && LANDMARK_ROLES.has(role)) return true;
  if (hints && HIDING_CLASS.test(hints)) return true;
  // Even the relaxed pass never reads comments or consent banners as the story:
  // on a short news brief they are the longest text on the page.
  if (!strict) return isReaderContributed(hints);
  if (role && CONTROL_ROLES.has(role)) return true;
  if (BOILERPLATE_TAGS.has(tag)) return tag !== 'header' || !inSection(el);
  if (tag === 'article') return false;
  // Words of a sentence are never furniture, whatever their link is called
  // ("popup" glossary links, "tooltip" spans): cutting them garbles the text.
  if (!hints || inSentence) return false;
  if (ALWAYS_BOILERPLATE.test(hints)) return true;
  if (LIKELY_BOILERPLATE.test(hints) && (!CONTENT_HINT.test(hints) || furnitureByHeadWord(hints))) return true;
  return false;
}

/**
 * Inside a <section> or <main> of a page that is not an <article>: a <header>
 * there heads one part of the page's content (a product page, a guide), it is
 * not the masthead. Inside an article, headers hold headline, byline and
 * standfirst, or head embedded graphics, and stay out.
 */
function inSection(el: Element): boolean {
  let section = false;
  for (let p = el.parentNode as Element | null; p && p.nodeType === 1; p = p.parentNode as Element | null) {
    const t = tagOf(p);
    if (t === 'article') return false;
    if (t === 'section' || t === 'main') section = true;
  }
  return section;
}

/** Short labels that stand in for an ad or point past one. */
const AD_LABEL =
  /^(?:advertisement|advertisment|advertising|advert|ad|ads|sponsored|sponsored content|paid content|anzeige|publicidad|publicité|pubblicità|publicidade|reklama|werbung|(?:story|article|content) continues (?:below|after)(?: (?:this|the))? ?(?:advertisement|ad)?|continue reading (?:below|the main story)|scroll to continue(?: with content)?)\.?$/i;

export function isAdLabel(text: string): boolean {
  return text.length <= 60 && AD_LABEL.test(text.trim());
}

/**
 * Photo and image credits, as they appear under pictures and inside captions.
 * A dash counts as the separator only with space around it: "Photo - AP" is a
 * credit, "Picture-in-Picture" or "Video-on-demand" is a word.
 */
const CREDIT_LINE =
  /^(?:\(?(?:photo|photos|photograph|image|images|picture|pic|illustration|video|graphic|credit|credits|source|foto|fotos|bild|imagem|imagen)(?:\s+(?:credit|credits|by|source))?(?:\s*[:/|©]|\s+[-–—]\s)|©|\(c\)\s|copyright\b)/i;

/** A credit at the end of a caption-like line ("installation views, photos © Studio, 2018"). */
const TRAILING_CREDIT = /©|\bphotos? by\b/i;

export function isCreditLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 120 && (CREDIT_LINE.test(t) || TRAILING_CREDIT.test(t));
}

/**
 * Short lines that address the reader instead of telling the story: share
 * prompts, "also on" pointers, sign-up and follow calls. They are written in
 * the site's voice around every story, so their openings are a stable tell.
 */
const CALL_TO_ACTION =
  /^(?:like this (?:story|article)|share (?:this|it|your)\b|follow (?:us|me)\b|sign up\b|subscribe (?:to|now|for|here)\b|don['’]t miss\b|click here\b|check out (?:more|our)\b|download (?:our|the) app\b|get (?:the|our) (?:\w+ )?newsletter\b|have a tip\?|tell us what you think\b|what do you think\?|leave a (?:comment|reply)\b|also on [\w-]+\.[a-z]{2,}\b|get the latest\b|.{0,120}\bclick(?:ing)? here\b)/i;

/** Section labels pointing elsewhere ("More stories", "Related:", and the same in the main languages of news): only ever a few words long. */
const POINTER_LABEL =
  /^(?:you (?:may|might) also (?:like|enjoy)\b|recommended(?: for you)?\b|related(?: (?:articles?|stories|posts|content|coverage))?\s*:?$|related\s*:|trending(?: (?:now|articles|stories|news|posts))?\s*:?$|read next\b|read more\b|read also\b|also read\b|also on\b|also\s*:|see also\b|more on this\b|more (?:\S+ ){0,3}(?:stories|news|articles|coverage|reading)\b|most (?:read|popular|viewed|shared)\b|(?:latest|top) (?:news|stories|headlines)\s*:?$|editor['’]s picks\b|(?:dans|sur) le même (?:sujet|thème)\b|(?:à )?lire aussi\b|(?:à )?voir aussi\b|vous aimerez (?:aussi|également)\b|les plus lus\b|articles? (?:similaires|liés)\b|(?:lea|lee) (?:también|más)\b|ver también\b|(?:también )?te puede interesar\b|noticias relacionadas\b|lo más (?:leído|visto)\b|más noticias\b|(?:leia|veja) também\b|(?:você )?(?:também )?pode gostar\b|mais lid[ao]s\b|notícias relacionadas\b|mehr zum thema\b|lesen sie auch\b|das könnte (?:sie|dich) auch interessieren\b|meistgelesen\b|weitere (?:artikel|nachrichten|themen)\b|leggi anche\b|potrebbe interessarti\b|articoli correlati\b|(?:i )?più lett[ie]\b|lees ook\b|meer nieuws\b)/i;

export function isPointerLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= 70 && POINTER_LABEL.test(t);
}

export function isCallToAction(text: string): boolean {
  const t = text.trim();
  return (t.length <= 160 && CALL_TO_ACTION.test(t)) || isPointerLabel(t);
}

/**
 * A byline line: "By Ana Ruiz", "BY: Tom Becker, MS | Nov. 3": a name-case
 * word right after the lead-in, and short. "By the time crews arrived, ..."
 * is a sentence, not a byline: its next word is not capitalised.
 */
const BYLINE_LINE = /^[|•·\s]*(?:By|BY|Written by|Words by|Reported by|Por|POR|Par|PAR|Von|VON|Di|Door)\s*:?\s+\p{Lu}/u;

/** The kind of piece named before the byline: "Kommentar von …", "Analysis by …", "Una crónica de …" is still a byline. */
const GENRE_BEFORE_BYLINE =
  /^[|•·\s]*(?:an? |ein |eine |un |una |une )?(?:commentary|analysis|opinion|column|review|interview|essay|kommentar|analyse|kolumne|reportage|gastbeitrag|análisis|opinión|crónica|chronique|tribune|analisi|commento|editoriale)\s+(?=(?:by|von|por|par|di|door)\s)/i;

function capitalLeadIn(t: string): string {
  const rest = t.replace(GENRE_BEFORE_BYLINE, '');
  return rest === t ? t : rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Capitalised words that start sentences after "By", not names. */
const NOT_A_NAME =
  /^[|•·\s]*\S+\s*:?\s+(?:the|this|that|these|those|then|now|a|an|its|his|her|their|our|my|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|noon|midnight|contrast|comparison|law|far|late|early|mid|next|last)\b/i;

export function isBylineLine(text: string): boolean {
  const t = capitalLeadIn(text.trim());
  if (t.length > 120 || !BYLINE_LINE.test(t) || NOT_A_NAME.test(t)) return false;
  // A sentence that happens to start with "By" runs on past a full stop.
  return t.split(/\s+/).length <= 14 && !/[a-z]{3,}\.\s+\p{Lu}/u.test(t);
}

/**
 * A line that is a timestamp with a few labels around it, in any language:
 * "28.4.2023 18:41 Uhr", "Stand: 22.04.2024, 06:00 Uhr", "10/07/2026 00:50
 * Actualizado a 10/07/2026 22:39", "02:57 Min. Verfügbar bis 06.05.2024".
 * Must not match a sentence with a time in it: "At 10:30 the council voted
 * to close the bridge for the winter." (too many words besides the numbers),
 * a row of figures ("225.86-12.99-5.44%") or a log line with no words.
 */
const NUMERIC_DATE = /(?:^|[\s(,;:])(?:\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2})(?=$|[\s),;|])/;

export function isTimestampLine(text: string): boolean {
  const t = text.trim();
  if (t.length > 80 || !NUMERIC_DATE.test(t)) return false;
  const words = t.match(/\p{L}{2,}/gu) ?? [];
  // No words at all is a row of data (a log line, a table of figures), not a label.
  return words.length >= 1 && words.length <= 4;
}

/** A CMS shortcode the site failed to expand ("[button link=…]Send us your review[/button]"): markup, not prose. */
const RAW_SHORTCODE = /^\[([a-z_][\w-]*)(?:\s[^\]]*)?\][\s\S]*\[\/\1\]$/i;

export function isRawShortcode(text: string): boolean {
  return RAW_SHORTCODE.test(text.trim());
}
