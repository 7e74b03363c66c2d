import type { TextPoint } from '../anchoring/types';
import type { SourceName } from './metadata/candidates';

/**
 * Where each citation field came from ("h1", "json-ld", "open-graph",
 * "byline", "dateline", …; see metadata/candidates.ts), null when no source
 * gave one: what the popup's citation block can show beside each value.
 */
export interface MetadataSources {
  title: SourceName | null;
  authors: SourceName | null;
  published: SourceName | null;
  modified: SourceName | null;
  siteName: SourceName | null;
  description: SourceName | null;
  canonicalUrl: SourceName | null;
  language: SourceName | null;
}

export interface ArticleMetadata {
  title: string | null;
  /** Authors' names only, joined with ", ". */
  byline: string | null;
  /** The same names, one per entry. */
  authors: string[];
  siteName: string | null;
  /** ISO 8601. */
  published: string | null;
  modified: string | null;
  canonicalUrl: string | null;
  language: string | null;
  description: string | null;
  image: string | null;
  /** Where each field came from. */
  sources: MetadataSources;
  /** The other headlines the page declares (og:title, JSON-LD headline, …), when they differ from `title`. */
  alternateTitles: { value: string; source: SourceName }[];
}

/** One block of the article body (paragraph, heading, list item, quote, table row). */
export interface ArticleBlock {
  /** The live element in the document given to the extractor. */
  element: Element;
  /** The block's text, whitespace collapsed. */
  text: string;
  /** Offset of `text` inside `ExtractedArticle.text`. */
  start: number;
}

export interface ExtractedArticle extends ArticleMetadata {
  isArticle: boolean;
  /** Block-aware plain text: blank line between blocks, `<br>` as "\n". */
  text: string;
  /** Root element of the article in the live document (null when none found). */
  root: Element | null;
  blocks: ArticleBlock[];
  /**
   * The page as given showed no story and its text was read from the data
   * the page ships for its script (a hydration payload, JSON-LD
   * articleBody): nothing in it is on the page yet, so `pointAt` gives null,
   * `root` is null and every block's element is the page's body.
   */
  fromPageData?: boolean;
  /**
   * The page's JSON-LD blocks as parsed once by the metadata reader (leniently, see
   * metadata/relaxed-json.ts), for other readers of them (the page's fact-check verdicts).
   */
  jsonLd: readonly unknown[];
  /**
   * Maps a character offset in `text` to the DOM point it was copied from,
   * so claims found in the text can be pointed at on the page. Returns null
   * for characters the extractor synthesised (block separators).
   */
  pointAt(offset: number): TextPoint | null;
}
