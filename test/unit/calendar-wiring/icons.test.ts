// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

describe('extension icons (public/icon, made by make-icons.mjs)', () => {
  for (const size of [16, 32, 48, 128]) {
    it(`${size}.png is a ${size}x${size} RGBA PNG in the brand blue`, () => {
      const png = readFileSync(`public/icon/${size}.png`);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]]).toEqual([size, size, 8, 6]);
      const idatAt = png.indexOf('IDAT');
      const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
      expect(raw.length).toBe(size * (size * 4 + 1));
      // A pixel a quarter in from the left, near the bottom, is background: #0b63ce, opaque.
      const y = Math.floor(size * 0.9);
      const x = Math.floor(size * 0.25);
      const at = y * (size * 4 + 1) + 1 + x * 4;
      expect([...raw.subarray(at, at + 4)]).toEqual([0x0b, 0x63, 0xce, 255]);
    });
  }
});
