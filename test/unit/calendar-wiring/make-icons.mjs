#!/usr/bin/env node
// Writes public/icon/{16,32,48,128}.png: a white cocktail glass on a rounded square in the brand blue (#0b63ce).
// Pure Node (zlib for the PNG's deflate stream): run `node test/unit/calendar-wiring/make-icons.mjs` after a change.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BLUE = [0x0b, 0x63, 0xce];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // per axis: 16 samples per pixel smooth the edges

const inRoundedSquare = (x, y, r = 0.2) => {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
// The glass: an inverted triangle bowl, a stem, a foot, and an olive on a pick.
const inGlass = (x, y) => {
  const bowl = y >= 0.22 && y <= 0.56 && Math.abs(x - 0.5) <= 0.31 * (1 - (y - 0.22) / 0.34);
  const stem = y > 0.5 && y <= 0.78 && Math.abs(x - 0.5) <= 0.035;
  const foot = y > 0.76 && y <= 0.82 && Math.abs(x - 0.5) <= 0.18;
  return bowl || stem || foot;
};
const inOlive = (x, y) => (x - 0.6) ** 2 + (y - 0.3) ** 2 <= 0.055 ** 2;

function render(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0]; // filter byte: none
    for (let px = 0; px < size; px++) {
      let a = 0, r = 0, g = 0, b = 0;
      for (let i = 0; i < SAMPLES; i++) {
        for (let j = 0; j < SAMPLES; j++) {
          const x = (px + (i + 0.5) / SAMPLES) / size;
          const y = (py + (j + 0.5) / SAMPLES) / size;
          if (!inRoundedSquare(x, y)) continue;
          const c = inOlive(x, y) ? BLUE : inGlass(x, y) ? WHITE : BLUE;
          a++; r += c[0]; g += c[1]; b += c[2];
        }
      }
      const n = SAMPLES * SAMPLES;
      row.push(a ? Math.round(r / a) : 0, a ? Math.round(g / a) : 0, a ? Math.round(b / a) : 0, Math.round((255 * a) / n));
    }
    rows.push(Buffer.from(row));
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, raw) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, render(size));
console.log('public/icon/{16,32,48,128}.png written');
