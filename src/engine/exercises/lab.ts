/**
 * The lab's exercises: a question about the reader's own network at the epoch and the sample on
 * view (lab-question.ts), and its worked solution from that state's numbers. Every number is read
 * from the state by its key, as the lab's store gives it; only a sum's products are multiplied
 * here, as in every chapter's exercises. The chain rule is worked for the node the question is
 * about; the ∂L/∂N_{k,in} of the layer after it are the state's, as the lab shows them.
 */
import type { NetworkNames, NodeName } from '../core/names';
import { labStep, labSum, type LabNumber, type LabPart, type LabStep } from './lab-steps';
import type { LabQuestion } from './lab-question';
import { shownAnswer } from './lab-shown';
import { labTolerance } from './lab-tolerance';
import { gradientDescentStep } from '../core/optimize';

/** How the lab names its numbers: the store's keys of λᵢ,ⱼ, bⱼ, Nⱼ,in, Nⱼ and of ∂L/∂ of a key. */
export interface LabKeys {
  weight(from: number, to: number): string;
  bias(node: number): string;
  input(node: number): string;
  output(node: number): string;
  derivative(key: string): string;
}

/** The state a lab exercise is asked of: the network on view and its numbers for one sample. */
export interface LabState {
  readonly names: NetworkNames;
  /** Each layer's activation by name: '' for the inputs, the hidden layers', then the output's. */
  readonly activations: readonly string[];
  /** The sample's targets: [y], or [y₁, y₂] one-hot for a softmax output. */
  readonly targets: ArrayLike<number>;
  readonly keys: LabKeys;
  /** A number of the state by the store's key (`w3_7`, `dL/dN7in`, `epochLearningRate`). */
  read(key: string): number | undefined;
  /** α′ at node j (1 … N) as the backward pass took it. */
  slope(node: number): number;
}

/** A lab exercise: what it asks, the answer, how far an answer may be, and the worked solution. */
export interface LabExercise {
  readonly question: LabQuestion;
  /** The number asked for, the last step's result. */
  readonly asks: LabNumber;
  readonly answer: number;
  /** The answer worked from the numbers as the lab shows them (lab-shown.ts): also right. */
  readonly shownAnswer: number;
  /** How far an answer may be: 0.001, or more where reading the lab's rounded numbers can cost it. */
  readonly tolerance: number;
  readonly steps: readonly LabStep[];
}

/** The numbers of one state by what they are: each reads its key from the state. */
function numbersOf(state: LabState) {
  const { keys } = state;
  const at = (key: string, part: LabPart, derivative = false): LabNumber => ({
    key,
    value: state.read(key) ?? Number.NaN,
    part,
    derivative,
  });
  const d = (number: LabNumber): LabNumber => at(keys.derivative(number.key), number.part, true);
  return {
    d,
    weight: (from: number, to: number) => at(keys.weight(from, to), { of: 'weight', from, to }),
    bias: (node: number) => at(keys.bias(node), { of: 'bias', node }),
    input: (node: number) => at(keys.input(node), { of: 'input', node }),
    output: (node: number) => at(keys.output(node), { of: 'output', node }),
    rate: () => at('epochLearningRate', { of: 'rate' }),
    /** α′ at node j, under the key dNj/dNjin. */
    slope: (node: number): LabNumber => ({
      key: `d${keys.output(node)}/d${keys.input(node)}`,
      value: state.slope(node),
      part: { of: 'slope', node },
      derivative: false,
    }),
    /** y (one output), or yⱼ of output j (softmax). */
    target: (index: number, several: boolean): LabNumber => ({
      key: several ? `y${index + 1}` : 'y',
      value: state.targets[index] ?? Number.NaN,
      part: several ? { of: 'target', index: index + 1 } : { of: 'target' },
      derivative: false,
    }),
  };
}

type Numbers = ReturnType<typeof numbersOf>;

/** Nⱼ,in = Σᵢ λᵢ,ⱼ·Nᵢ + bⱼ over the nodes i of the layer before, then Nⱼ = α(Nⱼ,in). */
function forwardSteps(state: LabState, n: Numbers, node: NodeName, withOutput: boolean) {
  const j = node.number;
  const before = state.names.layers[node.layer - 1]!;
  const input = n.input(j);
  const steps = [
    labSum(input, [
      ...before.map((i): [1, LabNumber, LabNumber] => [
        1,
        n.weight(i.number, j),
        n.output(i.number),
      ]),
      [1, n.bias(j)],
    ]),
  ];
  if (!withOutput) return steps;
  const activation = state.activations[node.layer]!;
  const outputs = state.names.layers[node.layer]!;
  steps.push(
    activation === 'softmax'
      ? labStep(n.output(j), {
          rule: 'softmax',
          input,
          // Stryker disable next-line ConditionalExpression: n.input(j) is a number equal to `input` (same key, value and part); the step reuses the one it wrote
          inputs: outputs.map((o) => (o.number === j ? input : n.input(o.number))),
        })
      : labStep(n.output(j), { rule: 'activation', activation, input }),
  );
  return steps;
}

/**
 * ∂L/∂Nⱼ,in by the chain rule: at a softmax output Nⱼ − yⱼ; at another output ∂L/∂Nⱼ = Nⱼ − y
 * (L = ½(ŷ − y)²); at a hidden node ∂L/∂Nⱼ = Σₖ λⱼ,ₖ·∂L/∂Nₖ,in over the next layer; then
 * ∂L/∂Nⱼ,in = α′(Nⱼ,in)·∂L/∂Nⱼ.
 */
function inputDerivativeSteps(state: LabState, n: Numbers, node: NodeName): LabStep[] {
  const j = node.number;
  const activation = state.activations[node.layer]!;
  const output = n.output(j);
  const dInput = n.d(n.input(j));
  const several = state.names.layers[node.layer]!.length > 1;
  if (activation === 'softmax') {
    return [
      labSum(dInput, [
        [1, output],
        [-1, n.target(node.index, several)],
      ]),
    ];
  }
  const dOutput = n.d(output);
  const next = state.names.layers[node.layer + 1];
  const steps = [
    next
      ? labSum(
          dOutput,
          next.map((k) => [1, n.weight(j, k.number), n.d(n.input(k.number))] as const),
        )
      : labSum(dOutput, [
          [1, output],
          [-1, n.target(node.index, several)],
        ]),
  ];
  if (activation === 'identity') {
    steps.push(labStep(dInput, { rule: 'same', input: dOutput }));
  } else {
    const slope = n.slope(j);
    steps.push(labStep(slope, { rule: 'slope', activation, input: n.input(j), output }));
    steps.push(labSum(dInput, [[1, slope, dOutput]]));
  }
  return steps;
}

/** The steps that answer a question, in order: the last gives the answer. */
function stepsFor(state: LabState, n: Numbers, question: LabQuestion): LabStep[] {
  const nodeOf = (number: number) => state.names.nodes[number - 1]!;
  switch (question.topic) {
    case 'nodeInput':
      return forwardSteps(state, n, nodeOf(question.node), false);
    case 'nodeOutput':
      return forwardSteps(state, n, nodeOf(question.node), true);
    case 'biasGradient': {
      const chain = inputDerivativeSteps(state, n, nodeOf(question.node));
      // ∂L/∂bⱼ = ∂L/∂Nⱼ,in, since Nⱼ,in = … + bⱼ.
      const dBias = n.d(n.bias(question.node));
      return [...chain, labStep(dBias, { rule: 'same', input: chain.at(-1)!.result })];
    }
    case 'weightGradient':
    case 'weightStep': {
      const { from, to } = question;
      const chain = inputDerivativeSteps(state, n, nodeOf(to));
      const weight = n.weight(from, to);
      const dWeight = n.d(weight);
      // ∂L/∂λᵢ,ⱼ = Nᵢ·∂L/∂Nⱼ,in, since Nⱼ,in = … + λᵢ,ⱼ·Nᵢ + ….
      const steps = [...chain, labSum(dWeight, [[1, n.output(from), chain.at(-1)!.result]])];
      if (question.topic === 'weightGradient') return steps;
      const rate = n.rate();
      const next: LabNumber = {
        key: `${weight.key}next`,
        // λ′ = λ − η_ℓ·∂L/∂λ, by the engine's gradient-descent step.
        value: gradientDescentStep(
          Float64Array.of(weight.value),
          Float64Array.of(dWeight.value),
          rate.value,
        )[0]!,
        part: { of: 'weight', from, to, next: true },
        derivative: false,
      };
      return [
        ...steps,
        labStep(next, { rule: 'update', parameter: weight, rate, gradient: dWeight }),
      ];
    }
  }
}

/**
 * The exercise a question makes of a state: its worked solution by the chain rule
 * (∂L/∂λᵢ,ⱼ = Nᵢ·∂L/∂Nⱼ,in, ∂L/∂Nⱼ,in = α′·Σₖ λⱼ,ₖ·∂L/∂Nₖ,in) or the forward pass
 * (Nⱼ,in = Σᵢ λᵢ,ⱼ·Nᵢ + bⱼ, Nⱼ = α(Nⱼ,in)), with the state's numbers; the answer is its last step.
 */
export function labExercise(question: LabQuestion, state: LabState): LabExercise {
  const steps = stepsFor(state, numbersOf(state), question);
  const asks = steps.at(-1)!.result;
  const tolerance = labTolerance(steps);
  return { question, asks, answer: asks.value, shownAnswer: shownAnswer(steps), tolerance, steps };
}
