/**
 * One training step of a one-sample network, written out as the operations a person does by hand:
 * the forward pass node by node, the loss, the backward pass (through each node, along each
 * connection, summed over paths) and the update of every parameter. Each operation names the
 * quantity it produces and the quantities it multiplies, by key, so a page can show it with the
 * current numbers and a worksheet can check it. Nothing here computes a forward or backward pass:
 * `evaluateOperation` only multiplies and adds numbers read from a trace, as the operation says.
 */
import type { NetworkNames, NodeName } from './names';

/** The four phases of a training step, in order. */
export type Phase = 'forward' | 'loss' | 'backward' | 'update';

/** What an operation does, which decides how it is explained. */
export type OperationKind =
  /** zⱼ = Σᵢ λᵢ,ⱼ aᵢ + bⱼ */
  | 'weightedSum'
  /** aⱼ = α(zⱼ) */
  | 'activation'
  /** L = ½(ŷ − y)² */
  | 'loss'
  /** ∂L/∂ŷ = ŷ − y */
  | 'lossDerivative'
  /** ∂L/∂zⱼ = (daⱼ/dzⱼ) · ∂L/∂aⱼ */
  | 'throughNode'
  /** ∂L/∂aᵢ = Σⱼ λᵢ,ⱼ · ∂L/∂zⱼ, one term per connection leaving node i */
  | 'alongConnections'
  /** ∂L/∂λᵢ,ⱼ = aᵢ · ∂L/∂zⱼ */
  | 'weightGradient'
  /** ∂L/∂bⱼ = 1 · ∂L/∂zⱼ */
  | 'biasGradient'
  /** θ ← θ − η · ∂L/∂θ */
  | 'update';

/**
 * A product of quantities, by key; the number 1 stands for a factor that is exactly one (the
 * slope of an identity, the derivative of a sum by its bias).
 */
export type Term = readonly (string | 1)[];

export interface Operation {
  readonly phase: Phase;
  readonly kind: OperationKind;
  /** The quantity the operation produces (a key of the network's store). */
  readonly result: string;
  /** Its value is the sum of these products (`weightedSum`, `alongConnections`, the gradients). */
  readonly terms: readonly Term[];
  /** The node this operation works at, for highlighting. */
  readonly node?: NodeName;
  /** The connections (weight keys) it works along, for highlighting. */
  readonly connections: readonly string[];
  /** The key of the local derivative that the operation multiplies by, if it has one. */
  readonly local?: string;
  /** The derivative flowing in from the node after, which the local derivative multiplies. */
  readonly upstream?: string;
}

/** Every operation of one training step, in the order they are done by hand. */
export function trainingStepOperations(names: NetworkNames): Operation[] {
  const computing = names.layers.slice(1);
  const outputs = names.layers.at(-1)!;
  const weightsInto = (node: NodeName) => names.weights.filter((w) => w.to === node);
  const weightsOutOf = (node: NodeName) => names.weights.filter((w) => w.from === node);
  const biasOf = (node: NodeName) => names.biases.find((b) => b.node === node)!;
  const operations: Operation[] = [];

  // Forward pass: each node's weighted sum, then its activation.
  for (const layer of computing) {
    for (const node of layer) {
      const into = weightsInto(node);
      operations.push({
        phase: 'forward',
        kind: 'weightedSum',
        result: node.inputKey,
        terms: [...into.map((w): Term => [w.key, w.from.key]), [biasOf(node).key]],
        node,
        connections: into.map((w) => w.key),
      });
      operations.push({
        phase: 'forward',
        kind: 'activation',
        result: node.key,
        terms: [],
        node,
        connections: [],
      });
    }
  }

  // The loss of the prediction.
  operations.push({ phase: 'loss', kind: 'loss', result: 'loss', terms: [], connections: [] });

  // Backward pass: from the loss, layer by layer back to the inputs.
  for (const [j, node] of outputs.entries()) {
    operations.push({
      phase: 'backward',
      kind: 'lossDerivative',
      result: `dL/d${node.key}`,
      terms: [],
      node,
      connections: [],
      upstream: names.targets[j]!,
    });
  }
  for (let k = names.layers.length - 1; k >= 0; k--) {
    const layer = names.layers[k]!;
    if (k < names.layers.length - 1) {
      for (const node of layer) {
        const out = weightsOutOf(node);
        operations.push({
          phase: 'backward',
          kind: 'alongConnections',
          result: `dL/d${node.key}`,
          terms: out.map((w): Term => [w.key, `dL/d${w.to.inputKey}`]),
          node,
          connections: out.map((w) => w.key),
        });
      }
    }
    if (k === 0) break;
    for (const node of layer) {
      operations.push({
        phase: 'backward',
        kind: 'throughNode',
        result: `dL/d${node.inputKey}`,
        terms: [[`d${node.key}/d${node.inputKey}`, `dL/d${node.key}`]],
        node,
        connections: [],
        local: `d${node.key}/d${node.inputKey}`,
        upstream: `dL/d${node.key}`,
      });
    }
  }
  // The parameters' derivatives: signal along the connection × the next node's input derivative.
  for (const layer of [...computing].reverse()) {
    for (const node of layer) {
      for (const w of weightsInto(node)) {
        operations.push({
          phase: 'backward',
          kind: 'weightGradient',
          result: `dL/d${w.key}`,
          terms: [[w.from.key, `dL/d${node.inputKey}`]],
          node,
          connections: [w.key],
          local: `d${node.inputKey}/d${w.key}`,
          upstream: `dL/d${node.inputKey}`,
        });
      }
      operations.push({
        phase: 'backward',
        kind: 'biasGradient',
        result: `dL/d${biasOf(node).key}`,
        terms: [[1, `dL/d${node.inputKey}`]],
        node,
        connections: [],
        upstream: `dL/d${node.inputKey}`,
      });
    }
  }

  // The update of every parameter.
  for (const parameter of names.parameters) {
    operations.push({
      phase: 'update',
      kind: 'update',
      result: `${parameter.key}${NEXT}`,
      terms: [],
      node: 'node' in parameter ? parameter.node : parameter.to,
      connections: 'from' in parameter ? [parameter.key] : [],
      upstream: `dL/d${parameter.key}`,
    });
  }
  return operations;
}

/** The suffix of a parameter's key that names its value after the update: `w14next`. */
export const NEXT = 'next';

/** An operation's terms with the current numbers: each product and their sum. */
export interface EvaluatedOperation {
  /** Each term's product Πₖ factorₖ. */
  readonly terms: readonly number[];
  /** Σ of the terms. */
  readonly sum: number;
}

/** Σₜ Πₖ factorₜ,ₖ of an operation's terms, each factor read by its key. */
export function evaluateOperation(
  operation: Operation,
  read: (key: string) => number,
): EvaluatedOperation {
  const terms = operation.terms.map((term) =>
    term.reduce<number>((product, factor) => product * (factor === 1 ? 1 : read(factor)), 1),
  );
  return { terms, sum: terms.reduce((sum, term) => sum + term, 0) };
}
