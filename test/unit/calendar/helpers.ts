import type { CalendarPost } from '../../../lib/store/schemas/post';

export function post(over: Partial<CalendarPost> & { date: string }): CalendarPost {
  return {
    id: over.id ?? `p-${Math.random().toString(36).slice(2)}`,
    brandId: 'b1',
    timeZone: 'America/Toronto',
    platforms: ['linkedin'],
    status: 'scheduled',
    text: 'Bonjour',
    variants: {},
    callToAction: '',
    keywords: [],
    hashtags: [],
    pillar: 'other',
    notes: '',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

export const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
