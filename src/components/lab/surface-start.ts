/**
 * The decision surface as the server draws it, for a reader who sees the lab before its code
 * runs: a printout of the page, a page without JavaScript, the moment before the widget wakes.
 * The canvas is drawn only once the island runs; under it, this SVG holds the same cells in the
 * same colours: the ground, then each end colour (`--nn-negative`, `--nn-positive`) through a
 * mask whose grey is the share of that colour in each cell (|t|·strength, surface-colours.ts).
 * The colours stay the page's, so each theme has its own, and SVG fills print even where a
 * printout leaves out backgrounds.
 *
 * A mask is a grey PNG of one byte a cell, written here without compression (the page itself is
 * sent compressed): 60 × 60 cells make about 5 kB of text a mask.
 */
import type { SurfaceRange } from './lab-surface.ts';
import { signedShare } from './surface-colours.ts';

/** CRC-32 of bytes (the PNG chunks' check), polynomial 0xEDB88320. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Adler-32 of bytes (the zlib stream's check). */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Bytes in order, with 32-bit numbers big-endian. */
function joined(parts: readonly (Uint8Array | number)[]): Uint8Array {
  const bytes: number[] = [];
  for (const part of parts) {
    if (part instanceof Uint8Array) bytes.push(...part);
    else bytes.push(part >>> 24, (part >>> 16) & 255, (part >>> 8) & 255, part & 255);
  }
  return Uint8Array.from(bytes);
}

/** One PNG chunk: its length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = joined([new TextEncoder().encode(type), data]);
  return joined([data.length, typed, crc32(typed)]);
}

/**
 * An 8-bit grey PNG of `width` × `height` pixels, row by row from the top, as a data: URL. Its
 * zlib stream holds the rows in stored blocks (no compression), each row after filter byte 0.
 */
export function greyPng(pixels: Uint8Array, width: number, height: number): string {
  const rows = new Uint8Array((width + 1) * height);
  for (let r = 0; r < height; r++)
    rows.set(pixels.subarray(r * width, (r + 1) * width), r * (width + 1) + 1);
  const blocks: Uint8Array[] = [];
  for (let at = 0; at < rows.length; at += 65535) {
    const part = rows.subarray(at, at + 65535);
    const last = at + 65535 >= rows.length ? 1 : 0;
    const header = Uint8Array.of(
      last,
      part.length & 255,
      part.length >> 8,
      ~part.length & 255,
      (~part.length >> 8) & 255,
    );
    blocks.push(header, part);
  }
  const zlib = joined([Uint8Array.of(0x78, 0x01), ...blocks, adler32(rows)]);
  const header = joined([width, height, Uint8Array.of(8, 0, 0, 0, 0)]);
  const png = joined([
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', header),
    chunk('IDAT', zlib),
    chunk('IEND', new Uint8Array(0)),
  ]);
  let binary = '';
  for (const byte of png) binary += String.fromCharCode(byte);
  return `data:image/png;base64,${btoa(binary)}`;
}

/** The two masks of a surface: each cell's share of the low and of the high colour, 0 … 255. */
export function surfaceMasks(
  values: ArrayLike<number>,
  range: SurfaceRange,
): { low: Uint8Array; high: Uint8Array } {
  const low = new Uint8Array(values.length);
  const high = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const signed = signedShare(values[i]!, range);
    (signed < 0 ? low : high)[i] = Math.round(Math.abs(signed) * 255);
  }
  return { low, high };
}

/**
 * The SVG markup (inside an `<svg viewBox="0 0 cells cells">`) of a surface's cells: the ground,
 * then each end colour through its mask. `id` makes the masks' ids unique on the page.
 */
export function surfaceStartMarkup(
  values: ArrayLike<number>,
  range: SurfaceRange,
  cells: number,
  id: string,
): string {
  const masks = surfaceMasks(values, range);
  const layer = (end: 'low' | 'high') =>
    `<mask id="${id}-${end}"><image width="${cells}" height="${cells}" href="${greyPng(masks[end], cells, cells)}"/></mask>` +
    `<rect class="is-${end}" width="${cells}" height="${cells}" mask="url(#${id}-${end})"/>`;
  return `<rect class="is-ground" width="${cells}" height="${cells}"/>${layer('low')}${layer('high')}`;
}
