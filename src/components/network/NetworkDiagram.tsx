/**
 * A network as a live SVG: every node with its value, every connection with its weight λ, every
 * bias. A connection's colour is its weight's sign and its width the weight's size, so a reader
 * sees at a glance what a slider did. Positions come from the network's layout (its widths).
 *
 * The SVG renders once: each number, colour and width is bound to its own quantity, so a change
 * writes only what changed. It is one image to assistive technology (role="img" with a summary
 * that follows the numbers); the table beside it holds the same numbers for screen readers and
 * for anyone who prefers a table. Clicking a connection or a bias focuses its number box when the
 * widget has one.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { formatNumber } from '../../state/format.ts';
import { highlightOf } from '../../state/highlight.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SvgSymbol } from '../QuantitySymbol.tsx';
import { useDomEffect } from '../useStore.ts';
import {
  BOX,
  INPUT_RADIUS,
  describeNetwork,
  type DiagramConnection,
  type NetworkLayout,
  type Point,
} from './layout.ts';

/** Decimals of the numbers inside the diagram (the prediction under it shows three). */
const DIGITS = 2;

interface Shared {
  store: Store;
  mounted: ReadonlySignal<boolean>;
  /** Makes element ids unique and finds this widget's number boxes. */
  idPrefix: string;
}

/** Moves focus to the number box of a quantity, if the widget shows one. */
function focusControl(idPrefix: string, key: string): void {
  const box = document.getElementById(`${idPrefix}-${key}-box`);
  if (box instanceof HTMLInputElement) box.focus();
}

/** A connection's class: its weight's sign, and whether the reader points at it. */
function connectionClass(weight: number, highlighted: boolean): string {
  return `connection ${weight >= 0 ? 'is-positive' : 'is-negative'}${highlighted ? ' is-highlighted' : ''}`;
}

/** A line's width for a weight: thicker as the weight grows, up to |λ| = 3. */
function connectionWidth(weight: number): string {
  return String(1.5 + Math.min(Math.abs(weight), 3) * 2);
}

/** A connection as drawn: its colour follows the sign of its weight, its width the size. */
function Connection({ store, idPrefix, connection }: Shared & { connection: DiagramConnection }) {
  const { weight, from, to } = connection;
  const starting = store.kind.read(store.initialView, weight.key) ?? 0;
  return (
    <line
      data-weight={weight.key}
      class={connectionClass(starting, false)}
      x1={from.x}
      y1={from.y}
      x2={to.x}
      y2={to.y}
      stroke-width={connectionWidth(starting)}
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
function useConnections(svg: { readonly current: SVGSVGElement | null }, store: Store): void {
  const drawn = useRef<DrawnConnection[] | null>(null);
  useDomEffect(() => {
    const highlighted = highlightOf(store.name).value;
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
      const className = connectionClass(value, highlighted === line.weight);
      const width = connectionWidth(value);
      if (className !== line.className)
        line.element.setAttribute('class', (line.className = className));
      if (width !== line.width) line.element.setAttribute('stroke-width', (line.width = width));
    }
  });
}

/** A parameter's label on its connection or above its node: symbol and value. */
function Label({
  store,
  idPrefix,
  at,
  quantity,
  symbol,
}: Shared & { at: Point; quantity: string; symbol: readonly [string, string] }) {
  const highlighted = highlightOf(store.name);
  const className = useComputed(
    () => `diagram-label${highlighted.value === quantity ? ' is-highlighted' : ''}`,
  );
  return (
    <g class={className} onClick={() => focusControl(idPrefix, quantity)}>
      <rect x={at.x - 56} y={at.y - 15} width={112} height={29} rx={6} />
      <text x={at.x} y={at.y + 6} text-anchor="middle">
        <SvgSymbol symbol={symbol} />{' '}
        <LiveNumber as="tspan" store={store} quantity={quantity} digits={DIGITS} />
      </text>
    </g>
  );
}

/** The diagram's text alternative, following the numbers. */
function Summary({ store, mounted, layout, id }: Shared & { layout: NetworkLayout; id: string }) {
  const text = useComputed(() => {
    const view = mounted.value ? store.view.value : store.initialView;
    return describeNetwork(layout.names, (key) =>
      formatNumber(store.kind.read(view, key) ?? Number.NaN),
    );
  });
  return <desc id={id}>{text}</desc>;
}

export function NetworkDiagram({ layout, ...shared }: Shared & { layout: NetworkLayout }) {
  const { store, idPrefix } = shared;
  const svg = useRef<SVGSVGElement>(null);
  useConnections(svg, store);
  const titleId = `${idPrefix}-diagram-title`;
  const descId = `${idPrefix}-diagram-desc`;
  const outputs = layout.names.layers.at(-1)!;
  const output = layout.nodes[outputs[0]!.node]!;
  const live = (quantity: string, digits = DIGITS) => (
    <LiveNumber as="tspan" store={store} quantity={quantity} digits={digits} />
  );

  return (
    <svg
      ref={svg}
      class="network-diagram"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{layout.title}</title>
      <Summary {...shared} layout={layout} id={descId} />
      {layout.connections.map((connection) => (
        <Connection key={connection.weight.key} {...shared} connection={connection} />
      ))}
      {layout.nodes.map(({ name, x, y }) =>
        name.role === 'input' ? (
          <g key={name.key} class="node is-input">
            <text class="feature" x={x - INPUT_RADIUS - 10} y={y + 5} text-anchor="end">
              <SvgSymbol symbol={['x', String(name.index + 1)]} /> ={' '}
              {live(layout.names.features[name.index]!)}
            </text>
            <circle cx={x} cy={y} r={INPUT_RADIUS} />
            <text class="node-name" x={x} y={y - 4} text-anchor="middle">
              <SvgSymbol symbol={[name.letter, String(name.number)]} />
            </text>
            <text class="node-value" x={x} y={y + 15} text-anchor="middle">
              {live(name.key)}
            </text>
          </g>
        ) : (
          <g key={name.key} class="node is-computed">
            <rect
              x={x - BOX.width / 2}
              y={y - BOX.height / 2}
              width={BOX.width}
              height={BOX.height}
              rx={12}
            />
            <text class="node-name" x={x} y={y - 16} text-anchor="middle">
              <SvgSymbol symbol={[name.letter, String(name.number)]} />
            </text>
            <text class="node-value" x={x} y={y + 8} text-anchor="middle">
              in {live(name.inputKey)}
            </text>
            <text class="node-value" x={x} y={y + 30} text-anchor="middle">
              out {live(name.key)}
            </text>
          </g>
        ),
      )}
      {outputs.length === 1 && (
        <text
          class="prediction"
          x={output.x}
          y={output.y + BOX.height / 2 + 28}
          text-anchor="middle"
        >
          ŷ = {live(output.name.key, 3)}, y = {live(layout.names.targets[0]!)}
        </text>
      )}
      {layout.connections.map(({ weight, label }) => (
        <Label
          key={weight.key}
          {...shared}
          at={label}
          quantity={weight.key}
          symbol={weight.symbol}
        />
      ))}
      {layout.biases.map(({ bias, label }) => (
        <Label key={bias.key} {...shared} at={label} quantity={bias.key} symbol={bias.symbol} />
      ))}
    </svg>
  );
}
