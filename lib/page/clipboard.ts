/** Puts plain text on the clipboard; the older copy command from a hidden field inside our own shadow root if refused. */
export async function copyText(text: string, scratch: ParentNode & Node): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const doc = scratch.ownerDocument ?? document;
    const field = doc.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.setAttribute('style', 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0');
    scratch.appendChild(field);
    field.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}
