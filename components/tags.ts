/** Tags as typed ("a, b, a") to the stored list: trimmed, no empties, no repeats. */
export function parseTags(input: string): string[] {
  return [...new Set(input.split(',').map((t) => t.trim()).filter(Boolean))];
}
