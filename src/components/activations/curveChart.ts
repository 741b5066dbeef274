/**
 * The uPlot chart of an activation and its derivative. Loaded only once the widget is on screen
 * (uPlot is most of the widget's weight), and fed columns the widget read from its store: it
 * computes nothing. α(z) is a solid line, α′(z) a dashed one, so the two differ by more than
 * colour; a derivative with a jump (ReLU's) is drawn as steps, so the jump stands upright at the
 * kink instead of leaning across a grid cell. A vertical rule and two dots mark the reader's z.
 *
 * Colours are read from the page's CSS variables at each draw, so a change of theme only needs a
 * redraw.
 */
import uPlot from 'uplot';

/** What the chart draws: the sampled curve, and the point the reader is at. */
export interface CurveData {
  readonly z: readonly number[];
  readonly output: readonly number[];
  readonly derivative: readonly number[];
  /** True when the derivative jumps (ReLU, leaky ReLU): drawn as steps. */
  readonly stepped: boolean;
}

export interface CurvePoint {
  readonly z: number;
  readonly output: number;
  readonly derivative: number;
}

/** A chart: feed it new curves or a new point; destroy it on unmount. */
export interface CurveChart {
  setCurve(data: CurveData): void;
  setPoint(point: CurvePoint): void;
  resize(width: number): void;
  redraw(): void;
  destroy(): void;
}

/** The chart's height in CSS pixels. */
export const CHART_HEIGHT = 260;

export function createCurveChart(
  holder: HTMLElement,
  width: number,
  curve: CurveData,
  point: CurvePoint,
): CurveChart {
  let stepped = curve.stepped;
  let marker = point;
  const color = (name: string) => getComputedStyle(holder).getPropertyValue(name).trim();
  const linear = uPlot.paths.linear!();
  const steps = uPlot.paths.stepped!({ align: -1 });
  const axis = (label: string): uPlot.Axis => ({
    label,
    stroke: () => color('--sl-color-gray-2'),
    grid: { stroke: () => color('--sl-color-gray-5'), width: 1 },
    ticks: { stroke: () => color('--sl-color-gray-5'), width: 1 },
    font: '13px system-ui, sans-serif',
    labelFont: '13px system-ui, sans-serif',
  });

  /** The reader's z: a vertical rule across the plot and a dot on each curve. */
  function drawMarker(u: uPlot): void {
    const { ctx, bbox } = u;
    const x = u.valToPos(marker.z, 'x', true);
    const ratio = uPlot.pxRatio;
    ctx.save();
    ctx.setLineDash([]);
    ctx.strokeStyle = color('--nn-highlight');
    ctx.lineWidth = 2 * ratio;
    ctx.beginPath();
    ctx.moveTo(x, bbox.top);
    ctx.lineTo(x, bbox.top + bbox.height);
    ctx.stroke();
    for (const [value, name] of [
      [marker.output, '--nn-positive'],
      [marker.derivative, '--nn-negative'],
    ] as const) {
      ctx.fillStyle = color(name);
      ctx.beginPath();
      ctx.arc(x, u.valToPos(value, 'y', true), 5 * ratio, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.restore();
  }

  const chart = new uPlot(
    {
      width,
      height: CHART_HEIGHT,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false } },
      axes: [axis('node input z'), axis('α(z) and α′(z)')],
      series: [
        {},
        {
          label: 'α(z)',
          stroke: () => color('--nn-positive'),
          width: 2.5,
          paths: linear,
          points: { show: false },
        },
        {
          label: 'α′(z)',
          stroke: () => color('--nn-negative'),
          width: 2.5,
          dash: [7, 5],
          paths: (u, seriesIdx, idx0, idx1) => (stepped ? steps : linear)(u, seriesIdx, idx0, idx1),
          points: { show: false },
        },
      ],
      hooks: { draw: [drawMarker] },
    },
    columnsOf(curve),
    holder,
  );

  return {
    setCurve(data) {
      stepped = data.stepped;
      chart.setData(columnsOf(data));
    },
    setPoint(next) {
      marker = next;
      chart.redraw(false);
    },
    resize(next) {
      chart.setSize({ width: next, height: CHART_HEIGHT });
    },
    redraw() {
      chart.redraw(false);
    },
    destroy() {
      chart.destroy();
    },
  };
}

function columnsOf(curve: CurveData): uPlot.AlignedData {
  return [curve.z.slice(), curve.output.slice(), curve.derivative.slice()];
}
