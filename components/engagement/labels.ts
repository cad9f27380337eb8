import { PLATFORM_NAMES } from '../../lib/platforms/names';
import type { ItemKind } from '../../lib/platforms/types';
import type { ChecklistStep } from '../../lib/engagement/kinds';
import type { EngagementState } from '../../lib/store/schemas/engagement';
import type { Intent } from '../../lib/store/schemas/template';
import type { EngagementKey } from './messages';

export { PLATFORM_NAMES };

const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

export const intentKey = (i: Intent) => `intent${cap(i)}` as EngagementKey;
export const kindKey = (k: ItemKind) => `kind${cap(k)}` as EngagementKey;
export const stateKey = (s: EngagementState) => `state${cap(s)}` as EngagementKey;
export const actionKey = (s: EngagementState) => `set${cap(s)}` as EngagementKey;
export const stepKey = (s: ChecklistStep) => `step${cap(s)}` as EngagementKey;
