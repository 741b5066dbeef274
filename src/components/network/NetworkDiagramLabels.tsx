/** The diagram's words: a parameter's label beside it, and the text alternative of the whole. */
import { useComputed } from '@preact/signals';
import { formatNumber } from '../../state/format.ts';
import { highlightOf } from '../../state/highlight.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SvgSymbol } from '../QuantitySymbol.tsx';
import { LABEL, LABEL_BASELINE, type DiagramView } from './geometry.ts';
import { describeNetwork, type NetworkLayout, type Point } from './layout.ts';
import { DIGITS, focusControl, type Shared } from './NetworkDiagramShared.ts';

/** A parameter's label on its connection or above its node: symbol and value, or ∂L/∂ of it. */
export function Label({
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
export function Summary({
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
