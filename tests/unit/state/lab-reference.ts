/**
 * A plain-loop forward and backward pass, written from the book's formulas and nothing of the
 * engine's, for the lab's tests to compare the store's numbers with. Parameters are read in the
 * engine's documented layout (src/engine/README.md): layer after layer, λ then b, with λ from
 * node i of layer k − 1 to node j of layer k at (j·l₍ₖ₋₁₎ + i).
 */

/** α(z) and dα/dz of each activation, as the book defines them. */
const ACTIVATIONS: Record<string, { value: (z: number) => number; slope: (z: number) => number }> =
  {
    identity: { value: (z) => z, slope: () => 1 },
    sigmoid: {
      value: (z) => 1 / (1 + Math.exp(-z)),
      slope: (z) => {
        const s = 1 / (1 + Math.exp(-z));
        return s * (1 - s);
      },
    },
    tanh: { value: Math.tanh, slope: (z) => 1 - Math.tanh(z) ** 2 },
    relu: { value: (z) => Math.max(0, z), slope: (z) => (z > 0 ? 1 : 0) },
    leakyRelu: { value: (z) => (z > 0 ? z : 0.01 * z), slope: (z) => (z > 0 ? 1 : 0.01) },
  };

/** A network as the reference reads it. */
export interface ReferenceNetwork {
  readonly widths: readonly number[];
  /** One name per hidden layer. */
  readonly hidden: readonly string[];
  readonly output: 'identity' | 'sigmoid' | 'softmax';
}

/** Everything one sample's passes give, layer by layer (layer 0: the inputs). */
export interface ReferencePass {
  readonly z: number[][];
  readonly a: number[][];
  readonly loss: number;
  readonly dz: number[][];
  readonly da: number[][];
  /** ∂L/∂θ in the engine's layout. */
  readonly dTheta: number[];
}

/** θ's index of λ from node i of layer k − 1 to node j of layer k, and of b_j of layer k. */
export function parameterIndex(widths: readonly number[]) {
  const weightStart: number[] = [];
  let offset = 0;
  for (let k = 1; k < widths.length; k++) {
    weightStart[k] = offset;
    offset += widths[k]! * (widths[k - 1]! + 1);
  }
  return {
    weight: (k: number, i: number, j: number) => weightStart[k]! + j * widths[k - 1]! + i,
    bias: (k: number, j: number) => weightStart[k]! + widths[k]! * widths[k - 1]! + j,
    count: offset,
  };
}

/** The book's number of node `index` of `layer`: 1 … N through the layers, inputs first. */
export function nodeNumber(widths: readonly number[], layer: number, index: number): number {
  let before = 0;
  for (let k = 0; k < layer; k++) before += widths[k]!;
  return before + index + 1;
}

/**
 * Forward: zⱼ = bⱼ + Σᵢ λᵢⱼ·aᵢ, aⱼ = α(zⱼ) (softmax pⱼ = e^zⱼ / Σ e^z at a softmax output); the
 * loss ½Σ(ŷ − y)², or −Σ y·log p. Backward: at the output ∂L/∂a = ŷ − y and ∂L/∂z = ∂L/∂a·α′(z),
 * or for softmax ∂L/∂p = −y/p and ∂L/∂z = p − y; before it ∂L/∂aᵢ = Σⱼ λᵢⱼ·∂L/∂zⱼ and
 * ∂L/∂zᵢ = ∂L/∂aᵢ·α′(zᵢ) (inputs: ∂L/∂z = ∂L/∂a); ∂L/∂λᵢⱼ = aᵢ·∂L/∂zⱼ, ∂L/∂bⱼ = ∂L/∂zⱼ.
 */
export function referencePass(
  net: ReferenceNetwork,
  theta: ArrayLike<number>,
  x: readonly number[],
  y: readonly number[],
): ReferencePass {
  const { widths } = net;
  const last = widths.length - 1;
  const at = parameterIndex(widths);
  const z: number[][] = [x.slice()];
  const a: number[][] = [x.slice()];
  for (let k = 1; k <= last; k++) {
    z[k] = [];
    for (let j = 0; j < widths[k]!; j++) {
      let sum = theta[at.bias(k, j)]!;
      for (let i = 0; i < widths[k - 1]!; i++) sum += theta[at.weight(k, i, j)]! * a[k - 1]![i]!;
      z[k]![j] = sum;
    }
    if (k === last && net.output === 'softmax') {
      const total = z[k]!.reduce((s, v) => s + Math.exp(v), 0);
      a[k] = z[k]!.map((v) => Math.exp(v) / total);
    } else {
      const name = k === last ? net.output : net.hidden[k - 1]!;
      a[k] = z[k]!.map(ACTIVATIONS[name]!.value);
    }
  }
  const out = a[last]!;
  const softmax = net.output === 'softmax';
  const loss = softmax
    ? -y.reduce((s, t, j) => s + (t === 0 ? 0 : t * Math.log(out[j]!)), 0)
    : 0.5 * y.reduce((s, t, j) => s + (out[j]! - t) ** 2, 0);
  const da: number[][] = [];
  const dz: number[][] = [];
  da[last] = softmax ? y.map((t, j) => -t / out[j]!) : out.map((v, j) => v - y[j]!);
  dz[last] = softmax
    ? out.map((p, j) => p - y[j]!)
    : da[last].map((d, j) => d * ACTIVATIONS[net.output]!.slope(z[last]![j]!));
  for (let k = last - 1; k >= 0; k--) {
    da[k] = [];
    dz[k] = [];
    for (let i = 0; i < widths[k]!; i++) {
      let sum = 0;
      for (let j = 0; j < widths[k + 1]!; j++)
        sum += theta[at.weight(k + 1, i, j)]! * dz[k + 1]![j]!;
      da[k]![i] = sum;
      dz[k]![i] = k === 0 ? sum : sum * ACTIVATIONS[net.hidden[k - 1]!]!.slope(z[k]![i]!);
    }
  }
  const dTheta = new Array<number>(at.count).fill(0);
  for (let k = 1; k <= last; k++) {
    for (let j = 0; j < widths[k]!; j++) {
      dTheta[at.bias(k, j)] = dz[k]![j]!;
      for (let i = 0; i < widths[k - 1]!; i++)
        dTheta[at.weight(k, i, j)] = a[k - 1]![i]! * dz[k]![j]!;
    }
  }
  return { z, a, loss, dz, da, dTheta };
}

/** (L(θ + h·e_p) − L(θ − h·e_p)) / 2h, the reference's loss moved along parameter p alone. */
export function centralDifference(
  net: ReferenceNetwork,
  theta: ArrayLike<number>,
  x: readonly number[],
  y: readonly number[],
  p: number,
  h = 1e-6,
): number {
  const moved = Array.from(theta);
  moved[p] = theta[p]! + h;
  const up = referencePass(net, moved, x, y).loss;
  moved[p] = theta[p]! - h;
  const down = referencePass(net, moved, x, y).loss;
  return (up - down) / (2 * h);
}
