/**
 * Hands text to the browser as a download. A Blob URL from the extension's own page: nothing leaves the
 * machine, and the page never builds a URL from user text.
 */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
