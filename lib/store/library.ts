import type { Db } from './db';
import { replyTemplateSchema, type ReplyTemplate } from './schemas/template';
import { toneRulesSchema, type ToneRulesRecord } from './schemas/tone-rules';
import { putValid, readValid } from './read';

export const templatesOf = (db: Db, brandId: string) =>
  readValid(db, 'templates', replyTemplateSchema, { index: 'brandId', range: brandId });
export const putTemplate = (db: Db, t: ReplyTemplate) => putValid(db, 'templates', replyTemplateSchema, t);
export const deleteTemplate = (db: Db, id: string) => db.delete('templates', id);

export async function toneRulesOf(db: Db, brandId: string): Promise<ToneRulesRecord | undefined> {
  return (await readValid(db, 'toneRules', toneRulesSchema, { index: 'brandId', range: brandId })).valid[0];
}
export const putToneRules = (db: Db, r: ToneRulesRecord) => putValid(db, 'toneRules', toneRulesSchema, r);
