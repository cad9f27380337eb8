import { ENGAGEMENT_STATES, queueRankFor, type EngagementItem, type EngagementState } from '../store/schemas/engagement';
import { openFor, stepsFor, type ChecklistStep } from './kinds';
import { computeResponse } from './response';
import { iso } from './sanitize';

/**
 * The state follows from facts (liked, answered) except "dismissed", which only the user sets and which nothing read
 * from a page undoes.
 */
export function stateFromFacts(item: Pick<EngagementItem, 'likedAt' | 'answeredAt'>): EngagementState {
  if (item.answeredAt) return 'replied';
  if (item.likedAt) return 'liked';
  return 'new';
}

/** Recomputes every derived field (answer time, state, open, queue tier) so they never disagree. */
export function withDerived(item: EngagementItem, dismissed = item.state === 'dismissed'): EngagementItem {
  const { answeredAt: _a, responseMs: _m, responseSource: _s, ...rest } = item;
  const next: EngagementItem = { ...rest, ...computeResponse(item) };
  next.state = dismissed ? 'dismissed' : stateFromFacts(next);
  next.open = openFor(next.kind, next.state);
  next.queueRank = queueRankFor(next.intent);
  return next;
}

/**
 * The user's one click. "liked" and "replied" record the fact at `now` (the user did it on the platform; the extension
 * never does); "new" takes back what the user marked, never what the page showed; "dismissed" sets the item aside.
 * Returns the item unchanged when the target cannot be reached.
 */
export function setState(item: EngagementItem, target: EngagementState, now: Date): EngagementItem {
  if (item.state === target) return item;
  const at = iso(now);
  const next: EngagementItem = { ...item };
  switch (target) {
    case 'dismissed':
      return withDerived(next, true);
    case 'liked':
      next.likedAt ??= at;
      if (!next.repliedByBrand && !next.brandReplyAt) delete next.answerSeenAt;
      break;
    case 'replied':
      next.answerSeenAt ??= at;
      break;
    case 'new':
      if (!next.likedByMe) delete next.likedAt;
      if (!next.repliedByBrand && !next.brandReplyAt) delete next.answerSeenAt;
      break;
  }
  const out = withDerived(next, false);
  return out.state === target ? out : item;
}

/** The states one click can move this item to (the buttons to show). */
export function allowedStates(item: EngagementItem, now: Date): EngagementState[] {
  return ENGAGEMENT_STATES.filter((s) => s !== item.state && setState(item, s, now).state === s);
}

export interface ChecklistEntry {
  step: ChecklistStep;
  done: boolean;
}

export function checklist(item: Pick<EngagementItem, 'kind' | 'likedAt' | 'answeredAt'>): ChecklistEntry[] {
  return stepsFor(item.kind).map((step) => ({ step, done: step === 'like' ? !!item.likedAt : !!item.answeredAt }));
}

export const checklistDone = (item: Pick<EngagementItem, 'kind' | 'likedAt' | 'answeredAt'>) =>
  checklist(item).every((e) => e.done);
