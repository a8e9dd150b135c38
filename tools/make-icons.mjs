#!/usr/bin/env node
// Draws Weft's bundled web app images: a white "W" with a weft thread woven through it on a
// Material purple (#6750a4) tile. The favicon, the loading image and the "any" install icons show
// the rounded tile; the maskable icons and the Apple touch icon fill the whole square (the
// platform cuts its own shape out of them), with the W shrunk into the safe zone. No
// dependencies: shapes are signed-distance functions, supersampled for anti-aliasing, and
// written by a tiny PNG encoder on top of node:zlib.
//
//   node tools/make-icons.mjs      (writes into src/main/resources/web/)

import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main', 'resources', 'web');

// ---------------------------------------------------------------- PNG encoder

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes straight (non-premultiplied) 8-bit RGBA pixels as a PNG. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------- geometry (64-unit canvas)

const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), a];

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const polylineDistance = (points) => (x, y) => {
  let d = Infinity;
  for (let i = 1; i < points.length; i++) d = Math.min(d, segmentDistance(x, y, points[i - 1], points[i]));
  return d;
};

function roundedRectInside(x, y, x0, y0, x1, y1, r) {
  const cx = Math.max(x0 + r, Math.min(x1 - r, x)), cy = Math.max(y0 + r, Math.min(y1 - r, y));
  return Math.hypot(x - cx, y - cy) <= r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

const W_POINTS = [[9.5, 15.5], [20.5, 48], [32, 21], [43.5, 48], [54.5, 15.5]];
const W_HALF = 3.4; // half the stroke width of the W
const THREAD_HALF = 3; // half the thickness of the weft thread
const GAP = 1.5; // the gap that shows one strand passing over another
const THREADS = [{ y: 33.5, colour: hex('#d0bcff') }];

const wDistance = polylineDistance(W_POINTS);

/** Which arm of the W (0-3) is nearest to a point. */
function nearestArm(x, y) {
  let best = 0, bestDistance = Infinity;
  for (let i = 1; i < W_POINTS.length; i++) {
    const d = segmentDistance(x, y, W_POINTS[i - 1], W_POINTS[i]);
    if (d < bestDistance) { best = i - 1; bestDistance = d; }
  }
  return best;
}

const threadDistance = (t) => polylineDistance([[9, t.y], [55, t.y]]);

const TILE_TOP = hex('#7e66c0'), TILE_BOTTOM = hex('#563d95');
const tileColour = (x, y) => {
  const t = Math.max(0, Math.min(1, (y - 2) / 60));
  return TILE_TOP.map((c, i) => (i === 3 ? 1 : c + (TILE_BOTTOM[i] - c) * t));
};
const WHITE = hex('#ffffff');
const SHADOW = [20, 8, 50, 0.28];

/**
 * The colour of the W and its thread at one point of the 64x64 design, painted over `base` (the
 * tile's colour there): painter's algorithm over the layers.
 */
function emblem(x, y, base) {
  let colour = base;
  const over = (c) => {
    const a = c[3];
    colour = [0, 1, 2].map((i) => colour[i] * (1 - a) + c[i] * a).concat(1);
  };
  const w = wDistance(x, y);
  // soft drop shadow under the W and the threads
  if (wDistance(x - 0.6, y - 1.4) <= W_HALF + 0.4) over(SHADOW);
  for (const t of THREADS) if (threadDistance(t)(x - 0.6, y - 1.4) <= THREAD_HALF + 0.4) over(SHADOW);
  // the W; then each thread, except where an arm of the W passes over it. A strand on top is
  // framed by a thin gap of tile colour, which is what makes the crossing read as a weave.
  if (w <= W_HALF) over(WHITE);
  THREADS.forEach((t, row) => {
    const d = threadDistance(t)(x, y);
    if (d <= THREAD_HALF + GAP) {
      // the thread goes over arm 0, under arm 1, over arm 2, under arm 3 (a plain weave); a second
      // row would start the other way round
      const underW = w <= W_HALF + GAP && (nearestArm(x, y) + row) % 2 === 1;
      if (!underW) {
        if (d > THREAD_HALF) { if (w <= W_HALF + GAP) over(base); } else over(t.colour);
      }
    }
  });
  return colour;
}

/** The rounded tile with the W: transparent outside the tile's rounded corners. */
function tile(x, y) {
  if (!roundedRectInside(x, y, 2, 2, 62, 62, 14)) return [0, 0, 0, 0];
  return emblem(x, y, tileColour(x, y));
}

// The W's centre in the design (between the tops of its arms and its feet).
const EMBLEM_CENTRE = [32, 31.75];

/**
 * The tile's gradient over the whole square, opaque, with the W scaled by `scale` about the
 * centre: what maskable and Apple touch icons need, since the platform rounds or circles them.
 * A maskable icon's safe zone is the centred circle of 80% of its width, so the W must fit in a
 * circle of radius 25.6 units; unscaled its far corners reach about 31 units out.
 */
const fullBleed = (scale) => (x, y) => {
  const ex = EMBLEM_CENTRE[0] + (x - 32) / scale, ey = EMBLEM_CENTRE[1] + (y - 32) / scale;
  return emblem(ex, ey, tileColour(x, y));
};

function render(sample, size, samples = 8) {
  const rgba = Buffer.alloc(size * size * 4);
  const scale = 64 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = sample((px + (sx + 0.5) / samples) * scale, (py + (sy + 0.5) / samples) * scale);
          r += c[0] * c[3]; g += c[1] * c[3]; b += c[2] * c[3]; a += c[3];
        }
      }
      const o = (py * size + px) * 4;
      const n = samples * samples;
      rgba[o] = a ? Math.round(r / a) : 0;
      rgba[o + 1] = a ? Math.round(g / a) : 0;
      rgba[o + 2] = a ? Math.round(b / a) : 0;
      rgba[o + 3] = Math.round((a / n) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function write(path, size, sample = tile) {
  const file = join(WEB, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, render(sample, size));
  console.log(`wrote ${file} (${size}x${size})`);
}

const MASKABLE = fullBleed(0.72); // the W's far corners at about 22 of the safe zone's 25.6 units
const APPLE = fullBleed(0.86); // iOS rounds the corners a little: no safe zone, just a margin

write('favicon.png', 64);
write('icons/loading-animation.png', 192); // shown at 96 CSS px: sharp on 2x screens
write('icons/icon-192.png', 192);
write('icons/icon-512.png', 512);
write('icons/icon-maskable-192.png', 192, MASKABLE);
write('icons/icon-maskable-512.png', 512, MASKABLE);
write('icons/apple-touch-icon-192.png', 192, APPLE);
