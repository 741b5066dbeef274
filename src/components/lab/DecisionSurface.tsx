/**
 * The lab's decision surface: a 60 × 60 heat map of the network's output over a square that holds
 * the data, at the epoch on view, drawn on a canvas under the samples (SVG). On the classes it is
 * the probability of class 1, on the surface the prediction ŷ. Training samples are filled marks
 * and test samples hollow ones; class 0 circles, class 1 squares: told apart by shape, not colour
 * alone. A ring marks the training sample on view, the one the node panel and the tables show.
 *
 * The server draws the samples and the starting heat map (as SVG, surface-start.ts: for print,
 * for a page without JavaScript, and until this part's code has loaded, LazyPart.tsx keeping the
 * server's HTML). In the browser the heat map is a canvas, drawn before the part's first paint
 * and again whenever the epoch, the sample or the run changes: the engine evaluates the grid
 * (lab-surface.ts), the cells are coloured (surface-colours.ts) and put on the canvas in one call.
 * Each redraw is timed as the User Timing measure "lab surface redraw", for the measurements
 * (docs/lab.md).
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Grid } from '../../engine/scenarios/index.ts';
import type { LabData } from '../../engine/scenarios/index.ts';
import { useDomEffect } from '../useStore.ts';
import {
  SURFACE_CELLS,
  surfaceGrid,
  surfaceRangeOf,
  surfaceValues,
  type SurfaceRange,
} from './lab-surface.ts';
import type { LabView } from './lab-view.ts';
import { paintSurface, parseColour, type SurfacePalette } from './surface-colours.ts';
import { surfaceStartMarkup } from './surface-start.ts';

interface Props {
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<LabView>;
  mounted: ReadonlySignal<boolean>;
  /** Whether the data are two classes (else the surface, a real target). */
  classes: boolean;
  id: string;
}

/** The SVG's units across and down: about one unit per pixel on a laptop. */
const SIZE = 300;
/** A mark's half-size in units. */
const MARK = 4;

/** One SVG path of marks: circles, or squares, at the samples of a class (any class: −1). */
function marksPath(data: LabData, grid: Grid, shape: 'circle' | 'square', only: number): string {
  const across = SIZE / (grid.x1Max - grid.x1Min);
  const down = SIZE / (grid.x2Max - grid.x2Min);
  let d = '';
  // A set of one input has no plane to draw (its fit plot takes this place once it renders).
  if (data.inputs !== 2) return d;
  for (let s = 0; s < data.y.length; s++) {
    if (only >= 0 && data.y[s] !== only) continue;
    const x = ((data.x1[s]! - grid.x1Min) * across).toFixed(1);
    const y = ((grid.x2Max - data.x2[s]!) * down).toFixed(1);
    d +=
      shape === 'circle'
        ? `M${x} ${y}m-${MARK} 0a${MARK} ${MARK} 0 1 0 ${2 * MARK} 0a${MARK} ${MARK} 0 1 0 -${2 * MARK} 0`
        : `M${x} ${y}m-${MARK} -${MARK}h${2 * MARK}v${2 * MARK}h-${2 * MARK}z`;
  }
  return d;
}

/** The palette as the page's theme draws it: the box's background and the legend's two colours. */
function readPalette(box: Element): SurfacePalette | undefined {
  const colour = (selector: string, property: 'backgroundColor') => {
    const element = box.parentElement?.querySelector(selector);
    return element ? parseColour(getComputedStyle(element)[property]) : undefined;
  };
  const ground = parseColour(getComputedStyle(box).backgroundColor);
  const low = colour('.lab-swatch.is-low', 'backgroundColor');
  const high = colour('.lab-swatch.is-high', 'backgroundColor');
  return ground && low && high ? { ground, low, high } : undefined;
}

export function DecisionSurface({ view, mounted, classes, id }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const palette = useSignal<SurfacePalette | undefined>(undefined);
  const values = useRef(new Float64Array(SURFACE_CELLS * SURFACE_CELLS));
  const image = useRef<ImageData | null>(null);
  const run = useComputed(() => view.value.run);
  const grid = useComputed(() => surfaceGrid(run.value));
  const range = useComputed((): SurfaceRange => surfaceRangeOf(run.value));
  const path = (part: 'train' | 'test', shape: 'circle' | 'square', only: number) =>
    useComputed(() => marksPath(run.value.split[part], grid.value, shape, only));
  // Every set of marks has its signal, whatever the data (a hook's place must not change); a
  // computed signal is made only when read, so the marks of the other kind of data cost nothing.
  const byClass = [
    { d: path('train', 'circle', 0), look: 'is-train is-low' },
    { d: path('train', 'square', 1), look: 'is-train is-high' },
    { d: path('test', 'circle', 0), look: 'is-test is-low' },
    { d: path('test', 'square', 1), look: 'is-test is-high' },
  ];
  const all = [
    { d: path('train', 'circle', -1), look: 'is-train' },
    { d: path('test', 'circle', -1), look: 'is-test' },
  ];
  const marks = classes ? byClass : all;
  // The starting surface as the server draws it (surface-start.ts). This part is never hydrated:
  // its code loads after the lab wakes and renders afresh (LazyPart.tsx), canvas and all.
  const start =
    import.meta.env.SSR && run.peek().split.train.inputs === 2
      ? surfaceStartMarkup(
          surfaceValues(view.peek(), grid.peek(), new Float64Array(SURFACE_CELLS * SURFACE_CELLS)),
          range.peek(),
          SURFACE_CELLS,
          `${id}-start`,
        )
      : '';
  const sample = useComputed(() => {
    const { run: shown, sample: s } = view.value;
    const g = grid.value;
    return {
      x: (((shown.split.train.x1[s] ?? 0) - g.x1Min) * SIZE) / (g.x1Max - g.x1Min),
      y: ((g.x2Max - (shown.split.train.x2[s] ?? 0)) * SIZE) / (g.x2Max - g.x2Min),
    };
  });
  const sampleX = useComputed(() => sample.value.x.toFixed(1));
  const sampleY = useComputed(() => sample.value.y.toFixed(1));

  // The colours follow the theme: read once mounted and whenever the page's theme changes. Both
  // this and the first drawing run before the part's first paint: its render replaces the
  // server's drawing, and no frame shows the square empty.
  useLayoutEffect(() => {
    const read = () => box.current && (palette.value = readPalette(box.current));
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => observer.disconnect();
  }, []);

  useDomEffect(() => {
    const colours = palette.value;
    const shown = view.value;
    const context = canvas.current?.getContext('2d');
    if (!mounted.value || !colours || !context || shown.run.split.train.inputs !== 2) return;
    const started = performance.now();
    image.current ??= context.createImageData(SURFACE_CELLS, SURFACE_CELLS);
    const cells = surfaceValues(shown, grid.value, values.current);
    paintSurface(cells, range.value, colours, image.current.data);
    context.putImageData(image.current, 0, 0);
    performance.clearMeasures('lab surface redraw');
    performance.measure('lab surface redraw', { start: started });
  }, true);

  const summaryId = `${id}-surface-summary`;
  const what = classes ? 'the probability of class 1' : 'the prediction ŷ';
  return (
    <section class="lab-part lab-surface" aria-labelledby={`${id}-surface-heading`}>
      <h3 id={`${id}-surface-heading`} class="lab-part-heading">
        {classes ? 'The decision surface' : 'The prediction over the plane'}
      </h3>
      <div ref={box} class="lab-surface-box">
        {start && (
          <svg
            class="lab-surface-start"
            viewBox={`0 0 ${SURFACE_CELLS} ${SURFACE_CELLS}`}
            aria-hidden="true"
            dangerouslySetInnerHTML={{ __html: start }}
          />
        )}
        <canvas
          ref={canvas}
          class="lab-surface-canvas"
          width={SURFACE_CELLS}
          height={SURFACE_CELLS}
          aria-hidden="true"
        />
        <svg
          class="lab-surface-svg"
          viewBox={`0 0 ${SIZE} ${SIZE}`}
          role="img"
          aria-label={`The samples over the network’s ${what}`}
          aria-describedby={summaryId}
        >
          {marks.map(({ d, look }) => (
            <path key={look} class={`lab-mark ${look}`} d={d} />
          ))}
          <circle class="lab-mark-sample" cx={sampleX} cy={sampleY} r={MARK + 4} />
        </svg>
      </div>
      <ul class="lab-legend" aria-hidden="true">
        <li>
          <span class="lab-swatch is-low" /> {classes ? 'class 0 (p near 0)' : 'ŷ low'}
        </li>
        <li>
          <span class="lab-swatch is-high" /> {classes ? 'class 1 (p near 1)' : 'ŷ high'}
        </li>
      </ul>
      <p id={summaryId} class="lab-summary">
        The square holds every sample, x₁ from left to right and x₂ from bottom to top. Under the
        samples, its colour shows {what} the network gives at each point at the epoch on view:{' '}
        {classes
          ? 'orange where it is near 0 (class 0), the background’s colour at 0.5 and blue near 1 (class 1). Class 0 samples are circles and class 1 samples squares.'
          : 'orange where ŷ is as low as the lowest target, the background’s colour at ŷ = 0 and blue where it is as high as the highest.'}{' '}
        Training samples are filled and test samples hollow; a ring marks the training sample on
        view.
      </p>
    </section>
  );
}
