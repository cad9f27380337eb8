/** Offers text as a file: a Blob URL on a temporary link, revoked once the browser has taken it. */
export function downloadCsv(name: string, text: string, doc: Document = document) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const csvName = (what: 'log' | 'metrics', now: Date) => `cocktail-${what === 'log' ? 'journal' : 'mesures'}-${now.toISOString().slice(0, 10)}.csv`;
