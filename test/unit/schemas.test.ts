import { describe, expect, it } from 'vitest';
import { engagementItemSchema } from '../../lib/store/schemas/engagement';

describe('engagement item schema', () => {
  it('refuses a javascript: permalink', () => {
    const base = {
      id: 'x:1', platform: 'x', nativeId: '1', kind: 'comment', author: { name: 'A' }, text: 't',
      firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-01-01T00:00:00.000Z', open: 1,
    };
    expect(engagementItemSchema.safeParse(base).success).toBe(true);
    expect(engagementItemSchema.safeParse({ ...base, permalink: 'javascript:alert(1)' }).success).toBe(false);
  });
});
