/**
 * The lab's network as a diagram: layers left to right, every node a circle with its number, every
 * connection a line coloured by its weight's sign (solid for positive, dashed for negative, so
 * not by colour alone) and thicker for a larger |λ| at the epoch on view. A paragraph under it
 * says in words what it shows.
 *
 * The nodes are one control, a group of radio buttons with one tab stop: Tab reaches the chosen
 * node, the arrow keys move up and down a layer and across to the nearest node of the next one
 * (Home and End to the first and the last), and a click or a tap chooses a node. Choosing a node
 * opens its panel (NodePanel). Why radios: exactly one node is chosen at a time, and a radio
 * group is what assistive technology announces as "choose one of these".
 *
 * Only the lines follow the epoch: their class and width are written by one effect, so playing
 * the run renders nothing again.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { TargetedKeyboardEvent } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { NetworkNames } from '../../engine/core/index.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { useDomEffect } from '../useStore.ts';
import {
  NODE_RADIUS,
  connectionAt,
  layoutLab,
  nodeAfterMove,
  strokeWidthOf,
  type NodeMove,
} from './lab-geometry.ts';
import type { LabView } from './lab-view.ts';

interface Props {
  store: Store;
  /** The view on show: the starting one while hydrating, then the store's. */
  view: ReadonlySignal<LabView>;
  /** The names of the network drawn. */
  names: NetworkNames;
  /** Each layer's activation as the menus name it, the inputs' first (empty). */
  activations: readonly string[];
  /** The chosen node's number. */
  chosen: number;
  /** The node whose connection into the chosen node is chosen, 0 for none. */
  from: number;
  onChoose: (node: number) => void;
  /** A click or a tap on a connection's line: its two ends. */
  onChooseConnection: (from: number, to: number) => void;
  id: string;
}

const MOVES = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * A weight's line: its sign as a class (and whether it is the chosen connection), its size as a
 * width, against the largest |λ| on view.
 */
function lineLook(weights: readonly number[], weight: number, chosen: boolean): [string, number] {
  let largest = 0;
  for (const w of weights) if (Number.isFinite(w)) largest = Math.max(largest, Math.abs(w));
  const sign = weight < 0 ? 'is-negative' : 'is-positive';
  const look = `lab-connection ${sign}${chosen ? ' is-chosen' : ''}`;
  return [look, Math.round(strokeWidthOf(weight, largest) * 100) / 100];
}

/** Every weight of the view's network at the epoch on view, in the names' order. */
function weightsAt(view: LabView): number[] {
  const { names, trace } = view.run;
  return names.weights.map((w) => trace.parameters[w.parameter]![view.row] ?? Number.NaN);
}

/** A node's name as the radio reads it: "node 4, hidden layer 1, sigmoid". */
export function nodeLabel(names: NetworkNames, number: number, activations: readonly string[]) {
  const node = names.nodes[number - 1]!;
  if (node.role === 'input') return `node ${number}, input x${node.index + 1}`;
  const where = node.role === 'output' ? 'output' : `hidden layer ${node.layer}`;
  return `node ${number}, ${where}, ${activations[node.layer]}`;
}

export function LabDiagram(props: Props) {
  const { store, view, names, activations, chosen, from, onChoose, id } = props;
  const layout = layoutLab(names.widths);
  const svg = useRef<SVGSVGElement>(null);
  /** The node a key moved to: it takes the focus once drawn as chosen. */
  const focusNext = useRef<number | null>(null);
  const start = view.peek();
  const startWeights = weightsAt(start);

  // The lines follow the epoch on view: their class and width, written without rendering.
  useDomEffect(() => {
    const weights = weightsAt(view.value);
    const lines = svg.current?.querySelectorAll<SVGLineElement>('line[data-weight]') ?? [];
    lines.forEach((line, i) => {
      const weight = names.weights[i]!;
      const isChosen = weight.from.number === from && weight.to.number === chosen;
      const [className, width] = lineLook(weights, weights[i] ?? Number.NaN, isChosen);
      if (line.getAttribute('class') !== className) line.setAttribute('class', className);
      line.setAttribute('stroke-width', String(width));
    });
  });

  useLayoutEffect(() => {
    if (focusNext.current === null) return;
    svg.current?.querySelector<SVGGElement>(`[data-node="${focusNext.current}"]`)?.focus();
    focusNext.current = null;
  });

  const onKey = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (MOVES.has(event.key)) {
      event.preventDefault();
      const next = nodeAfterMove(layout, chosen, event.key as NodeMove);
      focusNext.current = next;
      onChoose(next);
      if (next === chosen)
        svg.current?.querySelector<SVGGElement>(`[data-node="${next}"]`)?.focus();
    } else if (event.key === ' ' || event.key === 'Enter') {
      const node = (event.target as Element).closest('[data-node]');
      if (node) {
        event.preventDefault();
        onChoose(Number(node.getAttribute('data-node')));
      }
    }
  };

  /** A click or a tap between the nodes: the connection nearest it, in the drawing's units. */
  const chooseConnection = (event: MouseEvent) => {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const connections = names.weights.map((w) => ({ from: w.from.number, to: w.to.number }));
    const found = connectionAt(layout, connections, point.x, point.y);
    if (found) props.onChooseConnection(found.from, found.to);
  };

  const summaryId = `${id}-diagram-summary`;
  const last = names.layers.length - 1;
  return (
    <div class="lab-diagram">
      <div
        role="radiogroup"
        aria-label="Nodes of the network: choose one to see its equations"
        aria-describedby={summaryId}
        class="lab-diagram-nodes"
        onKeyDown={onKey}
      >
        <svg
          ref={svg}
          class="lab-diagram-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={layout.width}
          height={layout.height}
        >
          {/* A click or a tap on a line, or on the unseen ground under the lines and the nodes,
              chooses the connection whose line passes nearest: a line of one pixel is easy to hit. */}
          <g aria-hidden="true" onClick={chooseConnection}>
            <rect class="lab-connection-hit" width={layout.width} height={layout.height} />
            {names.weights.map((weight, i) => {
              const start = layout.nodes[weight.from.number - 1]!;
              const end = layout.nodes[weight.to.number - 1]!;
              const isChosen = weight.from.number === from && weight.to.number === chosen;
              const [className, width] = lineLook(startWeights, startWeights[i]!, isChosen);
              return (
                <line
                  key={weight.parameter}
                  data-weight={`w${weight.from.number}_${weight.to.number}`}
                  class={className}
                  stroke-width={width}
                  x1={start.x}
                  y1={start.y}
                  x2={end.x}
                  y2={end.y}
                />
              );
            })}
          </g>
          {layout.nodes.map((spot) => {
            const checked = spot.number === chosen;
            return (
              <g
                key={spot.number}
                role="radio"
                aria-checked={checked}
                aria-label={nodeLabel(names, spot.number, activations)}
                tabIndex={checked ? 0 : -1}
                data-node={spot.number}
                class={`lab-node is-${names.nodes[spot.number - 1]!.role}`}
                onClick={() => onChoose(spot.number)}
              >
                <circle class="lab-node-hit" cx={spot.x} cy={spot.y} r={NODE_RADIUS + 4} />
                <circle class="lab-node-focus" cx={spot.x} cy={spot.y} r={NODE_RADIUS + 3.5} />
                <circle class="lab-node-circle" cx={spot.x} cy={spot.y} r={NODE_RADIUS} />
                <text x={spot.x} y={spot.y + 5} text-anchor="middle" aria-hidden="true">
                  {spot.number}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p id={summaryId} class="lab-diagram-summary">
        {names.layers.map((layer, k) => {
          const first = layer[0]!.number;
          const numbers = layer.length > 1 ? `${first} to ${layer.at(-1)!.number}` : `${first}`;
          const count = <LiveNumber store={store} quantity={`l${k}`} digits={0} />;
          const nodes = layer.length > 1 ? 'nodes' : 'node';
          const what =
            k === 0 ? (
              <>
                {count} inputs, x₁ and x₂ (nodes {numbers})
              </>
            ) : (
              <>
                {k === last ? 'output layer' : `hidden layer ${k}`}: {count} {activations[k]}{' '}
                {nodes} ({numbers})
              </>
            );
          return (
            <span key={k}>
              {k > 0 && '; '}
              {what}
            </span>
          );
        })}
        . Each line is a weight λ: blue and solid when positive, orange and dashed when negative,
        thicker for a larger |λ| at the epoch on view. Choose a node to see its equations: click it,
        or Tab to the nodes and move with the arrow keys. Click a line, or pick it in the panel’s
        menu of connections, to mark that weight in the node’s equations.
      </p>
    </div>
  );
}
