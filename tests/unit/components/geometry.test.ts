import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkNames } from '../../../src/engine/index.ts';
import {
  INPUT_RADIUS,
  LABEL,
  NARROW_BELOW,
  diagramsFor,
  placeDiagram,
  type DiagramView,
} from '../../../src/components/network/geometry.ts';

interface Box {
  name: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const names = networkNames([3, 2, 1]);
const VIEWS: DiagramView[] = ['forward', 'backward', 'both'];
/** From the narrowest phone column (320 px screen, page and widget padding) to a wide screen. */
const WIDTHS = [254, 288, 320, 358, 420, 500, 600, 664, 665, 700, 760, 900, 1200];

/** Every box the diagram draws: input circles, node boxes and labels. */
function boxesOf(
  width: number,
  view: DiagramView,
): { boxes: Box[]; units: number; height: number } {
  const geometry = placeDiagram(names, width, view);
  const boxes: Box[] = [];
  const around = (name: string, x: number, y: number, w: number, h: number) =>
    boxes.push({ name, left: x - w / 2, right: x + w / 2, top: y - h / 2, bottom: y + h / 2 });
  for (const { name, x, y } of geometry.nodes) {
    if (name.role === 'input') around(name.key, x, y, 2 * INPUT_RADIUS, 2 * INPUT_RADIUS);
    else around(name.key, x, y, geometry.box.width, geometry.box.height);
  }
  for (const { weight, label } of geometry.connections)
    if (label) around(weight.key, label.x, label.y, LABEL.width, LABEL.height);
  for (const { bias, label } of geometry.biases)
    around(bias.key, label.x, label.y, LABEL.width, LABEL.height);
  return { boxes, units: geometry.width, height: geometry.height };
}

describe('the diagram placed for its room', () => {
  it.each(WIDTHS.flatMap((width) => VIEWS.map((view) => [width, view] as const)))(
    'at %i px (%s view) no two shapes overlap and all fit the drawing',
    (width, view) => {
      const { boxes, units, height } = boxesOf(width, view);
      for (const box of boxes) {
        expect(box.left, box.name).toBeGreaterThanOrEqual(0);
        expect(box.right, box.name).toBeLessThanOrEqual(units);
        expect(box.top, box.name).toBeGreaterThanOrEqual(0);
        expect(box.bottom, box.name).toBeLessThanOrEqual(height);
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const apart =
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `${a.name} and ${b.name}`).toBe(true);
        }
      }
    },
  );

  it('never draws 16-unit text below 14 px: across in 760 units from 665 px, down at 1:1 below', () => {
    for (const width of WIDTHS) {
      const geometry = placeDiagram(names, width, 'forward');
      expect(geometry.orientation).toBe(width < NARROW_BELOW ? 'down' : 'across');
      expect((16 * width) / geometry.width).toBeGreaterThanOrEqual(14);
      // Labels on lines only when the layers run across; below, the list under it has them.
      expect(
        geometry.connections.every((c) => (c.label !== undefined) === width >= NARROW_BELOW),
      ).toBe(true);
    }
  });

  it('staggers weight labels along their lines: 0.62 into H4, 0.29 into H5, 0.5 into O6', () => {
    const geometry = placeDiagram(names, 900, 'forward');
    for (const { weight, from, to, label } of geometry.connections) {
      const fraction = (label!.x - from.x) / (to.x - from.x);
      const expected = { H4: 0.62, H5: 0.29, O6: 0.5 }[weight.to.key];
      expect(fraction, weight.key).toBeCloseTo(expected!, 12);
    }
  });

  it('ends each line on the outlines of its two nodes, so arrowheads are not hidden', () => {
    const geometry = placeDiagram(names, 320, 'backward');
    for (const { from, to, start, end } of geometry.connections) {
      expect(Math.hypot(start.x - from.x, start.y - from.y)).toBeGreaterThan(INPUT_RADIUS);
      expect(Math.hypot(end.x - to.x, end.y - to.y)).toBeGreaterThanOrEqual(
        Math.min(geometry.box.width, geometry.box.height) / 2,
      );
    }
  });
});

describe('the diagrams drawn before the room is known', () => {
  it('are both orientations, then only the one the measured room takes', () => {
    expect(diagramsFor(names, undefined, 'forward').map((g) => g.orientation)).toEqual([
      'across',
      'down',
    ]);
    expect(diagramsFor(names, NARROW_BELOW - 1, 'forward').map((g) => g.orientation)).toEqual([
      'down',
    ]);
    expect(diagramsFor(names, NARROW_BELOW, 'both').map((g) => g.orientation)).toEqual(['across']);
  });

  it('are as tall as the same orientation drawn for any real room, in the units CSS shows', () => {
    for (const view of VIEWS) {
      const [across, down] = diagramsFor(names, undefined, view);
      // Down, one unit per pixel: the height does not depend on the width.
      for (const width of WIDTHS.filter((w) => w < NARROW_BELOW))
        expect(placeDiagram(names, width, view).height).toBe(down!.height);
      // Across, the height in units is the same, shown at most that tall.
      for (const width of WIDTHS.filter((w) => w >= NARROW_BELOW))
        expect(placeDiagram(names, width, view).height).toBe(across!.height);
    }
  });

  it('are told apart by CSS at the width where the layers start running down', () => {
    const css = readFileSync(
      new URL('../../../src/components/network/network-diagram.css', import.meta.url),
      'utf8',
    );
    const queries = [...css.matchAll(/@container \(width (<|>=) (\d+)px\)/g)].map((m) =>
      Number(m[2]),
    );
    expect(queries).toEqual([NARROW_BELOW, NARROW_BELOW]);
  });
});
