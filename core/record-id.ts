/**
 * A new record id (a version 4 UUID), made where the record is made so that a
 * resent write is recognised as the same one. `crypto.randomUUID` exists only
 * in secure contexts, and a content script on a plain http:// news page is not
 * one; `crypto.getRandomValues` is everywhere.
 */
export function newRecordId(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Present but refused outside a secure context: fall through.
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
