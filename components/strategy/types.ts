import type { BrandDraft } from '../../lib/strategy/draft';

/** Changes the form's draft in place on a copy; the editor keeps the copy and marks the form as changed. */
export type Edit = (change: (d: BrandDraft) => void) => void;
