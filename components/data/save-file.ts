/** Offers a text file as a download from an extension page. */
export function downloadText(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export const reasonOf = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e)).slice(0, 300);
