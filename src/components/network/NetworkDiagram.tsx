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
import { useRef } from 'preact/hooks';
import { LiveNumber } from '../LiveNumber.tsx';
import { SvgSymbol } from '../QuantitySymbol.tsx';
import { INPUT_RADIUS, type DiagramGeometry, type DiagramView } from './geometry.ts';
import type { NetworkLayout } from './layout.ts';
import { Connection, useConnections } from './NetworkDiagramConnections.tsx';
import { Label, Summary } from './NetworkDiagramLabels.tsx';
import { NodeGroup, NodeLine, nodeLines } from './NetworkDiagramNodes.tsx';
import { DIGITS, type Shared } from './NetworkDiagramShared.ts';

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
