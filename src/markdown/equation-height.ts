/**
 * How tall a display equation will be, estimated at build time from its MathML, so that the box
 * kept off screen (content-visibility, book.css) takes about the room the equation will take.
 * With one guess for every equation (4.5em, when the real heights run from 1.3em to 52em), a box
 * that came into view grew or shrank by up to several lines: a reader who jumped to a section
 * from a link saw the text move under the pointer, and a click could land beside its button.
 *
 * The estimate lays boxes out roughly: a row is as tall as its tallest part; a fraction stacks
 * its numerator on its denominator; scripts, limits and roots add a fixed amount; a table stacks
 * its rows. Its constants were fitted to the heights Chromium gives the book's 155 display
 * equations (STIX Two Math): the median miss is 0.18em and the largest 1.2em, and the book's
 * page gates measure it again on every page (pages.spec.ts).
 */
import type { Element } from 'hast';

/** Extents above and below the middle of a box, in em. */
type Extent = readonly [above: number, below: number];

/** The fitted constants, in em. */
const LEAF: Extent = [0.5, 0.5];
const FRACTION_GAP = 0.21;
const TEXT_FRACTION_GAP = -0.24;
const SCRIPT = 0.12;
const LIMIT = 0.88;
const ROOT = 0.61;
const ROW_GAP = 0.7;
const SCALE = 0.98;

/**
 * The rooms an equation may be given, in em, one CSS rule each (equation-heights.css): half an em apart up to
 * 8em, then an em apart up to 24em, then 4em apart up to the tallest (a whole derivation on the
 * one-page book).
 */
export const HEIGHT_STEPS: readonly number[] = [
  ...Array.from({ length: 14 }, (_, i) => 1 + i * 0.5),
  ...Array.from({ length: 17 }, (_, i) => 8 + i),
  ...Array.from({ length: 8 }, (_, i) => 28 + i * 4),
];

const elements = (node: Element): Element[] =>
  node.children.filter((child): child is Element => child.type === 'element');

/** Side by side: as far up and down as the furthest part. */
const row = (extents: Extent[]): Extent =>
  extents.reduce<Extent>(
    (far, [up, down]) => [Math.max(far[0], up), Math.max(far[1], down)],
    [0, 0],
  );

const height = ([up, down]: Extent): number => up + down;

/** A box's extent; `text` is true inside a fraction or a text-style block, where math is smaller. */
function extent(node: Element, text: boolean): Extent {
  const parts = elements(node);
  const each = (inText: boolean) => parts.map((part) => extent(part, inText));
  switch (node.tagName) {
    case 'annotation':
      return [0, 0];
    case 'mstyle':
      return row(each(text || String(node.properties['displaystyle']) === 'false'));
    case 'mfrac': {
      const [top = LEAF, bottom = LEAF] = each(true);
      const gap = text ? TEXT_FRACTION_GAP : FRACTION_GAP;
      return [height(top) + gap, height(bottom) + gap];
    }
    case 'msqrt':
    case 'mroot': {
      const [up, down] = row(each(text));
      return [up + ROOT, down];
    }
    case 'msub':
    case 'msup':
    case 'msubsup':
    case 'munder':
    case 'mover':
    case 'munderover': {
      const [base = LEAF] = each(true);
      const step = node.tagName.startsWith('ms') ? SCRIPT : LIMIT;
      const over = node.tagName.endsWith('sub') || node.tagName === 'munder' ? 0 : step;
      const under = node.tagName === 'msup' || node.tagName === 'mover' ? 0 : step;
      return [base[0] + over, base[1] + under];
    }
    case 'mtable': {
      const total = parts
        .map((tableRow) => row([LEAF, ...elements(tableRow).map((cell) => extent(cell, text))]))
        .reduce((sum, tableRow) => sum + height(tableRow) + ROW_GAP, 0);
      return [total / 2, total / 2];
    }
    default:
      return parts.length === 0 ? LEAF : row(each(text));
  }
}

/** The estimated height of a display equation, in em of its text: the fitted boxes, scaled. */
export function estimateHeight(math: Element): number {
  return SCALE * height(extent(math, false));
}

/** The room to keep for an equation: the step nearest its estimate, as CSS writes it. */
export function heightStep(math: Element): string {
  const estimate = estimateHeight(math);
  const nearest = HEIGHT_STEPS.reduce((best, step) =>
    Math.abs(step - estimate) < Math.abs(best - estimate) ? step : best,
  );
  return String(nearest);
}
