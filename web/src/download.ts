/** Offers text as a file download (a Blob behind a temporary link). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the Blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
