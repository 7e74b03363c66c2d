/** What an import did, per kind of record (see core/export/import-plan). */
export interface ImportCounts {
  added: number;
  unchanged: number;
  updated: number;
  keptLocal: number;
}

export interface ImportOutcome {
  counts: Record<'article' | 'highlight' | 'claim', ImportCounts>;
  /** Records edited here after the file was made: the library's copy was kept. */
  conflicts: number;
  /** Collections new to the library, and the names of ours that same-named ones of the file were merged into. */
  collections?: { added: number; merged: string[] };
}
