/**
 * A small SVG line plot shared by the book's widgets: lines (solid, dashed or dotted), dots for data
 * points, an upright marker at an x value, ticks with labels, axis titles and a legend that names
 * each line by its look (solid, dashed, dots) as well as its colour.
 *
 * Why SVG and not a chart library: the server draws the plot from the store's starting state, so a
 * page without JavaScript already shows its curves, and the whole component weighs less than a
 * tenth of a chart library. The plot computes no quantity: its widget hands it signals of the
 * numbers the store read from the engine, and it only maps them to positions (scales.ts) and
 * writes them as lines (paths.ts).
 *
 * Rendering stays small. Each line's `d` and the marker's position are computed signals bound to
 * their attributes, so a new epoch or a new z rewrites those attributes and nothing else; the
 * component renders again only for what moves its ticks (another domain, another width).
 *
 * Room: like the network diagram, the plot is laid out for the width it has, one viewBox unit per
 * CSS pixel once measured, so its 13-unit text is 13 px on a phone as on a laptop. Until then (on
 * the server, while hydrating) it is laid out for `width` and scaled to fit its box.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { useRoom } from '../useRoom.ts';
import { Subscripted } from './Subscripted.tsx';
import { dotsPath, linePath } from './paths.ts';
import {
  linearScale,
  linearTicks,
  logScale,
  logTickLabel,
  logTicks,
  niceStep,
  tickLabel,
  type Domain,
  type Scale,
} from './scales.ts';

/** The points of one line, as its widget read them from the store. */
export interface PlotPoints {
  readonly xs: ArrayLike<number>;
  readonly ys: ArrayLike<number>;
  /** Hold each value back to the previous point and rise upright there (a jump in a curve). */
  readonly step?: boolean;
}

export interface PlotSeries {
  /** What the legend says the line shows. */
  readonly label: string;
  /** The class that gives the line its colour (its `stroke`). */
  readonly className: string;
  /** A solid, dashed or dotted line, or a dot at each point. */
  readonly look: 'solid' | 'dashed' | 'dotted' | 'dots';
  readonly points: ReadonlySignal<PlotPoints>;
  /** False to leave the series out of the legend (dots that mark the marker's point). */
  readonly inLegend?: boolean;
}

export interface PlotAxis {
  readonly domain: ReadonlySignal<Domain>;
  readonly title: string;
  /** A logarithmic axis: the domain's ends must be positive; values below it sit on its floor. */
  readonly log?: boolean;
}

export interface PlotMarker {
  /** Where the upright line stands, in the x axis's units. */
  readonly x: ReadonlySignal<number>;
  readonly label: string;
  readonly className: string;
}

interface Props {
  /**
   * The viewBox width drawn before the plot has measured its room (and on the server); 340 by
   * default, the width of a plot that shares a row with another.
   */
  width?: number;
  /** The viewBox height, which is also the plot's height in CSS pixels; 230 by default. */
  height?: number;
  x: PlotAxis;
  y: PlotAxis;
  series: readonly PlotSeries[];
  marker?: PlotMarker;
  /** The plot's name for assistive technology. */
  label: string;
  /** The id of the sentence that says in words what the plot shows. */
  describedBy?: string;
  /** A class for the plot's box, for the widget's own spacing. */
  class?: string;
}

/** Room around the plotting area: the y labels and title to the left, the x ones below. */
const MARGIN = { left: 56, right: 14, top: 10, bottom: 42 } as const;
/** The plotting area reaches this far past its edges, so dots on them are not cut in half. */
const BLEED = 6;
/** Units of room per tick: fewer ticks on a narrow plot, so their labels never touch. */
const X_TICK_ROOM = 72;
const Y_TICK_ROOM = 36;
/** The narrowest layout: below it the plot is scaled down rather than squeezed. */
const MIN_WIDTH = 220;

function scaleOf(axis: PlotAxis, domain: Domain, range: Domain): Scale {
  return axis.log ? logScale(domain, range) : linearScale(domain, range);
}

/** Ticks of an axis with their labels, for the room it has. */
function ticksOf(axis: PlotAxis, domain: Domain, count: number): [number, string][] {
  if (axis.log) return logTicks(domain, count).map((value) => [value, logTickLabel(value)]);
  const step = niceStep(domain[1] - domain[0], count);
  return linearTicks(domain, count).map((value) => [value, tickLabel(value, step)]);
}

/** The class list of a line's look. */
function lookClass(series: Pick<PlotSeries, 'look' | 'className'>): string {
  return `line-plot-line is-${series.look} ${series.className}`;
}

/** One series: a path whose `d` follows its points and the scales without rendering again. */
function SeriesPath({
  series,
  x,
  y,
}: {
  series: PlotSeries;
  x: ReadonlySignal<Scale>;
  y: ReadonlySignal<Scale>;
}) {
  const d = useComputed(() => {
    const { xs, ys, step } = series.points.value;
    return series.look === 'dots'
      ? dotsPath(xs, ys, x.value, y.value)
      : linePath(xs, ys, x.value, y.value, step);
  });
  return <path class={lookClass(series)} d={d} />;
}

/** The upright marker: its position is bound, so moving it renders nothing again. */
function MarkerLine({
  marker,
  x,
  height,
}: {
  marker: PlotMarker;
  x: ReadonlySignal<Scale>;
  height: number;
}) {
  const position = useComputed(() => {
    const at = x.value(marker.x.value);
    // A marker without a finite place is drawn out of sight, never as NaN.
    return Number.isFinite(at) ? at.toFixed(1) : '-100';
  });
  return (
    <line
      class={`line-plot-marker ${marker.className}`}
      x1={position}
      x2={position}
      y1={0}
      y2={height}
    />
  );
}

/** The legend: a sample of each line's look beside its name. */
function Legend({
  series,
  marker,
}: {
  series: readonly PlotSeries[];
  marker?: PlotMarker | undefined;
}) {
  return (
    <ul class="line-plot-legend" aria-label="How the lines are drawn">
      {series
        .filter((entry) => entry.inLegend !== false)
        .map((entry) => (
          <li key={entry.label}>
            <svg class="line-plot-swatch" viewBox="0 0 40 12" aria-hidden="true">
              <path class={lookClass(entry)} d={entry.look === 'dots' ? 'M20 6h0' : 'M2 6H38'} />
            </svg>
            <Subscripted text={entry.label} />
          </li>
        ))}
      {marker && (
        <li>
          <svg class="line-plot-swatch" viewBox="0 0 40 12" aria-hidden="true">
            <path class={`line-plot-marker ${marker.className}`} d="M20 0V12" />
          </svg>
          {marker.label}
        </li>
      )}
    </ul>
  );
}

export function LinePlot(props: Props) {
  const { width = 340, height = 230, x, y, series, marker, label, describedBy } = props;
  const box = useRef<HTMLDivElement>(null);
  const measured = useRoom(box);
  const room = useComputed(() => Math.max(MIN_WIDTH, measured.value ?? width));
  const inner = {
    width: room.value - MARGIN.left - MARGIN.right,
    height: height - MARGIN.top - MARGIN.bottom,
  };
  // Scales map into the plotting area's own units, which start BLEED units inside its viewport.
  const xScale = useComputed(() =>
    scaleOf(x, x.domain.value, [BLEED, BLEED + room.value - MARGIN.left - MARGIN.right]),
  );
  const yScale = useComputed(() => scaleOf(y, y.domain.value, [BLEED + inner.height, BLEED]));
  // Reading the domains here renders the ticks again when a domain changes, and only then.
  const xDomain = x.domain.value;
  const yDomain = y.domain.value;
  const xPlace = scaleOf(x, xDomain, [MARGIN.left, MARGIN.left + inner.width]);
  const yPlace = scaleOf(y, yDomain, [MARGIN.top + inner.height, MARGIN.top]);
  const xTicks = ticksOf(x, xDomain, Math.max(2, Math.floor(inner.width / X_TICK_ROOM)));
  const yTicks = ticksOf(y, yDomain, Math.max(2, Math.floor(inner.height / Y_TICK_ROOM)));
  const bottom = MARGIN.top + inner.height;
  const right = MARGIN.left + inner.width;
  return (
    <div class={`line-plot ${props.class ?? ''}`}>
      <Legend series={series} marker={marker} />
      <div ref={box} class="line-plot-box">
        <svg
          class="line-plot-svg"
          viewBox={`0 0 ${room.value} ${height}`}
          width="100%"
          height={height}
          // The height in CSS too, over the book's `svg { height: auto }`: a plot drawn for
          // another width (on the server, before it has measured its room) keeps its height
          // and letterboxes, so the page does not move when it wakes.
          style={`height: ${height}px`}
          role="img"
          aria-label={label}
          aria-describedby={describedBy}
        >
          <g class="line-plot-grid">
            {xTicks.map(([value]) => (
              <line key={value} x1={xPlace(value)} x2={xPlace(value)} y1={MARGIN.top} y2={bottom} />
            ))}
            {yTicks.map(([value]) => (
              <line key={value} x1={MARGIN.left} x2={right} y1={yPlace(value)} y2={yPlace(value)} />
            ))}
          </g>
          <path class="line-plot-axis" d={`M${MARGIN.left} ${MARGIN.top}V${bottom}H${right}`} />
          <g class="line-plot-text">
            {xTicks.map(([value, text]) => (
              <text key={value} x={xPlace(value)} y={bottom + 16} text-anchor="middle">
                {text}
              </text>
            ))}
            {yTicks.map(([value, text]) => (
              <text key={value} x={MARGIN.left - 6} y={yPlace(value) + 4.5} text-anchor="end">
                {text}
              </text>
            ))}
            <text x={MARGIN.left + inner.width / 2} y={height - 6} text-anchor="middle">
              <Subscripted text={x.title} svg />
            </text>
            <text
              x={0}
              y={0}
              text-anchor="middle"
              transform={`translate(13 ${MARGIN.top + inner.height / 2}) rotate(-90)`}
            >
              <Subscripted text={y.title} svg />
            </text>
          </g>
          {/* A nested viewport clips lines that leave the plotting area. */}
          <svg
            x={MARGIN.left - BLEED}
            y={MARGIN.top - BLEED}
            width={inner.width + 2 * BLEED}
            height={inner.height + 2 * BLEED}
            class="line-plot-area"
          >
            {series.map((entry) => (
              <SeriesPath key={entry.label} series={entry} x={xScale} y={yScale} />
            ))}
            {marker && <MarkerLine marker={marker} x={xScale} height={inner.height + 2 * BLEED} />}
          </svg>
        </svg>
      </div>
    </div>
  );
}
