// Draws media/icon.png (128×128) with Node built-ins only: a dossier page with a check badge.
// usage: node media/make-icon.js
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const N = 128;
const SS = 4; // supersampling per axis

// Shapes are tested in icon coordinates (0..128); the first hit from the top of the list wins.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};
const page = (x, y) => {
  // A page with its top-right corner folded.
  if (!roundRect(30, 16, 90, 110, 5)(x, y)) return false;
  return x - 72 < y - 16 || x < 72; // cut the corner along the diagonal
};
const fold = (x, y) => x >= 72 && x <= 90 && y >= 16 && y <= 34 && x - 72 >= y - 16;

const layers = [
  // badge: green circle with a white check
  [segment(86, 96, 94, 104, 6), [255, 255, 255]],
  [segment(94, 104, 108, 86, 6), [255, 255, 255]],
  [circle(97, 95, 20), [46, 160, 67]],
  [circle(97, 95, 23), [15, 61, 94]],
  // text lines on the page
  [roundRect(40, 40, 66, 46, 3), [15, 61, 94]],
  [roundRect(40, 54, 80, 58, 2), [160, 174, 188]],
  [roundRect(40, 64, 80, 68, 2), [160, 174, 188]],
  [roundRect(40, 74, 72, 78, 2), [160, 174, 188]],
  [roundRect(40, 84, 64, 88, 2), [160, 174, 188]],
  [fold, [200, 214, 226]],
  [page, [255, 255, 255]],
];
const background = (x, y) => {
  if (!roundRect(2, 2, 126, 126, 22)(x, y)) return null;
  const t = (x + y) / 256; // diagonal gradient
  return [Math.round(18 + 20 * t), Math.round(84 - 30 * t), Math.round(128 - 40 * t)];
};

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let py = 0; py < N; py++) {
  raw[py * (N * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < N; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const x = px + (sx + 0.5) / SS;
        const y = py + (sy + 0.5) / SS;
        let c = null;
        const bg = background(x, y);
        if (bg) {
          c = bg;
          for (const [hit, colour] of layers) {
            if (hit(x, y)) {
              c = colour;
              break;
            }
          }
        }
        if (c) {
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
    }
    const o = py * (N * 4 + 1) + 1 + px * 4;
    raw[o] = a ? Math.round(r / a) : 0;
    raw[o + 1] = a ? Math.round(g / a) : 0;
    raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const crcTable = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(__dirname, '..', 'media', 'icon.png');
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
