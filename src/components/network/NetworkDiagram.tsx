/**
 * The chapter's 3-2-1 network as a live SVG: every node with its value, every connection with its
 * weight λ, every bias. A connection's colour is its weight's sign and its width the weight's size,
 * so a reader sees at a glance what a slider did.
 *
 * The SVG is one image to assistive technology (role="img" with a summary); the table beside it
 * holds the same numbers for screen readers and for anyone who prefers a table. Clicking a
 * connection or a bias moves focus to its number box when the page has one.
 */
import { formatNumber } from '../state/format.ts';
import { highlighted } from '../state/highlight.ts';
import { readQuantity, settingSpec, type PageView, type ParamKey } from '../state/quantities.ts';
import { usePageView } from './usePageView.ts';
import { SvgSymbol } from './QuantitySymbol.tsx';

interface Point {
  x: number;
  y: number;
}

/** Node centres in the SVG's coordinates (viewBox 0 0 860 390). */
const NODES = {
  I1: { x: 130, y: 80 },
  I2: { x: 130, y: 200 },
  I3: { x: 130, y: 320 },
  H4: { x: 490, y: 130 },
  H5: { x: 490, y: 280 },
  O6: { x: 750, y: 205 },
} satisfies Record<string, Point>;

type NodeName = keyof typeof NODES;

interface Connection {
  weight: ParamKey;
  from: NodeName;
  to: NodeName;
  /** Where along the line its label sits (0 at the start): staggered so labels never overlap. */
  labelAt: number;
}

const CONNECTIONS: Connection[] = [
  { weight: 'w14', from: 'I1', to: 'H4', labelAt: 0.62 },
  { weight: 'w24', from: 'I2', to: 'H4', labelAt: 0.62 },
  { weight: 'w34', from: 'I3', to: 'H4', labelAt: 0.62 },
  { weight: 'w15', from: 'I1', to: 'H5', labelAt: 0.3 },
  { weight: 'w25', from: 'I2', to: 'H5', labelAt: 0.3 },
  { weight: 'w35', from: 'I3', to: 'H5', labelAt: 0.3 },
  { weight: 'w46', from: 'H4', to: 'O6', labelAt: 0.5 },
  { weight: 'w56', from: 'H5', to: 'O6', labelAt: 0.5 },
];

/** Input nodes are circles; nodes that compute (H4, H5, O6) are boxes with room for two values. */
const INPUT_RADIUS = 34;
const BOX = { width: 124, height: 84 };
const DIGITS = 2;

const BIAS_NODE = { b4: 'H4', b5: 'H5', b6: 'O6' } as const;

interface Props {
  /** Makes element ids unique and finds this widget's number boxes. */
  idPrefix: string;
}

/** Moves focus to the number box of a quantity, if the page shows one. */
function focusControl(idPrefix: string, key: string): void {
  const box = document.getElementById(`${idPrefix}-${key}-box`);
  if (box instanceof HTMLInputElement) box.focus();
}

/** A live number inside the SVG, marked like every other live number on the page. */
function LiveText({
  quantity,
  current,
  digits = DIGITS,
}: {
  quantity: string;
  current: PageView;
  digits?: number;
}) {
  const value = readQuantity(quantity, current) ?? Number.NaN;
  return (
    <tspan data-quantity={quantity} data-value={String(value)} data-digits={digits}>
      {formatNumber(value, digits)}
    </tspan>
  );
}

interface LabelProps {
  at: Point;
  quantity: ParamKey;
  current: PageView;
  onClick: () => void;
}

function Label({ at, quantity, current, onClick }: LabelProps) {
  const spec = settingSpec(quantity);
  const active = highlighted.value === quantity;
  return (
    <g class={`diagram-label${active ? ' is-highlighted' : ''}`} onClick={onClick}>
      <rect x={at.x - 56} y={at.y - 15} width={112} height={29} rx={6} />
      <text x={at.x} y={at.y + 6} text-anchor="middle">
        {spec && <SvgSymbol symbol={spec.symbol} />}{' '}
        <LiveText quantity={quantity} current={current} />
      </text>
    </g>
  );
}

export function NetworkDiagram({ idPrefix }: Props) {
  const titleId = `${idPrefix}-diagram-title`;
  const descId = `${idPrefix}-diagram-desc`;
  const current = usePageView();
  const { nodes } = current.epoch;
  const summary =
    `Inputs x1, x2, x3 = ${formatNumber(nodes.I1)}, ${formatNumber(nodes.I2)}, ${formatNumber(nodes.I3)} ` +
    `feed hidden nodes H4 = ${formatNumber(nodes.H4)} and H5 = ${formatNumber(nodes.H5)}, ` +
    `which feed the output O6 = ŷ = ${formatNumber(nodes.O6)}. The table that follows lists every value.`;

  return (
    <svg
      class="network-diagram"
      viewBox="0 0 860 390"
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>The 3-2-1 network and its current values</title>
      <desc id={descId}>{summary}</desc>
      {CONNECTIONS.map(({ weight, from, to }) => {
        const value = readQuantity(weight, current) ?? 0;
        const a = NODES[from];
        const b = NODES[to];
        const active = highlighted.value === weight;
        return (
          <line
            key={weight}
            class={`connection ${value >= 0 ? 'is-positive' : 'is-negative'}${active ? ' is-highlighted' : ''}`}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            stroke-width={1.5 + Math.min(Math.abs(value), 3) * 2}
            onClick={() => focusControl(idPrefix, weight)}
          />
        );
      })}
      {(['I1', 'I2', 'I3'] as const).map((node, i) => {
        const p = NODES[node];
        return (
          <g key={node} class="node is-input">
            <text class="feature" x={p.x - INPUT_RADIUS - 10} y={p.y + 5} text-anchor="end">
              <SvgSymbol symbol={['x', String(i + 1)]} /> ={' '}
              <LiveText quantity={`x${i + 1}`} current={current} />
            </text>
            <circle cx={p.x} cy={p.y} r={INPUT_RADIUS} />
            <text class="node-name" x={p.x} y={p.y - 4} text-anchor="middle">
              <SvgSymbol symbol={['I', String(i + 1)]} />
            </text>
            <text class="node-value" x={p.x} y={p.y + 15} text-anchor="middle">
              <LiveText quantity={node} current={current} />
            </text>
          </g>
        );
      })}
      {(['H4', 'H5', 'O6'] as const).map((node) => {
        const p = NODES[node];
        return (
          <g key={node} class="node is-computed">
            <rect
              x={p.x - BOX.width / 2}
              y={p.y - BOX.height / 2}
              width={BOX.width}
              height={BOX.height}
              rx={12}
            />
            <text class="node-name" x={p.x} y={p.y - 16} text-anchor="middle">
              <SvgSymbol symbol={[node[0]!, node.slice(1)]} />
            </text>
            <text class="node-value" x={p.x} y={p.y + 8} text-anchor="middle">
              in <LiveText quantity={`${node}in`} current={current} />
            </text>
            <text class="node-value" x={p.x} y={p.y + 30} text-anchor="middle">
              out <LiveText quantity={node} current={current} />
            </text>
          </g>
        );
      })}
      <text
        class="prediction"
        x={NODES.O6.x}
        y={NODES.O6.y + BOX.height / 2 + 28}
        text-anchor="middle"
      >
        ŷ = <LiveText quantity="O6" digits={3} current={current} />, y ={' '}
        <LiveText quantity="y" current={current} />
      </text>
      {CONNECTIONS.map(({ weight, from, to, labelAt }) => {
        const a = NODES[from];
        const b = NODES[to];
        const at = { x: a.x + (b.x - a.x) * labelAt, y: a.y + (b.y - a.y) * labelAt };
        return (
          <Label
            key={weight}
            at={at}
            quantity={weight}
            current={current}
            onClick={() => focusControl(idPrefix, weight)}
          />
        );
      })}
      {(['b4', 'b5', 'b6'] as const).map((bias) => {
        const node = NODES[BIAS_NODE[bias]];
        return (
          <Label
            key={bias}
            at={{ x: node.x, y: node.y - BOX.height / 2 - 20 }}
            quantity={bias}
            current={current}
            onClick={() => focusControl(idPrefix, bias)}
          />
        );
      })}
    </svg>
  );
}
