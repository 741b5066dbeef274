/**
 * A network as a live SVG: every node with its value, every connection with its weight λ, every
 * bias. A connection's colour is its weight's sign and its width the weight's size, so a reader
 * sees at a glance what a slider did. Positions come from the network's layout (its widths).
 *
 * The SVG is one image to assistive technology (role="img" with a summary); the table beside it
 * holds the same numbers for screen readers and for anyone who prefers a table. Clicking a
 * connection or a bias moves focus to its number box when the widget has one.
 */
import type { Trace } from '../../engine/index.ts';
import { formatNumber } from '../../state/format.ts';
import { highlightOf } from '../../state/highlight.ts';
import type { NetworkKind, NetworkView } from '../../state/kinds/network.ts';
import type { Store } from '../../state/store.ts';
import { SvgSymbol } from '../QuantitySymbol.tsx';
import { useStoreView } from '../useStore.ts';
import { BOX, INPUT_RADIUS, describeNetwork, type NetworkLayout, type Point } from './layout.ts';

/** Decimals of the numbers inside the diagram (the prediction under it shows three). */
const DIGITS = 2;

interface Props {
  store: Store<Trace, NetworkView>;
  layout: NetworkLayout;
  /** Makes element ids unique and finds this widget's number boxes. */
  idPrefix: string;
}

/** Moves focus to the number box of a quantity, if the widget shows one. */
function focusControl(idPrefix: string, key: string): void {
  const box = document.getElementById(`${idPrefix}-${key}-box`);
  if (box instanceof HTMLInputElement) box.focus();
}

/** A live number inside the SVG, marked like every other live number on the page. */
function LiveText({
  value,
  quantity,
  digits = DIGITS,
}: {
  value: number;
  quantity: string;
  digits?: number;
}) {
  return (
    <tspan data-quantity={quantity} data-value={String(value)} data-digits={digits}>
      {formatNumber(value, digits)}
    </tspan>
  );
}

interface LabelProps {
  at: Point;
  quantity: string;
  symbol: readonly [string, string];
  value: number;
  active: boolean;
  onClick: () => void;
}

function Label({ at, quantity, symbol, value, active, onClick }: LabelProps) {
  return (
    <g class={`diagram-label${active ? ' is-highlighted' : ''}`} onClick={onClick}>
      <rect x={at.x - 56} y={at.y - 15} width={112} height={29} rx={6} />
      <text x={at.x} y={at.y + 6} text-anchor="middle">
        <SvgSymbol symbol={symbol} /> <LiveText quantity={quantity} value={value} />
      </text>
    </g>
  );
}

export function NetworkDiagram({ store, layout, idPrefix }: Props) {
  const view = useStoreView(store);
  const kind = store.kind as NetworkKind;
  const read = (key: string): number => kind.read(view, key) ?? Number.NaN;
  const highlighted = highlightOf(store.name).value;
  const titleId = `${idPrefix}-diagram-title`;
  const descId = `${idPrefix}-diagram-desc`;
  const outputs = layout.names.layers.at(-1)!;
  const output = layout.nodes[outputs[0]!.node]!;

  return (
    <svg
      class="network-diagram"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{layout.title}</title>
      <desc id={descId}>{describeNetwork(layout.names, (key) => formatNumber(read(key)))}</desc>
      {layout.connections.map(({ weight, from, to }) => {
        const value = read(weight.key);
        return (
          <line
            key={weight.key}
            class={`connection ${value >= 0 ? 'is-positive' : 'is-negative'}${highlighted === weight.key ? ' is-highlighted' : ''}`}
            x1={from.x}
            y1={from.y}
            x2={to.x}
            y2={to.y}
            stroke-width={1.5 + Math.min(Math.abs(value), 3) * 2}
            onClick={() => focusControl(idPrefix, weight.key)}
          />
        );
      })}
      {layout.nodes.map(({ name, x, y }) =>
        name.role === 'input' ? (
          <g key={name.key} class="node is-input">
            <text class="feature" x={x - INPUT_RADIUS - 10} y={y + 5} text-anchor="end">
              <SvgSymbol symbol={['x', String(name.index + 1)]} /> ={' '}
              <LiveText quantity={layout.names.features[name.index]!} value={read(name.key)} />
            </text>
            <circle cx={x} cy={y} r={INPUT_RADIUS} />
            <text class="node-name" x={x} y={y - 4} text-anchor="middle">
              <SvgSymbol symbol={[name.letter, String(name.number)]} />
            </text>
            <text class="node-value" x={x} y={y + 15} text-anchor="middle">
              <LiveText quantity={name.key} value={read(name.key)} />
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
              in <LiveText quantity={name.inputKey} value={read(name.inputKey)} />
            </text>
            <text class="node-value" x={x} y={y + 30} text-anchor="middle">
              out <LiveText quantity={name.key} value={read(name.key)} />
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
          ŷ = <LiveText quantity={output.name.key} digits={3} value={read(output.name.key)} />, y ={' '}
          <LiveText quantity={layout.names.targets[0]!} value={read(layout.names.targets[0]!)} />
        </text>
      )}
      {layout.connections.map(({ weight, label }) => (
        <Label
          key={weight.key}
          at={label}
          quantity={weight.key}
          symbol={weight.symbol}
          value={read(weight.key)}
          active={highlighted === weight.key}
          onClick={() => focusControl(idPrefix, weight.key)}
        />
      ))}
      {layout.biases.map(({ bias, label }) => (
        <Label
          key={bias.key}
          at={label}
          quantity={bias.key}
          symbol={bias.symbol}
          value={read(bias.key)}
          active={highlighted === bias.key}
          onClick={() => focusControl(idPrefix, bias.key)}
        />
      ))}
    </svg>
  );
}
