/**
 * A uPlot chart inside a widget: made once the island has mounted, fed new columns with
 * `setData` on each change (never made again for a new epoch), resized with its box, redrawn in
 * the other theme's colours when the reader switches theme, and destroyed on unmount.
 *
 * uPlot itself (about 22 kB gzip) is loaded when a chart's box first comes into view, not with the
 * island: the widget's controls, numbers and text alternatives work before it arrives, and a
 * reader who never scrolls to the plots never downloads it.
 */
import { useEffect, useRef } from 'preact/hooks';
import type uPlot from 'uplot';
import { useDomEffect } from '../useStore.ts';

/** Colours of the page's theme, read from its CSS variables when a chart is made. */
export interface PlotColours {
  readonly text: string;
  readonly grid: string;
  readonly line: string;
  readonly points: string;
  readonly marker: string;
}

function themeColours(element: Element): PlotColours {
  const style = getComputedStyle(element);
  const colour = (name: string, fallback: string) =>
    style.getPropertyValue(name).trim() || fallback;
  return {
    text: colour('--sl-color-gray-2', '#333'),
    grid: colour('--sl-color-gray-5', '#ddd'),
    line: colour('--nn-positive', '#1f5fbf'),
    points: colour('--nn-negative', '#b3440b'),
    marker: colour('--nn-highlight', '#7a3db8'),
  };
}

/** Plot height in CSS pixels. */
const HEIGHT = 220;

/**
 * Keeps a chart in `box`: `options` makes its settings for a width and the theme's colours;
 * `data` gives its columns (read inside an effect, so the chart follows the signals it reads);
 * `onData` runs after each new data, with the chart (to move a marker).
 */
export function usePlot(
  box: { readonly current: HTMLElement | null },
  options: (width: number, colours: PlotColours) => uPlot.Options,
  data: () => uPlot.AlignedData,
): { readonly current: uPlot | null } {
  const chart = useRef<uPlot | null>(null);
  const latest = useRef({ options, data });
  latest.current = { options, data };

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    let Chart: typeof uPlot | undefined;
    let closed = false;
    const make = () => {
      if (!Chart || closed) return;
      chart.current?.destroy();
      const width = Math.max(200, element.clientWidth);
      chart.current = new Chart(
        latest.current.options(width, themeColours(element)),
        latest.current.data(),
        element,
      );
    };
    // uPlot is fetched when the chart's box first comes into view.
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      seen.disconnect();
      void import('uplot').then((module) => {
        Chart = module.default;
        make();
      });
    });
    seen.observe(element);
    const resize = new ResizeObserver(() => {
      const width = Math.max(200, element.clientWidth);
      if (chart.current && Math.abs(chart.current.width - width) > 1) {
        chart.current.setSize({ width, height: HEIGHT });
      }
    });
    resize.observe(element);
    const theme = new MutationObserver(make);
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      closed = true;
      seen.disconnect();
      resize.disconnect();
      theme.disconnect();
      chart.current?.destroy();
      chart.current = null;
    };
  }, [box]);

  useDomEffect(() => {
    const columns = data();
    chart.current?.setData(columns);
  });

  return chart;
}

export { HEIGHT as PLOT_HEIGHT };
