/**
 * The panel's own styles, in px only (a page may set html{font-size:6px}), scoped under .ck-a so the same sheet
 * works inside the page's shadow root and in the popup and side panel.
 */
export const PANEL_CSS = `
.ck-a { box-sizing: border-box; font: 400 13px/18px system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--a-fg);
  background: var(--a-bg); text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none; }
.ck-a[data-scheme=light] { --a-bg: #fff; --a-fg: #1d2430; --a-muted: #5b6675; --a-border: #d3dae3; --a-surface: #f3f5f8;
  --a-accent: #0b63ce; --a-accent-fg: #fff; --a-ok: #1f7a45; --a-warn: #8a5700; --a-error: #b8281c; }
.ck-a[data-scheme=dark] { --a-bg: #1a2029; --a-fg: #eef2f7; --a-muted: #a9b3c1; --a-border: #384252; --a-surface: #232b36;
  --a-accent: #7db4ff; --a-accent-fg: #0b1320; --a-ok: #6fd39a; --a-warn: #f2c15a; --a-error: #ff8a7d; }
.ck-a *, .ck-a *::before, .ck-a *::after { box-sizing: border-box; }
.ck-a h2, .ck-a h3 { margin: 0; font-size: 13px; line-height: 18px; font-weight: 700; }
.ck-a p { margin: 0; }
.ck-a ul, .ck-a ol { margin: 0; padding: 0; list-style: none; }
.ck-a button { font: 600 12px/16px system-ui, -apple-system, "Segoe UI", sans-serif; padding: 5px 10px; border-radius: 6px;
  border: 1px solid var(--a-border); background: var(--a-surface); color: var(--a-fg); cursor: pointer; height: auto; width: auto; }
.ck-a button.ck-a-primary { background: var(--a-accent); border-color: var(--a-accent); color: var(--a-accent-fg); }
.ck-a button:focus-visible { outline: 2px solid var(--a-accent); outline-offset: 2px; }
.ck-a button[aria-disabled=true] { opacity: .6; cursor: progress; }
.ck-a-head { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin: 0 0 8px; }
.ck-a-close { padding: 2px 8px !important; }
.ck-a-meta { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
.ck-a-pill { display: inline-block; padding: 1px 8px; border-radius: 10px; border: 1px solid var(--a-border);
  background: var(--a-surface); font-size: 12px; line-height: 18px; }
.ck-a-pill b { font-weight: 600; }
.ck-a-comment { margin: 0 0 10px; padding: 6px 8px; border-left: 3px solid var(--a-border); color: var(--a-muted);
  white-space: pre-wrap; overflow-wrap: anywhere; max-height: 90px; overflow: auto; }
.ck-a-author a { color: var(--a-accent); }
.ck-a-section { margin: 0 0 10px; }
.ck-a-section > h3 { margin: 0 0 6px; }
.ck-a-sugg { border: 1px solid var(--a-border); border-radius: 8px; padding: 8px; margin: 0 0 6px; }
.ck-a-text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 6px; }
.ck-a-lint { font-size: 12px; margin: 0 0 6px; }
.ck-a-lint.ok { color: var(--a-ok); } .ck-a-lint.warn { color: var(--a-warn); } .ck-a-lint.error { color: var(--a-error); }
.ck-a-problems { font-size: 12px; color: var(--a-muted); margin: 0 0 6px 14px !important; list-style: disc !important; }
.ck-a-actions { display: flex; gap: 6px; flex-wrap: wrap; }
.ck-a-check li { display: flex; gap: 6px; align-items: center; }
.ck-a-check .done { color: var(--a-ok); }
.ck-a-status { min-height: 18px; font-size: 12px; margin: 4px 0 0; }
.ck-a-status.error { color: var(--a-error); }
.ck-a-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
