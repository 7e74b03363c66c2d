/**
 * Attribution runs on every news page the reader opens. A paragraph its rules fail on must cost only that
 * paragraph's claims, never the page's whole analysis.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../core/attribution/paragraph', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../core/attribution/paragraph')>();
  return {
    ...real,
    paragraphClaimsSteps: (...args: Parameters<typeof real.paragraphClaimsSteps>) => {
      if (args[0].includes('BREAKS THE RULES')) throw new Error('a rule failed');
      return real.paragraphClaimsSteps(...args);
    },
  };
});

import { run } from './helpers';

describe('a paragraph the rules fail on', () => {
  it('gives no claims, is counted, and the paragraphs around it are still read', () => {
    const r = run(
      'Mayor Ana Ruiz said the bridge would reopen in May.',
      '"It BREAKS THE RULES of this parser," a reader wrote.',
      'Engineer Tom Hale said the cables were new.',
    );
    expect(r.unreadParagraphs).toBe(1);
    expect(r.claims.map((c) => c.speaker)).toEqual(['Ana Ruiz', 'Tom Hale']);
  });
});
