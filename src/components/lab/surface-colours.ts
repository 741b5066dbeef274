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

/**
 * The colour of a value: its place t on the range, −1 at `low`, 0 in the middle, 1 at `high`
 * (beyond them, the ends' colour), mixes the ground with the end on its side by |t|·strength.
 * A value that is not finite is drawn as the ground.
 */
export function surfaceColour(value: number, range: SurfaceRange, palette: SurfacePalette): Rgb {
  const { ground } = palette;
  if (!Number.isFinite(value)) return ground;
  const t = Math.max(-1, Math.min(1, (2 * (value - range.low)) / (range.high - range.low) - 1));
  const end = t < 0 ? palette.low : palette.high;
  const share = Math.abs(t) * SURFACE_STRENGTH;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * share);
  return { r: mix(ground.r, end.r), g: mix(ground.g, end.g), b: mix(ground.b, end.b) };
}

/** Writes every value's colour, opaque, into an image's RGBA pixels (4 bytes a value). */
export function paintSurface(
  values: ArrayLike<number>,
  range: SurfaceRange,
  palette: SurfacePalette,
  pixels: Uint8ClampedArray,
): void {
  for (let i = 0; i < values.length; i++) {
    const { r, g, b } = surfaceColour(values[i]!, range, palette);
    pixels[4 * i] = r;
    pixels[4 * i + 1] = g;
    pixels[4 * i + 2] = b;
    pixels[4 * i + 3] = 255;
  }
}
