/**
 * The chapter's 3-2-1 network (sigmoid hidden nodes, identity output, L = ½(O₆ − y)²) worked out
 * by hand for one sample, without the engine: the reference both the unit tests and the browser
 * tests compare every derivative with.
 */

/** The chapter's parameters, in the order the pages list them. */
export const CHAPTER_PARAMETERS = [
  'w14',
  'w24',
  'w34',
  'w15',
  'w25',
  'w35',
  'b4',
  'b5',
  'w46',
  'w56',
  'b6',
] as const;

/**
 * The same parameters weights first, then biases: the order the network kind's `parameters`
 * group lists them, which remembered weights and the worksheet's links follow.
 */
export const WEIGHTS_THEN_BIASES = [
  'w14',
  'w24',
  'w34',
  'w15',
  'w25',
  'w35',
  'w46',
  'w56',
  'b4',
  'b5',
  'b6',
] as const;

/** Every ∂L/∂ of the chapter's network for weights and biases `p`, inputs x and target y. */
export function backpropByHand(
  p: Record<string, number>,
  x: readonly number[],
  y: number,
): Record<string, number> {
  const s = (z: number) => 1 / (1 + Math.exp(-z));
  const H4 = s(p.w14! * x[0]! + p.w24! * x[1]! + p.w34! * x[2]! + p.b4!);
  const H5 = s(p.w15! * x[0]! + p.w25! * x[1]! + p.w35! * x[2]! + p.b5!);
  const O6 = p.w46! * H4 + p.w56! * H5 + p.b6!;
  const dO6 = O6 - y;
  const dH4 = p.w46! * dO6;
  const dH5 = p.w56! * dO6;
  const dH4in = H4 * (1 - H4) * dH4;
  const dH5in = H5 * (1 - H5) * dH5;
  return {
    'dL/dO6': dO6,
    'dL/dO6in': dO6,
    'dL/dH4': dH4,
    'dL/dH5': dH5,
    'dL/dH4in': dH4in,
    'dL/dH5in': dH5in,
    'dL/dI1': p.w14! * dH4in + p.w15! * dH5in,
    'dL/dI2': p.w24! * dH4in + p.w25! * dH5in,
    'dL/dI3': p.w34! * dH4in + p.w35! * dH5in,
    'dL/dw14': x[0]! * dH4in,
    'dL/dw24': x[1]! * dH4in,
    'dL/dw34': x[2]! * dH4in,
    'dL/dw15': x[0]! * dH5in,
    'dL/dw25': x[1]! * dH5in,
    'dL/dw35': x[2]! * dH5in,
    'dL/db4': dH4in,
    'dL/db5': dH5in,
    'dL/dw46': H4 * dO6,
    'dL/dw56': H5 * dO6,
    'dL/db6': dO6,
  };
}
