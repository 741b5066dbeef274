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
      'How far the prediction is from the target; this book uses half the squared error, ½(ŷ − y)². The bold 𝐋 of the parameter count is another symbol: the list of layer widths.',
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
    tex: 'p,\\ m,\\ k,\\ \\mathbf{L}',
    name: 'layer widths',
    definition:
      'The number of input nodes (p), hidden nodes (m) and output nodes (k) of a network with one hidden layer; 𝐋 = [l₀, …, lₙ] lists the widths of any network. On the initialisation page p and k describe one layer of weights instead: the inputs of each node it leads into (fan-in) and the nodes it leads into (fan-out).',
  },
  {
    id: 'error',
    tex: '\\xi',
    name: 'error term',
    definition:
      'In Y = f(X) + ξ (xi), the part of the response that no function of the predictors can explain; many texts write it ε.',
  },
  {
    id: 'approximation-tolerance',
    tex: '\\delta',
    name: 'approximation tolerance',
    definition:
      'In the universal approximation theorem, how close the network must come to the function: within δ at every point (Cybenko), or within δ in total error (Lu and colleagues).',
  },
  {
    id: 'softmax',
    tex: 'O_j = e^{O_{j_{in}}} \\big/ \\textstyle\\sum_{\\iota=1}^{K} e^{O_{\\iota_{in}}}',
    name: 'softmax',
    definition:
      'The output activation for K categories: output O_j is the probability of category j, and ι (iota) runs over all K output nodes.',
    key: 'z1 … p1 …',
  },
  {
    id: 'collapse-coefficients',
    tex: '\\gamma_0, \\ldots, \\gamma_3',
    name: 'collapsed coefficients',
    definition:
      'The intercept γ₀ and slopes γ₁ to γ₃ of the linear model that the chapter’s network becomes when every activation is the identity.',
    key: 'beta0 … beta3',
  },
  {
    id: 'finite-difference-step',
    tex: '\\varepsilon',
    name: 'step of a numerical derivative',
    definition:
      'How far a central difference moves a value up and down, as in [f(x + ε) − f(x − ε)] / 2ε; the gradient check sets it as ε = 10ᵏ.',
    key: 'epsilon epsilonPower',
  },
  {
    id: 'half-width',
    tex: 'a',
    name: 'half-width of a uniform range',
    definition:
      'Initial weights are drawn from U[−a, a]: a = 1/√p for the commonly used heuristic, a = √6/√(p + k) for Glorot (Xavier) initialisation.',
    key: 'limit',
  },
  {
    id: 'batch-size',
    tex: 'n,\\ B',
    name: 'samples and batch size',
    definition:
      'n is the number of training samples; B the number whose mean gradient makes one update (B = n: batch, B = 1: stochastic gradient descent). A capital B, since b is a bias.',
    key: 'samples batchSize',
  },
  {
    id: 'momentum',
    tex: 'v,\\ \\beta',
    name: 'momentum',
    definition:
      'The velocity v adds up past gradients, each update keeping the share β of it; momentum steps along v instead of the latest gradient. Adam uses v too, for another running mean (below).',
    key: 'beta',
  },
  {
    id: 'adam',
    tex: '\\mu,\\ v,\\ \\beta_1,\\ \\beta_2',
    name: 'Adam’s running means',
    definition:
      'For every parameter, Adam keeps a running mean μ of its gradients and v of their squares (a v that is not momentum’s velocity), decaying by β₁ and β₂, and steps by η·μ̂/(√v̂ + 10⁻⁸). Most texts write m for μ; here m is a hidden width.',
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
