/**
 * Newsmark's export formats, each a pure function of an `ExportLibrary` (or its articles) to the
 * file's text, and the backup's import. The library page maps its records to `ExportLibrary`, calls
 * one of these and hands the text to a download named by `exportFileName`.
 */
export type * from './types';
export { bylineAuthors, cslName, type CslName } from './names';
export { exportFileName, slug } from './file-name';
export { toWebAnnotation, toWebAnnotationJson, type WebAnnotationOptions } from './web-annotation';
export {
  DEFAULT_MAX_ANNOTATIONS, DEFAULT_MAX_BYTES, parseWebAnnotationImport,
  type ImportFormat, type ImportOptions, type ImportResult, type ImportVocabulary,
} from './web-annotation-import';
export { planImport, type ImportCounts, type ImportPlan, type ConflictNote } from './import-plan';
export { toMarkdown } from './markdown';
export { toCsv } from './csv';
export { toCslItems, toCslJson, type CslItem } from './csl-json';
export { toBibtex } from './bibtex';
export { toRis } from './ris';
export { toClaimReviewJson, toClaimReviews, type ClaimReviewOptions } from './claim-review';

/** File extension and media type of each format, for the download. */
export const EXPORT_FORMATS = {
  jsonld: { extension: 'jsonld', type: 'application/ld+json' },
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  cslJson: { extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
  bibtex: { extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems' },
  claimReview: { extension: 'claimreview.jsonld', type: 'application/ld+json' },
} as const;
