import type { ItemKind } from '../platforms/types';
import type { EngagementState } from '../store/schemas/engagement';

/** The seed's checklist: each comment liked and answered, each share liked, each mention liked and commented. */
export type ChecklistStep = 'like' | 'answer' | 'comment';

const STEPS: Record<ItemKind, readonly ChecklistStep[]> = {
  comment: ['like', 'answer'],
  reply: ['like', 'answer'],
  quote: ['like', 'answer'],
  post: ['like', 'answer'],
  mention: ['like', 'comment'],
  share: ['like'],
};

export const stepsFor = (kind: ItemKind) => STEPS[kind];

/** Shares only ask for a like; everything else asks for an answer. */
export const needsAnswer = (kind: ItemKind) => kind !== 'share';

/** 1 while the item waits for the brand: its last checklist step (the answer, or a share's like) is not done. */
export function openFor(kind: ItemKind, state: EngagementState): 0 | 1 {
  if (state === 'dismissed' || state === 'replied') return 0;
  if (!needsAnswer(kind)) return state === 'new' ? 1 : 0;
  return 1;
}
