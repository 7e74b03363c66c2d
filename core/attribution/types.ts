export type SpeakerKind = 'person' | 'organization' | 'unnamed';
export type ClaimKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  id: string;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  mentions: number;
}

/** A claim as attribution finds it: offsets into the article text it was given. */
export interface FoundClaim {
  id: string;
  speakerId: string;
  speaker: string;
  text: string;
  kind: ClaimKind;
  cue: string;
  confidence: number;
  /** Offsets of the claim's text inside the article text passed to `attribute`. */
  start: number;
  end: number;
}

export interface AttributionInput {
  /** The article's paragraphs, in order (block texts from the extractor). */
  paragraphs: { text: string; start: number }[];
  /** Author names from the byline: never speakers. */
  authors?: string[];
}

export interface AttributionResult {
  speakers: Speaker[];
  claims: FoundClaim[];
  /**
   * Paragraphs the rules failed on. Each is read as giving no claims, so that one odd paragraph on some
   * page cannot cost the reader the whole analysis; the benches and fixture tests expect none.
   */
  unreadParagraphs: number;
}
