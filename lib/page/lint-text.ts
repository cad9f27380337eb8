import { isTextField } from './insert/read';

/** A composer's text as the lint sees it, and the way back from a character offset to a place in the DOM. */
export interface ComposerText {
  text: string;
  /** The DOM position of a UTF-16 offset into `text`; `side` picks the node after (start) or before (end) a boundary. */
  locate(offset: number, side: 'start' | 'end'): [Node, number] | null;
}

interface Segment {
  node: Node;
  start: number;
  end: number;
}

const BLOCK = /^(address|article|blockquote|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|ol|p|pre|section|table|tr|ul)$/;

/**
 * Walks the editor's DOM once: text nodes give their characters, <br> and block boundaries a line break. The same walk
 * serves the lint (offsets into this text) and the fixes (offsets back to text nodes), so both always agree.
 */
export function readComposer(editable: HTMLElement): ComposerText {
  if (isTextField(editable)) {
    const text = editable.value;
    return { text, locate: (offset) => (offset >= 0 && offset <= text.length ? [editable, offset] : null) };
  }
  const segments: Segment[] = [];
  let text = '';
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data) continue;
        segments.push({ node: child, start: text.length, end: text.length + data.length });
        text += data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const name = el.localName;
        if (name === 'br') {
          text += '\n';
          continue;
        }
        if (name === 'style' || name === 'script' || el.getAttribute('contenteditable') === 'false' || el.getAttribute('aria-hidden') === 'true') continue;
        const block = BLOCK.test(name);
        if (block) newline();
        walk(el);
        if (block) newline();
      }
    }
  };
  walk(editable);
  // A trailing <br> (the editors' caret holder) or block break is not part of what the person wrote.
  const trimmed = text.replace(/\n+$/, '');
  return {
    text: trimmed,
    locate(offset, side) {
      if (offset < 0 || offset > trimmed.length) return null;
      if (!segments.length) return [editable, 0];
      let best: Segment | null = null;
      for (const s of segments) {
        if (offset < s.start) break;
        if (offset > s.end) continue;
        best = s;
        // At a boundary between two nodes, a span's start belongs to the next node, its end to the previous one.
        if (side === 'end' || offset < s.end) break;
      }
      if (best) return [best.node, offset - best.start];
      // Between blocks (a line break we added): the start of the next text node, or the end of the previous one.
      const next = segments.find((s) => s.start >= offset);
      if (side === 'start' && next) return [next.node, 0];
      const prev = [...segments].reverse().find((s) => s.end <= offset);
      return prev ? [prev.node, prev.end - prev.start] : next ? [next.node, 0] : null;
    },
  };
}
