/**
 * The notation of the lab's node panel, as HTML: symbols with subscripts (Nⱼ, Nⱼ with "in" below,
 * λᵢ,ⱼ), ∂L/∂ of a symbol, an activation's name and slope, and equations whose sides and terms
 * wrap between them on a narrow screen but never inside one. Screen readers and tests read each
 * symbol as one word ("N7in", "λ3,7", "∂L/∂N7").
 */
import { Fragment, type ComponentChildren } from 'preact';

/** Writes the live number of a quantity key, as the panel's equations show it. */
export type Live = (key: string) => ComponentChildren;

/** A symbol with a subscript, and a second level under it: N₄, N₄ with "in" below, λ₁,₄. */
export function S({ base, sub, under }: { base: string; sub: string | number; under?: string }) {
  return (
    <span class="lab-sym">
      <var>{base}</var>
      <sub>
        {sub}
        {under && <sub>{under}</sub>}
      </sub>
    </span>
  );
}

/** Node n's output Nₙ, its input Nₙ,in, and the weight λᵢ,ⱼ. */
export const Out = ({ n }: { n: number }) => <S base="N" sub={n} />;
export const In = ({ n }: { n: number }) => <S base="N" sub={n} under="in" />;
export const Weight = ({ from, to }: { from: number; to: number }) => (
  <S base="λ" sub={`${from},${to}`} />
);
/** ∂L/∂ of a symbol. */
export const D = ({ children }: { children: ComponentChildren }) => (
  <span class="lab-sym">
    ∂<var>L</var>/∂{children}
  </span>
);

/** ∂L/∂ of node n's input and of its output, the two a node's backward equations are made of. */
export const DIn = ({ n }: { n: number }) => (
  <D>
    <In n={n} />
  </D>
);
export const DOut = ({ n }: { n: number }) => (
  <D>
    <Out n={n} />
  </D>
);

/** An activation's name as a function, and its slope's. */
export const FUNCTION: Record<string, string> = {
  identity: 'identity',
  sigmoid: 'σ',
  tanh: 'tanh',
  relu: 'ReLU',
  leakyRelu: 'leaky ReLU',
  softmax: 'softmax',
};

/** A term or an equation of the chosen connection, marked; anything else as it is. */
export function Chosen({ when, children }: { when: boolean; children: ComponentChildren }) {
  return when ? <mark class="lab-chosen">{children}</mark> : <>{children}</>;
}

/** One equation: its left side, then each further side after "=", wrapping between terms. */
export function Equation({ sides, chosen }: { sides: ComponentChildren[]; chosen?: boolean }) {
  return (
    <p class={chosen ? 'lab-eq is-chosen' : 'lab-eq'}>
      {sides.map((side, i) => (
        <span key={i} class="lab-eq-side">
          {i > 0 && ' = '}
          {side}
        </span>
      ))}
    </p>
  );
}

/** Terms joined by " + ", each kept on one line. */
export function Sum({ terms }: { terms: ComponentChildren[] }) {
  return (
    <>
      {terms.map((term, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span class="lab-term">
            {i > 0 && '+ '}
            {term}
          </span>
        </Fragment>
      ))}
    </>
  );
}

/** The slope of a node's activation at its input: σ′(N₄,in). */
export const Slope = ({ activation, n }: { activation: string; n: number }) => (
  <>
    {FUNCTION[activation]}′(
    <In n={n} />)
  </>
);

/** e to the power of a node's input. */
export const Exp = ({ n }: { n: number }) => (
  <>
    <var>e</var>
    <sup>
      <In n={n} />
    </sup>
  </>
);
