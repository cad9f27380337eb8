import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyImport, createBackup, listBackups, MAX_BACKUPS, restoreBackup } from '../../../lib/store/backup/apply';
import { importFile } from '../../../lib/store/backup/pipeline';
import { isQuotaError } from '../../../lib/store/backup/quota';
import { exportText, mustCheck } from './helpers';
import { brand, item, sampleKit, template } from './fixtures';
import { freshDb, seed, snapshot } from './db-helpers';

afterEach(() => vi.restoreAllMocks());

const incomingText = async () => {
  const k = sampleKit();
  k.brands[0] = brand('b1', { name: 'Café renommé' });
  k.templates.push(template('t4', 'b2'));
  return exportText(k);
};

describe('applyImport', () => {
  it('writes the file in one go and keeps what the file does not mention (merge)', async () => {
    const db = await freshDb();
    await seed(db, { templates: [template('local', 'b1')] });
    const r = await applyImport(db, mustCheck(await incomingText()));
    expect(r.written).toBe(13);
    expect((await db.get('brands', 'b1')).name).toBe('Café renommé');
    expect(await db.getAllKeys('templates')).toEqual(['local', 't1', 't2', 't3', 't4']);
    expect(await db.count('engagement')).toBe(2);
  });

  it('replace mode deletes the in-scope records the file does not have, and only those', async () => {
    const db = await freshDb();
    await seed(db, { templates: [template('old-b1', 'b1'), template('old-b2', 'b2')], brands: [brand('b2')] });
    const kit = mustCheck(await exportText(sampleKit(), { scope: { brandId: 'b1' }, engagement: false }));
    const r = await applyImport(db, kit, { mode: 'replace' });
    expect(r.deleted).toBe(1);
    expect(await db.getAllKeys('templates')).toEqual(['old-b2', 't1', 't3']);
  });

  it('saves the previous state as an automatic backup first, and restores it in one call', async () => {
    const db = await freshDb();
    await seed(db, { brands: [brand('b1', { name: 'Avant' })], templates: [template('local', 'b1')] });
    const before = await snapshot(db);
    const r = await applyImport(db, mustCheck(await incomingText()));
    const backups = await listBackups(db);
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ id: r.backupId, reason: 'import', counts: { brands: 1, templates: 1, posts: 0 } });
    expect(await snapshot(db)).not.toBe(before);
    await restoreBackup(db, r.backupId);
    expect(await snapshot(db)).toBe(before);
    expect((await listBackups(db)).map((b) => b.reason)).toEqual(['restore', 'import']);
  });

  it('an error midway (a put that throws) leaves the old data and adds no backup', async () => {
    const db = await freshDb();
    await seed(db, { ...sampleKit(), brands: [brand('b1', { name: 'Ancien' }), brand('b2')] });
    const before = await snapshot(db);
    const kit = mustCheck(await incomingText());
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name !== 'backups' && ++calls === 7) throw new DOMException('disk on fire', 'UnknownError');
      return realPut.apply(this, args as Parameters<typeof realPut>);
    });
    await expect(applyImport(db, kit)).rejects.toThrow('disk on fire');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toBe(before);
    expect(await listBackups(db)).toEqual([]);
  });

  it('storage full (QuotaExceededError wrapped in the abort) leaves the old data and is recognised', async () => {
    const db = await freshDb();
    await seed(db, sampleKit());
    const before = await snapshot(db);
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'templates') {
        const abort = new DOMException('Transaction aborted', 'AbortError');
        (abort as { cause?: unknown }).cause = new DOMException('Quota exceeded', 'QuotaExceededError');
        throw abort;
      }
      return realPut.apply(this, args as Parameters<typeof realPut>);
    });
    const err = await applyImport(db, mustCheck(await incomingText())).catch((e) => e);
    vi.restoreAllMocks();
    expect(isQuotaError(err)).toBe(true);
    expect(await snapshot(db)).toBe(before);
  });

  it('refuses a kit that did not come from checkImport', async () => {
    const db = await freshDb();
    const forged = { ...mustCheck(await incomingText()) };
    await expect(applyImport(db, forged)).rejects.toThrow(TypeError);
    expect(await db.count('brands')).toBe(0);
  });

  it(`keeps the ${MAX_BACKUPS} newest backups and deletes their data with them`, async () => {
    const db = await freshDb();
    await seed(db, sampleKit());
    for (let i = 0; i < MAX_BACKUPS + 2; i++) await createBackup(db, { now: new Date(Date.UTC(2026, 0, 1 + i)) });
    const list = await listBackups(db);
    expect(list.map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-01-07', '2026-01-06', '2026-01-05', '2026-01-04', '2026-01-03']);
    expect(await db.count('backups')).toBe(MAX_BACKUPS * 2);
  });

  it('a restore that fails midway leaves the present data', async () => {
    const db = await freshDb();
    await seed(db, sampleKit());
    const id = await createBackup(db);
    await seed(db, { engagement: [item('99')] });
    const before = await snapshot(db);
    const realClear = IDBObjectStore.prototype.clear;
    let cleared = 0;
    vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(function (this: IDBObjectStore) {
      if (this.name === 'posts') throw new DOMException('boom', 'UnknownError');
      cleared++;
      return realClear.call(this);
    });
    await expect(restoreBackup(db, id)).rejects.toThrow('boom');
    vi.restoreAllMocks();
    expect(cleared).toBe(3); // brands, toneRules and templates were already cleared when posts failed
    expect(await snapshot(db)).toBe(before);
    await restoreBackup(db, id);
    expect(await db.get('engagement', 'x:99')).toBeUndefined();
  });

  it('importFile refuses a bad file without touching the database', async () => {
    const db = await freshDb();
    await seed(db, sampleKit());
    const before = await snapshot(db);
    const r = await importFile(db, '{"format":"cocktail-kit","schemaVersion":1,');
    expect(r).toMatchObject({ ok: false, errors: [{ key: 'truncated' }] });
    expect(await snapshot(db)).toBe(before);
    expect(await db.count('backups')).toBe(0);
  });
});

describe('isQuotaError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), true],
    [Object.assign(new DOMException('x', 'AbortError'), { cause: new DOMException('q', 'QuotaExceededError') }), true],
    [new DOMException('The transaction was aborted: QuotaExceededError', 'AbortError'), true],
    [{ name: 'AbortError', error: { name: 'QuotaExceededError' } }, true],
    [new DOMException('x', 'AbortError'), false],
    [new Error('quota'), false],
    [null, false],
  ])('%s -> %s', (e, expected) => {
    expect(isQuotaError(e)).toBe(expected);
  });
});
