/**
 * The chosen node's panel: the connections into it (ConnectionPart), its forward equation with
 * the numbers of the sample on view at the epoch on view (NodeForward: its input
 * Nⱼ,in = Σᵢ λᵢ,ⱼ·Nᵢ + bⱼ, then its output α(Nⱼ,in)) and its backward equations (∂L/∂ of its
 * output and of its input, of each weight into it and of its bias), and under them the gradient
 * check of those weights and that bias (NodeCheck). The chosen connection's parts are marked.
 *
 * Written as HTML with subscripts, not MathML: a sum over eight weights is too long for a phone's
 * line, and HTML wraps between terms where MathML cannot. Every number is a live number bound to
 * the store by its key, so a new epoch or sample rewrites the numbers and renders nothing.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { NetworkNames, NodeName } from '../../engine/core/index.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { biasKeyOf, derivativeKeyOf, nodeInputKeyOf, nodeKeyOf, weightKeyOf } from './lab-keys.ts';
import type { LabView } from './lab-view.ts';
import { ConnectionPart } from './ConnectionPart.tsx';
import { Forward } from './NodeForward.tsx';
import { NodeCheck } from './NodeCheck.tsx';
import { D, DIn, DOut, Equation, Out, S, Slope, Sum, Weight, type Live } from './panel-math.tsx';

interface Props {
  store: Store;
  /** The view on show, which the gradient check reads while open. */
  view: ReadonlySignal<LabView>;
  names: NetworkNames;
  /** The chosen node's number, 1 … N. */
  node: number;
  /** The node whose connection into it is chosen, 0 for none. */
  from: number;
  /** Each layer's activation by its setting's value, the inputs' first (empty). */
  activations: readonly string[];
  id: string;
}

export function NodePanel(props: Props) {
  const { store, view, names, node: number, from: chosenFrom, activations, id } = props;
  const node = names.nodes[number - 1]!;
  const live = (key: string) => <LiveNumber store={store} quantity={key} />;
  const count = (key: string) => <LiveNumber store={store} quantity={key} digits={0} />;
  const into = names.weights.filter((w) => w.to.number === number).map((w) => w.from);
  const outOf = names.weights.filter((w) => w.from.number === number).map((w) => w.to);
  const activation = activations[node.layer] ?? '';
  const headingId = `${id}-node-heading`;
  const where =
    node.role === 'input'
      ? `the input x${node.index + 1}`
      : node.role === 'output'
        ? `output layer, ${activation}`
        : `hidden layer ${node.layer}, ${activation}`;
  return (
    <section class="lab-panel" aria-labelledby={headingId}>
      <h3 id={headingId} class="lab-panel-heading">
        Node {number}: {where}
      </h3>
      <p class="lab-panel-sample">
        Training sample {count('sampleOnView')} at epoch ℓ = {count('epoch')}: x₁ = {live('x1')},{' '}
        {names.widths[0] === 2 && <>x₂ = {live('x2')}, </>}y = {live('y')}; its loss L ={' '}
        {live('loss')}.
      </p>
      {node.role !== 'input' && (
        <ConnectionPart {...{ store, into, id }} node={number} from={chosenFrom} />
      )}
      <h4 class="lab-panel-part">Forward</h4>
      {node.role === 'input' ? (
        <Equation
          sides={[<Out n={number} />, <S base="x" sub={node.index + 1} />, live(nodeKeyOf(number))]}
        />
      ) : (
        <Forward
          node={node}
          into={into}
          from={chosenFrom}
          outputs={names.layers.at(-1)!}
          live={live}
          activation={activation}
        />
      )}
      <h4 class="lab-panel-part">Backward</h4>
      <OutputDerivative node={node} outOf={outOf} live={live} activation={activation} />
      {node.role !== 'input' && (
        <>
          <Equation
            sides={[
              <DIn n={number} />,
              activation === 'softmax' ? (
                <>
                  <Out n={number} /> − <var>y</var>
                  <sub>{node.index + 1}</sub> (softmax with cross-entropy)
                </>
              ) : (
                <>
                  <DOut n={number} /> ·{' '}
                  {activation === 'identity' ? '1' : <Slope activation={activation} n={number} />}
                </>
              ),
              live(derivativeKeyOf(nodeInputKeyOf(number))),
            ]}
          />
          {into.map((from) => (
            <Equation
              key={from.number}
              chosen={from.number === chosenFrom}
              sides={[
                <D>
                  <Weight from={from.number} to={number} />
                </D>,
                <>
                  <Out n={from.number} /> · <DIn n={number} />
                </>,
                <>
                  {live(nodeKeyOf(from.number))} · {live(derivativeKeyOf(nodeInputKeyOf(number)))}
                </>,
                live(derivativeKeyOf(weightKeyOf(from.number, number))),
              ]}
            />
          ))}
          <Equation
            sides={[
              <D>
                <S base="b" sub={number} />
              </D>,
              <DIn n={number} />,
              live(derivativeKeyOf(biasKeyOf(number))),
            ]}
          />
          <NodeCheck view={view} node={number} from={chosenFrom} id={id} />
        </>
      )}
    </section>
  );
}

/** ∂L/∂ of a node's output: from the loss at an output node, else along the lines leaving it. */
function OutputDerivative({
  node,
  outOf,
  live,
  activation,
}: {
  node: NodeName;
  outOf: readonly NodeName[];
  live: Live;
  activation: string;
}) {
  const j = node.number;
  const result = live(derivativeKeyOf(nodeKeyOf(j)));
  if (node.role === 'output') {
    return (
      <Equation
        sides={[
          <DOut n={j} />,
          activation === 'softmax' ? (
            <>
              −<var>y</var>
              <sub>{node.index + 1}</sub> / <Out n={j} /> (L = −Σ y log p)
            </>
          ) : (
            <>
              <Out n={j} /> − <var>y</var> (L = ½(ŷ − y)²)
            </>
          ),
          activation === 'softmax' ? null : (
            <>
              {live(nodeKeyOf(j))} − {live('y')}
            </>
          ),
          result,
        ].filter((side) => side !== null)}
      />
    );
  }
  return (
    <Equation
      sides={[
        <DOut n={j} />,
        <Sum
          terms={outOf.map((m) => (
            <>
              <Weight from={j} to={m.number} />·
              <DIn n={m.number} />
            </>
          ))}
        />,
        <Sum
          terms={outOf.map((m) => (
            <>
              {live(weightKeyOf(j, m.number))} · {live(derivativeKeyOf(nodeInputKeyOf(m.number)))}
            </>
          ))}
        />,
        result,
      ]}
    />
  );
}
