import type { z } from 'zod';
import { RECORD_SCHEMAS } from '../../lib/store/backup/record-schemas';
import { postStatSchema } from '../../lib/store/schemas/post-stats';

/** Every store whose records have a schema: what a sweep reads and what a quarantine repair is checked against. */
export const STORE_SCHEMAS: Readonly<Record<string, z.ZodType>> = { ...RECORD_SCHEMAS, postStats: postStatSchema };

export const schemaOf = (store: string): z.ZodType | undefined =>
  Object.prototype.hasOwnProperty.call(STORE_SCHEMAS, store) ? STORE_SCHEMAS[store] : undefined;
