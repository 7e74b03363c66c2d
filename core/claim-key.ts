/** Claims are matched to stored statuses by text, insensitive to spacing, case and quote marks. */
export function claimMatchKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One stored status per claim text per article: marking it again replaces the old verdict. */
export function claimRecordId(articleKey: string, quote: string): string {
  return `${articleKey}#${claimMatchKey(quote)}`;
}
