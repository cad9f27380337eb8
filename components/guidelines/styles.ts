/** Inline styles on the --ck-* variables, with fallbacks, so they also work in on-page shadow roots without base.css. */
const v = (name: string, fallback: string) => `var(--ck-${name}, ${fallback})`;
export const color = {
  bg: v('bg', 'Canvas'),
  fg: v('fg', 'CanvasText'),
  muted: v('muted', 'GrayText'),
  accent: v('accent', '#0b63ce'),
  error: v('error', '#c62f22'),
  warn: v('warn', '#9a6200'),
  border: v('border', '#d6dce4'),
};

export const severityColor = { error: color.error, warning: color.warn, hint: color.muted } as const;

export const s = {
  badge: {
    display: 'inline-flex', alignItems: 'center', justifyContent: 'center', minWidth: '20px', height: '20px', padding: '0 6px',
    borderRadius: '10px', fontSize: '12px', fontWeight: 700, lineHeight: 1, border: `1px solid ${color.border}`, background: color.bg,
    cursor: 'pointer', font: 'inherit',
  },
  list: { listStyle: 'none', margin: 0, padding: 0, color: color.fg, background: color.bg },
  item: { display: 'flex', gap: '8px', alignItems: 'flex-start', padding: '6px 0', borderBottom: `1px solid ${color.border}` },
  tag: { fontSize: '11px', fontWeight: 700, textTransform: 'uppercase', letterSpacing: '0.03em', minWidth: '5.5em' },
  excerpt: { fontFamily: 'ui-monospace, monospace', fontSize: '12px', color: color.muted, whiteSpace: 'pre-wrap', wordBreak: 'break-word' },
  fix: { marginLeft: 'auto', whiteSpace: 'nowrap', border: `1px solid ${color.accent}`, color: color.accent, background: 'transparent', borderRadius: '6px', padding: '2px 8px', cursor: 'pointer', font: 'inherit' },
  section: { border: `1px solid ${color.border}`, borderRadius: '8px', padding: '8px 12px', margin: '0 0 12px', color: color.fg },
  legend: { fontWeight: 700, padding: '0 4px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '12px', alignItems: 'flex-end' },
  field: { display: 'flex', flexDirection: 'column', gap: '2px', margin: '0 0 8px', minWidth: '8em' },
  label: { fontWeight: 600, fontSize: '13px' },
  input: { font: 'inherit', color: color.fg, background: color.bg, border: `1px solid ${color.border}`, borderRadius: '6px', padding: '4px 6px' },
  invalid: { borderColor: color.error },
  error: { color: color.error, fontSize: '12px' },
  muted: { color: color.muted, fontSize: '12px' },
  preview: { position: 'sticky', top: 0, border: `1px solid ${color.border}`, borderRadius: '8px', padding: '8px 12px', background: color.bg },
} as const;
