/**
 * The reader's corrections to an article's citation, as stored on the article record: a type of its own
 * so model/ (types only) can name it without taking the citation code.
 */
export interface CitationCorrections {
  title?: string;
  /** One name per entry, in the order the reader gave them. */
  authors?: string[];
  siteName?: string;
  /** ISO 8601 date ("2024-03-05"), as the reader gave it. */
  published?: string;
  url?: string;
}
