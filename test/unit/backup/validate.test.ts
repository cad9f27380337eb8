import { describe, expect, it, vi } from 'vitest';
import { checkImport } from '../../../lib/store/backup/validate';
import { SCHEMA_VERSION, MAX_IMPORT_BYTES } from '../../../lib/store/backup/format';
import { describeImportError, type ImportError } from '../../../lib/store/backup/messages';
import { registeredTables } from '../../../lib/i18n';
import { blobBytes, exportFile, exportText, mustCheck, mustRefuse } from './helpers';
import { pngBlob, sampleKit } from './fixtures';

const edit = async (fn: (f: any) => void) => {
  const f = JSON.parse(await exportText(sampleKit()));
  fn(f);
  return JSON.stringify(f);
};

describe('checkImport accepts what export writes', () => {
  it('gives back the records with the image as a Blob', async () => {
    const kit = mustCheck(await exportText(sampleKit()));
    expect(kit.scope).toBe('all');
    expect(kit.schemaVersion).toBe(SCHEMA_VERSION);
    expect(kit.data.brands.map((b) => b.id)).toEqual(['b1', 'b2']);
    const blob = kit.data.posts[0].visual!.blob!;
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.type).toBe('image/png');
    expect(await blobBytes(blob)).toEqual(await blobBytes(pngBlob()));
  });

  it('keeps script strings as inert text', async () => {
    const kit = mustCheck(await exportText(sampleKit()));
    expect(kit.data.brands[1].name).toBe('Boulangerie <script>alert(1)</script>');
  });

  it('accepts bytes with a UTF-8 byte order mark (Windows editors add one)', async () => {
    const body = new TextEncoder().encode(await exportText(sampleKit()));
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    expect(checkImport(withBom).ok).toBe(true);
  });
});

describe('checkImport refuses, whole, with a key, params and the path', () => {
  it('a file over the size limit, before decoding or parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const errors = mustRefuse(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(errors[0]).toMatchObject({ key: 'tooLarge', params: { limit: 64 } });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('a wrong type, naming the field', async () => {
    const errors = mustRefuse(await edit((f) => (f.data.brands[1].name = 42)));
    expect(errors).toEqual([{ key: 'wrongType', params: { expected: 'string', found: 'number' }, path: 'data.brands[1].name' }]);
  });

  it('a missing required field', async () => {
    const errors = mustRefuse(await edit((f) => delete f.data.templates[2].text));
    expect(errors).toEqual([{ key: 'missingField', params: {}, path: 'data.templates[2].text' }]);
  });

  it('a javascript: link', async () => {
    const errors = mustRefuse(await edit((f) => (f.data.engagement[0].permalink = 'javascript:alert(1)')));
    expect(errors[0]).toMatchObject({ key: 'badFormat', path: 'data.engagement[0].permalink' });
  });

  it('a value outside an enum, listing the allowed ones', async () => {
    const errors = mustRefuse(await edit((f) => (f.data.posts[1].status = 'lost')));
    expect(errors[0]).toMatchObject({ key: 'notAllowed', path: 'data.posts[1].status' });
    expect(String(errors[0].params.allowed)).toContain('scheduled');
  });

  it('duplicate ids in a store', async () => {
    const errors = mustRefuse(await edit((f) => (f.data.templates[1].id = 't1')));
    expect(errors).toEqual([{ key: 'duplicateId', params: { id: 't1', store: 'templates' }, path: 'data.templates[1].id' }]);
  });

  it('a newer format, saying which versions this code reads', async () => {
    const errors = mustRefuse(await edit((f) => (f.schemaVersion = SCHEMA_VERSION + 1)));
    expect(errors).toEqual([
      { key: 'newerVersion', params: { version: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION }, path: 'schemaVersion' },
    ]);
  });

  it.each([0, -1, 1.5, '1', null])('a version that is not a positive integer (%s)', async (v) => {
    expect(mustRefuse(await edit((f) => (f.schemaVersion = v)))[0].key).toBe('badVersion');
  });

  it('another format tag, or none', async () => {
    expect(mustRefuse(await edit((f) => (f.format = 'ublock-backup')))[0]).toMatchObject({
      key: 'wrongFormat',
      params: { found: '"ublock-backup"' },
    });
    expect(mustRefuse(await edit((f) => delete f.format))[0].key).toBe('notKit');
    expect(mustRefuse('[1,2,3]')[0].key).toBe('notKit');
  });

  it('a corrupt image', async () => {
    const errors = mustRefuse(await edit((f) => (f.data.posts[0].visual.image = 'data:image/png;base64,@@@@')));
    expect(errors).toEqual([{ key: 'badImage', params: {}, path: 'data.posts[0].visual.image' }]);
  });

  it('a blob field written as JSON instead of an image data URL', async () => {
    const errors = mustRefuse(await edit((f) => (f.data.posts[0].visual = { blob: { size: 3 }, alt: '' })));
    expect(errors[0].path).toBe('data.posts[0].visual.blob');
  });

  it('a brand kit carrying another brand\'s record or settings', async () => {
    const brandFile = await exportFile(sampleKit(), { scope: { brandId: 'b1' }, engagement: false });
    expect(checkImport(JSON.stringify(brandFile)).ok).toBe(true);
    const other = structuredClone(brandFile) as any;
    other.data.templates.push({ ...other.data.templates[0], id: 'tx', brandId: 'b2' });
    expect(mustRefuse(JSON.stringify(other))).toEqual([
      { key: 'scopeMismatch', params: { brandId: 'b1' }, path: `data.templates[${other.data.templates.length - 1}]` },
    ]);
    const withSettings = structuredClone(brandFile) as any;
    withSettings.data.settings = [{ id: 'settings' }];
    expect(mustRefuse(JSON.stringify(withSettings))[0]).toMatchObject({ key: 'scopeMismatch', path: 'data.settings[0]' });
  });

  it('lists at most maxErrors errors and counts the rest', async () => {
    const text = await edit((f) => f.data.templates.forEach((t: any) => (t.language = 'de')));
    const r = checkImport(text, { maxErrors: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.errors.length, r.more]).toEqual([2, 1]);
  });
});

describe('older formats are migrated by numbered steps', () => {
  it('runs every step from the file version to the current one, then checks the result', async () => {
    // Pretend today writes format 3: format 1 called templates "replies", format 2 had no appVersion.
    const v1 = JSON.parse(await exportText(sampleKit()));
    v1.schemaVersion = 1;
    v1.data.replies = v1.data.templates;
    delete v1.data.templates;
    delete v1.appVersion;
    const steps = {
      1: (f: any) => {
        const { replies, ...data } = f.data;
        return { ...f, data: { ...data, templates: replies } };
      },
      2: (f: any) => ({ ...f, appVersion: 'before 0.2' }),
    };
    const r = checkImport(JSON.stringify(v1), { schemaVersion: 3, migrations: steps });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kit.migratedFrom).toBe(1);
    expect(r.kit.schemaVersion).toBe(3);
    expect(r.kit.appVersion).toBe('before 0.2');
    expect(r.kit.data.templates.map((t) => t.id)).toEqual(['t1', 't2', 't3']);
  });

  it('refuses a file when a step is missing or throws', async () => {
    const text = await exportText(sampleKit());
    expect(mustRefuse(text, { schemaVersion: 2, migrations: {} })[0]).toMatchObject({ key: 'migrationFailed', params: { from: 1 } });
    const boom = { 1: () => { throw new Error('boom'); } };
    expect(mustRefuse(text, { schemaVersion: 2, migrations: boom })[0].params.reason).toBe('boom');
  });
});

describe('every refusal reads well in French and English', () => {
  const table = registeredTables().find((t) => t.name === 'backup')!.table;
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has the same placeholders in both languages, and different text', () => {
    for (const key of Object.keys(table.en)) {
      expect(table.fr[key], key).toBeTruthy();
      expect(placeholders(table.fr[key]), key).toEqual(placeholders(table.en[key]));
      expect(table.fr[key], key).not.toBe(table.en[key]);
    }
  });

  it('fills params and appends the path', () => {
    const sample: ImportError = { key: 'duplicateId', params: { id: 't1', store: 'templates' }, path: 'data.templates[1].id' };
    expect(describeImportError(sample, 'fr')).toBe('L’identifiant « t1 » apparaît deux fois dans « templates ». Endroit : data.templates[1].id');
    expect(describeImportError(sample, 'en')).toBe('The id “t1” appears twice in “templates”. Where: data.templates[1].id');
  });
});
