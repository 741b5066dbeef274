/**
 * The answers of the chapters' self-check exercises, written out by hand from the numbers each
 * exercise states (and those of the exercises before it, by key: a later number of the same key,
 * such as a new z, replaces the earlier one). The chapter's network has sigmoid hidden nodes and
 * an identity output, and L = ½(O₆ − y)².
 */

/** The numbers an exercise can use, by the book's keys (`x1`, `w14`, `dL/dw46`, `l0`, `z`). */
export type Values = Record<string, number>;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const tanh = (z: number) => (Math.exp(z) - Math.exp(-z)) / (Math.exp(z) + Math.exp(-z));

/** Each exercise's answer, in order, by the chapter's slug. */
export const EXERCISES_BY_HAND: Readonly<Record<string, readonly ((v: Values) => number)[]>> = {
  'forward-pass': [
    (v) => v.w14! * v.x1! + v.w24! * v.x2! + v.w34! * v.x3! + v.b4!,
    (v) => sigmoid(v.w14! * v.x1! + v.w24! * v.x2! + v.w34! * v.x3! + v.b4!),
    (v) => {
      const H4 = sigmoid(v.w14! * v.x1! + v.w24! * v.x2! + v.w34! * v.x3! + v.b4!);
      const H5 = sigmoid(v.w15! * v.x1! + v.w25! * v.x2! + v.w35! * v.x3! + v.b5!);
      return v.w46! * H4 + v.w56! * H5 + v.b6!;
    },
  ],
  // ∂L/∂O₆in = O₆ − y; ∂L/∂λ₄,₆ = H₄·∂L/∂O₆in; ∂L/∂λ₁,₄ = x₁·H₄(1 − H₄)·λ₄,₆·∂L/∂O₆in.
  backpropagation: [
    (v) => v.H4! * (v.O6! - v.y!),
    (v) => v.x1! * v.H4! * (1 - v.H4!) * v.w46! * (v.O6! - v.y!),
  ],
  // |θ| = Σ lᵢ₋₁·lᵢ + Σ lᵢ.
  parameters: [
    (v) => v.l0! * v.l1! + v.l1! * v.l2! + v.l1! + v.l2!,
    (v) => v.l0! * v.l1! + v.l1! * v.l2! + v.l2! * v.l3! + v.l1! + v.l2! + v.l3!,
  ],
  // θ′ = θ − η·∂L/∂θ, with η_ℓ = η₀/(1 + decay·ℓ) in the second.
  'updating-parameters': [
    (v) => v.w46! - v.learningRate! * v['dL/dw46']!,
    (v) => v.w14! - (v.initialLearningRate! / (1 + v.decay! * v.epoch!)) * v['dL/dw14']!,
  ],
  'activation-functions': [
    (v) => sigmoid(v.z!),
    (v) => sigmoid(v.z!) * (1 - sigmoid(v.z!)),
    (v) => 1 - tanh(v.z!) ** 2,
  ],
};
