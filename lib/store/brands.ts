import type { Db } from './db';
import { brandSchema, type Brand } from './schemas/brand';
import { settingsSchema, defaultSettings, type Settings } from './schemas/settings';
import { getValid, putValid, readValid } from './read';

export const listBrands = (db: Db) => readValid(db, 'brands', brandSchema);
export const putBrand = (db: Db, brand: Brand) => putValid(db, 'brands', brandSchema, brand);

export async function getSettings(db: Db): Promise<Settings> {
  return (await getValid(db, 'settings', settingsSchema, 'settings')) ?? defaultSettings();
}
export const putSettings = (db: Db, s: Settings) => putValid(db, 'settings', settingsSchema, s);

/** The active brand: the one settings name, else the first stored, else none (first run). */
export async function activeBrand(db: Db): Promise<Brand | undefined> {
  const settings = await getSettings(db);
  if (settings.activeBrandId) {
    const b = await getValid(db, 'brands', brandSchema, settings.activeBrandId);
    if (b) return b;
  }
  return (await listBrands(db)).valid[0];
}

export async function deleteBrand(db: Db, id: string) {
  const tx = db.transaction(['brands', 'toneRules', 'templates', 'posts'], 'readwrite');
  await tx.objectStore('brands').delete(id);
  for (const store of ['toneRules', 'templates'] as const) {
    for (const key of await tx.objectStore(store).index('brandId').getAllKeys(id)) await tx.objectStore(store).delete(key);
  }
  const posts = tx.objectStore('posts').index('brandId_date');
  for (const key of await posts.getAllKeys(IDBKeyRange.bound([id, ''], [id, '\uffff']))) await tx.objectStore('posts').delete(key);
  await tx.done;
}
