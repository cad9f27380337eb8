/**
 * Spreadsheet formula injection: a cell starting with = + - @ (or tab/CR) is run as a formula by Excel. Export writes
 * an apostrophe before such cells; import takes exactly one apostrophe off, so any text round-trips.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export const guardCell = (s: string) => (NEEDS_GUARD.test(s) ? `'${s}` : s);
export const unguardCell = (s: string) => (s.charCodeAt(0) === 39 && GUARDED.test(s) ? s.slice(1) : s);
