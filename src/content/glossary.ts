/**
 * The book's notation, in one place: the notation chapter lists every entry, and `<Term>` links a
 * symbol where it first appears on a page to its entry, with the definition on hover and focus.
 * Symbols are TeX (rendered at build time); definitions are plain sentences.
 */

export interface GlossaryEntry {
  /** The entry's anchor on the notation page: `#term-<id>`. */
  readonly id: string;
  /** The symbol as TeX. */
  readonly tex: string;
  /** What the symbol is called, in a few words. */
  readonly name: string;
  /** One sentence: what it means in this book. */
  readonly definition: string;
  /** The engine's key for it, as `data-quantity` shows it on the page, if it has one. */
  readonly key?: string;
}

/** Every symbol of the book, in the order a reader meets them. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'x',
    tex: 'x_1, x_2, x_3',
    name: 'predictor features',
    definition: 'The values one sample gives the network, one per input node.',
    key: 'x1 x2 x3',
  },
  {
    id: 'y',
    tex: 'y',
    name: 'target',
    definition: 'The true response of the sample, which the prediction should match.',
    key: 'y',
  },
  {
    id: 'node',
    tex: 'I_1 \\ldots I_3,\\ H_4, H_5,\\ O_6',
    name: 'nodes',
    definition:
      'Every node has one number across the whole network; the letter says its layer: I for input, H for hidden, O for output.',
    key: 'I1 … O6',
  },
  {
    id: 'weight',
    tex: '\\lambda_{i,j}',
    name: 'weight',
    definition:
      'The weight on the connection from node i to node j: what leaves node i is multiplied by it on its way into node j.',
    key: 'w14 … w56',
  },
  {
    id: 'bias',
    tex: 'b_j',
    name: 'bias',
    definition: 'A number node j adds to the sum of its weighted inputs; input nodes have none.',
    key: 'b4 b5 b6',
  },
  {
    id: 'node-input',
    tex: 'H_{4_{in}}',
    name: 'node input',
    definition:
      'What arrives at a node before its activation function: the weighted sum of the previous layer plus the bias.',
    key: 'H4in',
  },
  {
    id: 'node-output',
    tex: 'H_4',
    name: 'node output',
    definition: 'What leaves a node: its input passed through the activation function.',
    key: 'H4',
  },
  {
    id: 'activation',
    tex: '\\alpha, \\ \\sigma',
    name: 'activation function',
    definition:
      'The function a node applies to its input; σ is the sigmoid, 1 / (1 + e^(−z)), used in the hidden layer.',
  },
  {
    id: 'prediction',
    tex: '\\hat{y}',
    name: 'prediction',
    definition: 'The network’s estimate of the target: the output of node O6.',
    key: 'O6',
  },
  {
    id: 'loss',
    tex: 'L',
    name: 'loss',
    definition:
      'How far the prediction is from the target; this book uses half the squared error, ½(ŷ − y)².',
    key: 'loss',
  },
  {
    id: 'gradient',
    tex: '\\frac{\\partial L}{\\partial \\lambda_{i,j}}',
    name: 'partial derivative of the loss',
    definition:
      'How fast the loss changes when only this weight (or bias, or node value) changes: the slope that training follows downhill.',
    key: 'dL/dw14 …',
  },
  {
    id: 'learning-rate',
    tex: '\\eta',
    name: 'learning rate',
    definition: 'How large a step each update takes against the derivative of the loss.',
    key: 'learningRate',
  },
  {
    id: 'epoch',
    tex: '\\ell',
    name: 'epoch',
    definition:
      'One pass of training over all the data: each sample’s forward and backward pass, and the updates they feed (one per batch; one in all when there is a single sample).',
    key: 'epoch',
  },
  {
    id: 'parameters',
    tex: '\\theta',
    name: 'model parameters',
    definition: 'All the weights and biases together: everything training changes.',
  },
  {
    id: 'widths',
    tex: 'p,\\ m,\\ k',
    name: 'layer widths',
    definition:
      'The number of input nodes (p), hidden nodes (m) and output nodes (k) of a network with one hidden layer.',
  },
  {
    id: 'error',
    tex: '\\epsilon',
    name: 'error term',
    definition:
      'In Y = f(X) + ε, the part of the response that no function of the predictors can explain.',
  },
  {
    id: 'batch-size',
    tex: 'n,\\ b',
    name: 'samples and batch size',
    definition:
      'n is the number of training samples; b the number whose mean gradient makes one update (b = n: batch, b = 1: stochastic gradient descent).',
    key: 'samples batchSize',
  },
  {
    id: 'momentum',
    tex: 'v,\\ \\beta',
    name: 'momentum',
    definition:
      'The velocity v adds up past gradients, each update keeping the share β of it; momentum steps along v instead of the latest gradient.',
    key: 'beta',
  },
  {
    id: 'adam',
    tex: 'm,\\ v,\\ \\beta_1,\\ \\beta_2',
    name: 'Adam’s running means',
    definition:
      'For every parameter, Adam keeps a running mean m of its gradients and v of their squares, decaying by β₁ and β₂, and steps by η·m̂/(√v̂ + ε).',
    key: 'beta1 beta2',
  },
];

/** The entry with this id; an unknown id is a slip in a chapter and stops the build. */
export function glossaryEntry(id: string): GlossaryEntry {
  const entry = GLOSSARY.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new Error(
      `Unknown glossary term "${id}": use one of ${GLOSSARY.map((e) => e.id).join(', ')}`,
    );
  }
  return entry;
}
