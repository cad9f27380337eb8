import { z } from 'zod';
import { PLATFORMS, ITEM_KINDS } from '../../platforms/types';

export const platformSchema = z.enum(PLATFORMS);
export const itemKindSchema = z.enum(ITEM_KINDS);
export const languageSchema = z.enum(['fr', 'en']);
export const idSchema = z.string().min(1).max(200);
export const isoDateSchema = z.iso.datetime({ offset: true });
/** Only http(s) links are ever rendered. */
export const httpUrlSchema = z.url({ protocol: /^https?$/ }).max(2048);
export const shortText = z.string().max(500);
export const longText = z.string().max(20000);
