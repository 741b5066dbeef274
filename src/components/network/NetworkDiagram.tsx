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
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { formatNumber } from '../../state/format.ts';
import { highlightOf, stepFocusOf } from '../../state/highlight.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SvgSymbol } from '../QuantitySymbol.tsx';
import { useDomEffect } from '../useStore.ts';
import {
  INPUT_RADIUS,
  LABEL,
  LABEL_BASELINE,
  type DiagramGeometry,
  type DiagramView,
  type PlacedConnection,
} from './geometry.ts';
import { describeNetwork, type NetworkLayout, type Point } from './layout.ts';

/** Decimals of every number in the diagram: the same as in the chapters' equations. */
const DIGITS = 3;

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

/** A connection's class: its weight's sign, whether the reader points at it or a step uses it. */
function connectionClass(weight: number, highlighted: boolean, current = false): string {
  return `connection ${weight >= 0 ? 'is-positive' : 'is-negative'}${highlighted ? ' is-highlighted' : ''}${current ? ' is-current' : ''}`;
}

/**
 * The SVG's height in CSS, the same whether it was drawn for a guessed width (on the server) or
 * for its real one: layers running down are drawn one unit per pixel, so the diagram is as tall
 * as its units whatever its width; layers running across shrink with the width below their
 * fewest units and never grow taller than their units. A diagram drawn for a guess only
 * letterboxes, so the page does not move when it is drawn again for its room.
 */
function heightOf(geometry: DiagramGeometry): string {
  return geometry.orientation === 'down'
    ? `height: ${geometry.height}px`
    : `max-height: ${geometry.height}px`;
}

/** A line's width for a weight: thicker as the weight grows, up to |λ| = 3. */
function connectionWidth(weight: number): string {
  return String(1.5 + Math.min(Math.abs(weight), 3) * 2);
}

/** A connection as drawn: its colour follows the sign of its weight, its width the size. */
function Connection({
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
function useConnections(svg: { readonly current: SVGSVGElement | null }, store: Store): void {
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

/** A parameter's label on its connection or above its node: symbol and value, or ∂L/∂ of it. */
function Label({
  store,
  idPrefix,
  at,
  quantity,
  symbol,
  view,
}: Shared & {
  at: Point;
  quantity: string;
  symbol: readonly [string, string];
  view: DiagramView;
}) {
  const highlighted = highlightOf(store.name);
  const className = useComputed(
    () => `diagram-label${highlighted.value === quantity ? ' is-highlighted' : ''}`,
  );
  const backward = view === 'backward';
  return (
    <g class={className} onClick={() => focusControl(idPrefix, quantity)}>
      <rect
        x={at.x - LABEL.width / 2}
        y={at.y - LABEL.height / 2}
        width={LABEL.width}
        height={LABEL.height}
        rx={6}
      />
      <text x={at.x} y={at.y + LABEL_BASELINE} text-anchor="middle">
        {backward ? '∂' : ''}
        <SvgSymbol symbol={symbol} />{' '}
        <LiveNumber
          as="tspan"
          store={store}
          quantity={backward ? `dL/d${quantity}` : quantity}
          digits={DIGITS}
        />
      </text>
    </g>
  );
}

/** The diagram's text alternative, following the numbers. */
function Summary({
  store,
  mounted,
  layout,
  id,
  view,
}: Shared & { layout: NetworkLayout; id: string; view: DiagramView }) {
  const text = useComputed(() => {
    const current = mounted.value ? store.view.value : store.initialView;
    const shown = (key: string) => formatNumber(store.kind.read(current, key) ?? Number.NaN);
    if (view === 'weights') {
      const parameters = [...layout.names.weights, ...layout.names.biases];
      return `The weights and biases: ${parameters.map((p) => `${p.symbol.join('')} = ${shown(p.key)}`).join(', ')}.`;
    }
    const forward = describeNetwork(layout.names, shown);
    if (view === 'forward') return forward;
    const output = layout.names.layers.at(-1)![0]!;
    const backward =
      `Backward, the loss's derivative flows from ${output.key} to the inputs: ` +
      layout.names.nodes
        .map((node) =>
          node.role === 'input'
            ? `∂L/∂${node.key} = ${shown(`dL/d${node.key}`)}`
            : `∂L/∂${node.key} = ${shown(`dL/d${node.key}`)}, ∂L/∂${node.inputKey} = ${shown(`dL/d${node.inputKey}`)}`,
        )
        .join('; ') +
      '. The list under the diagram gives each weight and bias with its derivative.';
    return view === 'backward' ? backward : `${forward} ${backward}`;
  });
  return <desc id={id}>{text}</desc>;
}

/** A node's class: its kind, and whether the current step works at it. */
function useNodeClass(store: Store, key: string, kind: string) {
  return useComputed(
    () => `node ${kind}${stepFocusOf(store.name).value?.nodes.includes(key) ? ' is-current' : ''}`,
  );
}

/** A node's group, marked while a step works at it. */
function NodeGroup({
  store,
  nodeKey,
  kind,
  children,
}: {
  store: Store;
  nodeKey: string;
  kind: string;
  children: ComponentChildren;
}) {
  return <g class={useNodeClass(store, nodeKey, kind)}>{children}</g>;
}

/** A number line inside a node: a short name, then the live value. */
function NodeLine({
  store,
  x,
  y,
  name,
  quantity,
}: Shared & { x: number; y: number; name: string; quantity: string }) {
  return (
    <text
      class={`node-value${name.startsWith('∂') ? ' is-derivative' : ''}`}
      x={x}
      y={y}
      text-anchor="middle"
    >
      {name} <LiveNumber as="tspan" store={store} quantity={quantity} digits={DIGITS} />
    </text>
  );
}

/** The lines of a computing node's box for the view: none, values, derivatives, or both. */
function nodeLines(view: DiagramView, key: string, inputKey: string) {
  if (view === 'weights') return [];
  const forward = [
    { name: 'in', quantity: inputKey },
    { name: 'out', quantity: key },
  ];
  const backward = [
    { name: '∂in', quantity: `dL/d${inputKey}` },
    { name: '∂out', quantity: `dL/d${key}` },
  ];
  return view === 'forward' ? forward : view === 'backward' ? backward : [...forward, ...backward];
}

export function NetworkDiagram({
  layout,
  geometry,
  view,
  ...shared
}: Shared & { layout: NetworkLayout; geometry: DiagramGeometry; view: DiagramView }) {
  const { store, idPrefix } = shared;
  const svg = useRef<SVGSVGElement>(null);
  useConnections(svg, store);
  // Unique while both orientations are drawn (FittedDiagram.tsx).
  const ids = `${idPrefix}-${geometry.orientation}`;
  const titleId = `${ids}-diagram-title`;
  const descId = `${ids}-diagram-desc`;
  const { box, inputText } = geometry;
  const outputs = layout.names.layers.at(-1)!;
  const derivatives = view === 'backward' || view === 'both';
  const live = (quantity: string) => (
    <LiveNumber as="tspan" store={store} quantity={quantity} digits={DIGITS} />
  );

  return (
    <svg
      ref={svg}
      class={`network-diagram is-${geometry.orientation} shows-${view}`}
      viewBox={`0 0 ${geometry.width} ${geometry.height}`}
      style={heightOf(geometry)}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{layout.title}</title>
      <Summary {...shared} layout={layout} id={descId} view={view} />
      <defs>
        <marker
          id={`${ids}-arrow`}
          class="diagram-arrow"
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="5"
          markerHeight="5"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" />
        </marker>
      </defs>
      {geometry.connections.map((connection) => (
        <Connection
          key={connection.weight.key}
          {...shared}
          connection={connection}
          backward={view === 'backward'}
          arrowId={`${ids}-arrow`}
        />
      ))}
      {geometry.nodes.map(({ name, x, y }) =>
        name.role === 'input' ? (
          <NodeGroup key={name.key} store={store} nodeKey={name.key} kind="is-input">
            <text
              class="feature"
              x={x + inputText.feature.x}
              y={y + inputText.feature.y}
              text-anchor={inputText.anchor}
            >
              <SvgSymbol symbol={['x', String(name.index + 1)]} /> ={' '}
              {live(layout.names.features[name.index]!)}
            </text>
            <circle cx={x} cy={y} r={INPUT_RADIUS} />
            <text class="node-name" x={x} y={y - 5} text-anchor="middle">
              <SvgSymbol symbol={[name.letter, String(name.number)]} />
            </text>
            <text class="node-value" x={x} y={y + 16} text-anchor="middle">
              {live(name.key)}
            </text>
            {derivatives && (
              <text
                class="node-value is-derivative"
                x={x + inputText.derivative.x}
                y={y + inputText.derivative.y}
                text-anchor={inputText.anchor}
              >
                ∂ {live(`dL/d${name.key}`)}
              </text>
            )}
          </NodeGroup>
        ) : (
          <NodeGroup key={name.key} store={store} nodeKey={name.key} kind="is-computed">
            <rect
              x={x - box.width / 2}
              y={y - box.height / 2}
              width={box.width}
              height={box.height}
              rx={12}
            />
            <text class="node-name" x={x} y={y - box.height / 2 + 22} text-anchor="middle">
              <SvgSymbol symbol={[name.letter, String(name.number)]} />
            </text>
            {nodeLines(view, name.key, name.inputKey).map((line, i) => (
              <NodeLine
                key={line.quantity}
                {...shared}
                x={x}
                y={y - box.height / 2 + 45 + 21 * i}
                name={line.name}
                quantity={line.quantity}
              />
            ))}
          </NodeGroup>
        ),
      )}
      {outputs.length === 1 && (
        <text
          class="prediction"
          x={geometry.prediction.x}
          y={geometry.prediction.y}
          text-anchor="middle"
        >
          ŷ = {live(outputs[0]!.key)}, y = {live(layout.names.targets[0]!)}
        </text>
      )}
      {geometry.connections.map(({ weight, label }) =>
        label ? (
          <Label
            key={weight.key}
            {...shared}
            at={label}
            quantity={weight.key}
            symbol={weight.symbol}
            view={view}
          />
        ) : null,
      )}
      {geometry.biases.map(({ bias, label }) => (
        <Label
          key={bias.key}
          {...shared}
          at={label}
          quantity={bias.key}
          symbol={bias.symbol}
          view={view}
        />
      ))}
    </svg>
  );
}
