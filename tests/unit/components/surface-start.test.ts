/**
 * The server's drawing of the lab's starting surface: its grey PNGs are read back here with
 * Node's own zlib (every chunk's CRC, the stream's Adler-32, the rows), and each mask holds, for
 * its side of the range, the share of the end colour that the canvas mixes (surface-colours.ts).
 */
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SURFACE_STRENGTH, surfaceColour } from '../../../src/components/lab/surface-colours.ts';
import {
  greyPng,
  surfaceMasks,
  surfaceStartMarkup,
} from '../../../src/components/lab/surface-start.ts';

/** The chunks of a PNG, each checked against its CRC. */
function chunksOf(png: Buffer): { type: string; data: Buffer }[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), 'CRC').toBe(crc32(typed));
    chunks.push({ type: typed.subarray(0, 4).toString('latin1'), data: typed.subarray(4) });
    at += 12 + length;
  }
  return chunks;
}

/** A grey PNG's pixels, read back: its size and one byte a pixel, row by row. */
function readGrey(url: string): { width: number; height: number; pixels: number[] } {
  const prefix = 'data:image/png;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  const chunks = chunksOf(Buffer.from(url.slice(prefix.length), 'base64'));
  expect(chunks.map(({ type }) => type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0]!.data;
  const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
  // 8 bits, grey, deflate, no filter method of its own, not interlaced.
  expect([...header.subarray(8)]).toEqual([8, 0, 0, 0, 0]);
  const rows = inflateSync(chunks[1]!.data); // checks the stream's Adler-32 too
  expect(rows.length).toBe((width + 1) * height);
  const pixels: number[] = [];
  for (let r = 0; r < height; r++) {
    expect(rows[r * (width + 1)], `row ${r}'s filter`).toBe(0);
    pixels.push(...rows.subarray(r * (width + 1) + 1, (r + 1) * (width + 1)));
  }
  return { width, height, pixels };
}

describe('greyPng', () => {
  it('writes a PNG that zlib reads back to the same pixels, for one pixel and for 60 × 60', () => {
    expect(readGrey(greyPng(Uint8Array.of(200), 1, 1))).toEqual({
      width: 1,
      height: 1,
      pixels: [200],
    });
    const pixels = Uint8Array.from({ length: 3600 }, (_, i) => (i * 7) % 256);
    expect(readGrey(greyPng(pixels, 60, 60))).toEqual({
      width: 60,
      height: 60,
      pixels: [...pixels],
    });
  });

  it('splits rows longer than a stored block holds (65,535 bytes) over several blocks', () => {
    const pixels = Uint8Array.from({ length: 300 * 300 }, (_, i) => i % 251);
    const { pixels: read } = readGrey(greyPng(pixels, 300, 300));
    expect(read).toEqual([...pixels]);
  });

  it('ends on a full block when the rows fill exactly one (255 · 257 = 65,535 bytes)', () => {
    const pixels = Uint8Array.from({ length: 254 * 257 }, (_, i) => i % 253);
    const { pixels: read } = readGrey(greyPng(pixels, 254, 257));
    expect(read).toEqual([...pixels]);
  });
});

describe('surfaceMasks', () => {
  const range = { low: -2, high: 2 };

  it('gives each cell the share of its end colour that the canvas mixes, the other mask 0', () => {
    const values = [-2, -1, 0, 1, 2, 5, Number.NaN];
    const { low, high } = surfaceMasks(values, range);
    const full = Math.round(SURFACE_STRENGTH * 255);
    const half = Math.round((SURFACE_STRENGTH / 2) * 255);
    expect([...low]).toEqual([full, half, 0, 0, 0, 0, 0]);
    expect([...high]).toEqual([0, 0, 0, half, full, full, 0]);
  });

  it('mixes, over the ground, the colours the canvas paints, to one level in 255', () => {
    const palette = {
      ground: { r: 246, g: 246, b: 247 },
      low: { r: 212, g: 94, b: 0 },
      high: { r: 30, g: 100, b: 210 },
    };
    const values = Array.from({ length: 41 }, (_, i) => -2 + i / 10);
    const { low, high } = surfaceMasks(values, range);
    values.forEach((value, i) => {
      const painted = surfaceColour(value, range, palette);
      for (const channel of ['r', 'g', 'b'] as const) {
        const ground = palette.ground[channel];
        const masked =
          ground +
          (palette.low[channel] - ground) * (low[i]! / 255) +
          (palette.high[channel] - ground) * (high[i]! / 255);
        expect(Math.abs(masked - painted[channel]), `${value}, ${channel}`).toBeLessThanOrEqual(1);
      }
    });
  });
});

describe('surfaceStartMarkup', () => {
  it('lays the ground, then each end colour through its own mask, with ids of its own', () => {
    const markup = surfaceStartMarkup([-1, 1, 0, 0], { low: -1, high: 1 }, 2, 'lab-start');
    expect(markup.match(/<rect class="is-(\w+)"/g)).toEqual([
      '<rect class="is-ground"',
      '<rect class="is-low"',
      '<rect class="is-high"',
    ]);
    expect(markup).toContain('<mask id="lab-start-low"><image width="2" height="2" href="data:');
    expect(markup).toContain('mask="url(#lab-start-low)"');
    expect(markup).toContain('mask="url(#lab-start-high)"');
    const urls = [...markup.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
    const full = Math.round(SURFACE_STRENGTH * 255);
    expect(urls.map((url) => readGrey(url).pixels)).toEqual([
      [full, 0, 0, 0],
      [0, full, 0, 0],
    ]);
  });
});
