/**
 * The forward equations of the lab's chosen node, when it computes (not an input): its input as a
 * weighted sum over the nodes that feed it, Nⱼ,in = Σᵢ λᵢ,ⱼ·Nᵢ + bⱼ, in symbols and in the numbers
 * of the sample on view, then its output α(Nⱼ,in) (softmax over the output layer). The term of the
 * chosen connection is marked.
 */
import type { NodeName } from '../../engine/core/index.ts';
import { biasKeyOf, nodeInputKeyOf, nodeKeyOf, outputKeyOf, weightKeyOf } from './lab-keys.ts';
import {
  Chosen,
  Equation,
  Exp,
  FUNCTION,
  In,
  Out,
  S,
  Sum,
  Weight,
  type Live,
} from './panel-math.tsx';

/** A computing node's forward pass: its input as a weighted sum, then its output. */
export function Forward({
  node,
  into,
  from,
  outputs,
  live,
  activation,
}: {
  node: NodeName;
  into: readonly NodeName[];
  from: number;
  /** The output layer's nodes: softmax divides by the sum over all of them. */
  outputs: readonly NodeName[];
  live: Live;
  activation: string;
}) {
  const j = node.number;
  const output =
    activation === 'identity' ? (
      <In n={j} />
    ) : activation === 'softmax' ? (
      <>
        <Exp n={j} /> / (
        {outputs.map((o, i) => (
          <span key={o.number}>
            {i > 0 && ' + '}
            <Exp n={o.number} />
          </span>
        ))}
        )
      </>
    ) : (
      <>
        {FUNCTION[activation]}(<In n={j} />)
      </>
    );
  return (
    <>
      <Equation
        sides={[
          <In n={j} />,
          <Sum
            terms={[
              ...into.map((i) => (
                <Chosen when={i.number === from}>
                  <Weight from={i.number} to={j} />·<Out n={i.number} />
                </Chosen>
              )),
              <S base="b" sub={j} />,
            ]}
          />,
          <Sum
            terms={[
              ...into.map((i) => (
                <Chosen when={i.number === from}>
                  {live(weightKeyOf(i.number, j))} · {live(nodeKeyOf(i.number))}
                </Chosen>
              )),
              live(biasKeyOf(j)),
            ]}
          />,
          live(nodeInputKeyOf(j)),
        ]}
      />
      <Equation
        sides={[
          node.role === 'output' ? (
            <>
              <S base="O" sub={j} /> = <Out n={j} />
            </>
          ) : (
            <Out n={j} />
          ),
          output,
          live(node.role === 'output' ? outputKeyOf(j) : nodeKeyOf(j)),
        ]}
      />
    </>
  );
}
