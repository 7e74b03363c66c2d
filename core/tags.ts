/**
 * Tags are matched without regard to case: "Climate" and "climate" are one tag to the reader, in the
 * tag list, the search filter, a rename or a merge. What is stored is left as typed (no migration, nothing
 * rewritten behind the reader's back); where one tag has several spellings the one on its earliest
 * highlight is shown, so a tag keeps the spelling it was first given.
 */

/** The form two spellings of one tag share (Unicode composed, lower case). */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}

export function sameTag(a: string, b: string): boolean {
  return tagKey(a) === tagKey(b);
}

/** Counts tags across highlights by key, remembering the spelling of the earliest one (`at`: when it was made). */
export class TagTally {
  private readonly byKey = new Map<string, { tag: string; at: number; count: number }>();

  add(tag: string, at: number): void {
    const key = tagKey(tag);
    const entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, { tag, at, count: 1 });
    else {
      entry.count++;
      if (at < entry.at) Object.assign(entry, { tag, at });
    }
  }

  /** Each tag once, in its first spelling, with how many highlights carry it in any spelling; by name. */
  list(): { tag: string; count: number }[] {
    return [...this.byKey.values()]
      .map(({ tag, count }) => ({ tag, count }))
      .sort((a, b) => a.tag.localeCompare(b.tag, undefined, { sensitivity: 'base' }) || a.tag.localeCompare(b.tag));
  }
}
