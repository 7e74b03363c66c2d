/**
 * Schema version 1: the walking skeleton. Frozen: a shipped schema never
 * changes; later versions describe what changed and how to upgrade.
 *
 * Highlights were flat records (quote, selectors, colour, note). Articles knew
 * only the URL they were first saved under. No settings table.
 */
import type { TextSelector } from '../../core/anchoring/types';

export const V1_STORES = {
  articles: 'key, url, savedAt, updatedAt',
  highlights: 'id, articleKey, created',
  claims: 'id, articleKey',
  reactions: 'articleKey',
} as const;

export interface V1Article {
  key: string;
  url: string;
  title: string | null;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  savedAt: number;
  updatedAt: number;
}

export interface V1Highlight {
  id: string;
  articleKey: string;
  url: string;
  quote: string;
  selectors: TextSelector[];
  color: string;
  note: string;
  created: number;
  modified: number;
}

export interface V1Claim {
  id: string;
  articleKey: string;
  quote: string;
  speaker: string;
  status: string;
  note: string;
  modified: number;
}

export interface V1Reaction {
  articleKey: string;
  reaction: string;
  at: number;
}
