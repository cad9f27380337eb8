import type { BrandProfile } from '../../entrypoints/background/profile';
import type { RawItem } from '../platforms/types';
import type { Suggestion } from '../suggest/types';
import type { Understanding } from '../understand';
import { stepsFor, type ChecklistStep } from '../engagement/kinds';
import { itemId } from '../engagement/ids';
import type { EngagementState } from '../store/schemas/engagement';

export interface ChecklistEntry {
  step: ChecklistStep;
  done: boolean;
}

/**
 * Everything the panel shows for one comment, the same on the page, in the popup and in the side panel.
 * `suggestions` is null while they are being made (on the page, by the background: lib/guidelines and its schemas
 * stay out of the content script's bundle).
 */
export interface PanelModel {
  id: string;
  item: RawItem;
  understanding: Understanding;
  intent: Understanding['intent'];
  suggestions: Suggestion[] | null;
  checklist: ChecklistEntry[];
}

/** What the person marked with one click, on top of what the page shows. */
export interface MarkedFacts {
  state?: EngagementState;
}

export function brandNames(profile: Pick<BrandProfile, 'brand'> | null): string[] {
  return [profile?.brand?.name ?? '', ...(profile?.brand?.keywords ?? [])].filter(Boolean);
}

/** A mention or a share says more than the words; otherwise the understood intent. */
export function intentOf(item: RawItem, u: Understanding): Understanding['intent'] {
  return item.kind === 'mention' || item.kind === 'share' ? item.kind : u.intent;
}

/**
 * The seed's checklist for this item (lib/engagement/kinds): steps the page shows as done (liked by the brand,
 * answered by the brand) or the person marked are ticked. Same rule as lib/engagement/state checklist().
 */
export function checklistOf(item: RawItem, marked: MarkedFacts = {}): ChecklistEntry[] {
  // Marking "new" takes back only what the person marked, never what the page shows (lib/engagement/state setState).
  const liked = !!item.likedByMe || marked.state === 'liked';
  const replied = !!item.repliedByBrand || marked.state === 'replied';
  return stepsFor(item.kind).map((step) => ({ step, done: step === 'like' ? liked : replied }));
}

/** `understanding` is made where the lexicons live (the background, or an extension page), never in a content script. */
export function buildPanelModel(
  item: RawItem,
  understanding: Understanding,
  marked: MarkedFacts = {},
  suggestions: Suggestion[] | null = null,
): PanelModel {
  return {
    id: itemId(item.platform, item.nativeId),
    item,
    understanding,
    intent: intentOf(item, understanding),
    suggestions,
    checklist: checklistOf(item, marked),
  };
}
