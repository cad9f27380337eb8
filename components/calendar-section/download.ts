/** Offers bytes as a file from this page: a Blob URL made here, clicked, then released. */
export function downloadBytes(fileName: string, data: Uint8Array | string, type: string) {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** "cafe-boreal-calendrier-2026-03-10": file names without spaces or accents. */
export function fileStem(brandName: string, word: string, nowIso: string) {
  const slug = brandName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'cocktail'}-${word}-${nowIso.slice(0, 10)}`;
}
