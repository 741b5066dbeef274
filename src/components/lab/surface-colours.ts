/**
 * The decision surface's colours: each cell's value on a range from `low` to `high` is mixed
 * from the widget's background (the middle of the range) towards one of the book's two signed
 * colours (`--nn-negative` for low values, `--nn-positive` for high), more strongly the further
 * it is from the middle. The colours are read from the page, so each theme has its own.
 */
import type { SurfaceRange } from './lab-surface.ts';

/** A colour's red, green and blue, 0 … 255. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** The colours a heat map mixes: the middle (the widget's background) and the two ends. */
export interface SurfacePalette {
  readonly ground: Rgb;
  readonly low: Rgb;
  readonly high: Rgb;
}

/** How far towards an end colour the ends of the range go: the points stay readable on them. */
export const SURFACE_STRENGTH = 0.6;

/** Reads a computed CSS colour, `rgb(r, g, b)`, `rgba(…)` or `#rrggbb`; undefined otherwise. */
export function parseColour(text: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text.trim());
  if (hex) return { r: parseInt(hex[1]!, 16), g: parseInt(hex[2]!, 16), b: parseInt(hex[3]!, 16) };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(text.trim());
  if (!rgb) return undefined;
  return { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) };
}

/** Where a value sits on the range: −1 at `low` (or below), 0 in the middle, 1 at `high` or above. */
function placeOf(value: number, range: SurfaceRange): number {
  return Math.max(-1, Math.min(1, (2 * (value - range.low)) / (range.high - range.low) - 1));
}

/**
 * The colour of a value: its place t on the range mixes the ground with the end on its side by
 * |t|·strength. A value that is not finite is drawn as the ground.
 */
export function surfaceColour(value: number, range: SurfaceRange, palette: SurfacePalette): Rgb {
  const pixel = new Uint8ClampedArray(4);
  paintSurface([value], range, palette, pixel);
  return { r: pixel[0]!, g: pixel[1]!, b: pixel[2]! };
}

/**
 * How far a value's colour goes from the ground towards its end: t·strength, negative towards
 * `low`; 0 (the ground) for a value that is not finite.
 */
export function signedShare(value: number, range: SurfaceRange): number {
  return Number.isFinite(value) ? placeOf(value, range) * SURFACE_STRENGTH : 0;
}

/** Writes every value's colour, opaque, into an image's RGBA pixels (4 bytes a value). */
export function paintSurface(
  values: ArrayLike<number>,
  range: SurfaceRange,
  palette: SurfacePalette,
  pixels: Uint8ClampedArray,
): void {
  const { ground, low, high } = palette;
  for (let i = 0; i < values.length; i++) {
    const signed = signedShare(values[i]!, range);
    const end = signed < 0 ? low : high;
    const share = Math.abs(signed);
    pixels[4 * i] = Math.round(ground.r + (end.r - ground.r) * share);
    pixels[4 * i + 1] = Math.round(ground.g + (end.g - ground.g) * share);
    pixels[4 * i + 2] = Math.round(ground.b + (end.b - ground.b) * share);
    pixels[4 * i + 3] = 255;
  }
}
