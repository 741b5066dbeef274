/**
 * The six steps of training a network, as the training-loop figure shows them: a title, what
 * the step does, and the quantities of the chapter's network that the step produces (keys of
 * the network store, shown when the figure is bound to one).
 */

/** One number a step produces: a symbol ([base, subscript]) and its quantity key. */
export interface StepQuantity {
  readonly symbol: readonly [base: string, subscript: string];
  readonly quantity: string;
  /** Decimals shown; 3 by default. */
  readonly digits?: number;
}

export interface LoopStep {
  readonly title: string;
  readonly description: string;
  readonly quantities: readonly StepQuantity[];
}

/** The steps in order; the loop runs 2 → 6 again and again, step 1 only once. */
export const LOOP_STEPS: readonly LoopStep[] = [
  {
    title: 'Initialise the parameters',
    description:
      'Once, before any learning: every weight gets a small random value (here within ±1/√p, p the inputs of the node it leads into), and every bias a small value too.',
    quantities: [
      { symbol: ['λ', '1,4'], quantity: 'w14' },
      { symbol: ['λ', '4,6'], quantity: 'w46' },
    ],
  },
  {
    title: 'Forward pass',
    description:
      'The sample goes through the network layer by layer, with the current weights and biases, and comes out as the prediction ŷ.',
    quantities: [{ symbol: ['ŷ', ''], quantity: 'O6' }],
  },
  {
    title: 'Loss and its derivative',
    description:
      'The loss L = ½(ŷ − y)² scores the prediction against the target; its derivative ∂L/∂ŷ = ŷ − y says which way ŷ should move.',
    quantities: [
      { symbol: ['L', ''], quantity: 'loss', digits: 4 },
      { symbol: ['∂L/∂ŷ', ''], quantity: 'dL/dO6' },
    ],
  },
  {
    title: 'Backpropagate',
    description:
      'The chain rule carries ∂L/∂ŷ back through the nodes and connections, giving the derivative of L with respect to every weight and bias.',
    quantities: [{ symbol: ['∂L/∂λ', '4,6'], quantity: 'dL/dw46' }],
  },
  {
    title: 'Update the parameters',
    description:
      'Each parameter takes a step against its derivative, scaled by the learning rate η: λ becomes λ − η ∂L/∂λ.',
    quantities: [{ symbol: ['η', ''], quantity: 'learningRate' }],
  },
  {
    title: 'Repeat until converged',
    description:
      'Unless the loss is small enough or has stopped changing, the next epoch starts: back to the forward pass, with the updated parameters.',
    quantities: [],
  },
];

/** Where the loop goes back to after its last step: the forward pass. */
export const REPEAT_FROM = 2;

/** Where the reader is in the loop: a step (1 to 6) and the epoch, counted from 0. */
export interface LoopPosition {
  readonly step: number;
  readonly epoch: number;
}

export const START: LoopPosition = { step: 1, epoch: 0 };

/** The step after this one: after the last, the forward pass of the next epoch. */
export function nextPosition({ step, epoch }: LoopPosition): LoopPosition {
  return step < LOOP_STEPS.length
    ? { step: step + 1, epoch }
    : { step: REPEAT_FROM, epoch: epoch + 1 };
}

/**
 * The step before this one: before a later epoch's forward pass, the previous epoch's last
 * step; the first step has none (it is returned unchanged).
 */
export function previousPosition({ step, epoch }: LoopPosition): LoopPosition {
  if (step === REPEAT_FROM && epoch > 0) return { step: LOOP_STEPS.length, epoch: epoch - 1 };
  return { step: Math.max(1, step - 1), epoch };
}

/** The last step of this epoch. */
export function lastPosition({ epoch }: LoopPosition): LoopPosition {
  return { step: LOOP_STEPS.length, epoch };
}
