/** The diagram's connections: colour from the weight's sign, width from its size, kept live. */
import { useRef } from 'preact/hooks';
import { highlightOf, stepFocusOf } from '../../state/highlight.ts';
import type { Store } from '../../state/store.ts';
import { useDomEffect } from '../useStore.ts';
import type { PlacedConnection } from './geometry.ts';
import { focusControl, type Shared } from './NetworkDiagramShared.ts';

/** A connection's class: its weight's sign, whether the reader points at it or a step uses it. */
function connectionClass(weight: number, highlighted: boolean, current = false): string {
  return `connection ${weight >= 0 ? 'is-positive' : 'is-negative'}${highlighted ? ' is-highlighted' : ''}${current ? ' is-current' : ''}`;
}

/** A line's width for a weight: thicker as the weight grows, up to |λ| = 3. */
function connectionWidth(weight: number): string {
  return String(1.5 + Math.min(Math.abs(weight), 3) * 2);
}

/** A connection as drawn: its colour follows the sign of its weight, its width the size. */
export function Connection({
  store,
  idPrefix,
  connection,
  backward,
  arrowId,
}: Shared & { connection: PlacedConnection; backward: boolean; arrowId: string }) {
  const { weight, start, end } = connection;
  const arrow = `url(#${arrowId})`;
  const starting = store.kind.read(store.initialView, weight.key) ?? 0;
  return (
    <line
      data-weight={weight.key}
      class={connectionClass(starting, false)}
      x1={start.x}
      y1={start.y}
      x2={end.x}
      y2={end.y}
      stroke-width={connectionWidth(starting)}
      // Forward, an arrowhead at the node it feeds; backward, at the node the derivative reaches.
      marker-end={backward ? undefined : arrow}
      marker-start={backward ? arrow : undefined}
      onClick={() => focusControl(idPrefix, weight.key)}
    />
  );
}

/** A drawn connection and the attributes it shows now. */
interface DrawnConnection {
  element: Element;
  weight: string;
  className: string;
  width: string;
}

/**
 * Keeps every connection's colour and width in step with its weight and the highlight, through
 * one effect for all of them (from mounting on; it writes only what changed).
 */
export function useConnections(
  svg: { readonly current: SVGSVGElement | null },
  store: Store,
): void {
  const drawn = useRef<DrawnConnection[] | null>(null);
  useDomEffect(() => {
    const highlighted = highlightOf(store.name).value;
    const focus = stepFocusOf(store.name).value;
    const view = store.view.value;
    drawn.current ??= Array.from(
      svg.current?.querySelectorAll('line[data-weight]') ?? [],
      (element) => ({
        element,
        weight: element.getAttribute('data-weight') ?? '',
        className: element.getAttribute('class') ?? '',
        width: element.getAttribute('stroke-width') ?? '',
      }),
    );
    for (const line of drawn.current) {
      const value = store.kind.read(view, line.weight) ?? 0;
      const className = connectionClass(
        value,
        highlighted === line.weight,
        focus?.connections.includes(line.weight) ?? false,
      );
      const width = connectionWidth(value);
      if (className !== line.className)
        line.element.setAttribute('class', (line.className = className));
      if (width !== line.width) line.element.setAttribute('stroke-width', (line.width = width));
    }
  });
}
