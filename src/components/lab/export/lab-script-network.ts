/**
 * The network part of a lab program, in Python: the layers' widths and activations, θ as one
 * vector in the engine's order (layer after layer, a layer's weights row by row, then its biases)
 * with the lab's keys (`w1_3`, `b3`), the seed's normalized Xavier draws, and the forward and
 * backward passes of a batch of rows in matrix form. None of it comes from the engine: it is
 * written from the formulas, so running it checks the engine's numbers.
 */
import type { LabScriptSettings } from './lab-script-settings.ts';

/** A list of names as Python source. */
const names = (list: readonly string[]) => `[${list.map((name) => `'${name}'`).join(', ')}]`;

/** The start section: the network's shape, θ's keys and the starting draws. */
export function startLines(settings: LabScriptSettings): string[] {
  const { widths, hidden, output, seed } = settings;
  return [
    `widths = [${widths.join(', ')}]`,
    `hidden = ${names(hidden)}  # the activation of each hidden layer`,
    `output = '${output}'`,
    'activations = hidden + [output]',
    `seed = ${seed}`,
    '',
    "# theta holds every weight and bias, layer after layer: a layer's weights row by row (a row",
    '# for each node it feeds), then its biases. Nodes are numbered through the layers from the',
    '# inputs, so w1_3 is the weight from node 1 into node 3 and b3 the bias of node 3.',
    'before = [sum(widths[:k]) for k in range(len(widths))]  # nodes in the layers before layer k',
    'names = []',
    'for k in range(1, len(widths)):',
    '    names += [f"w{before[k - 1] + i + 1}_{before[k] + j + 1}"',
    '              for j in range(widths[k]) for i in range(widths[k - 1])]',
    '    names += [f"b{before[k] + j + 1}" for j in range(widths[k])]',
    '',
    '# Normalized Xavier (Glorot) weights, U[-sqrt(6)/sqrt(p + q), sqrt(6)/sqrt(p + q)] for a layer',
    "# of p inputs and q nodes, drawn in theta's order from the seed; every bias starts at 0.",
    'np.random.seed(seed)',
    'drawn = []',
    'for p, q in zip(widths[:-1], widths[1:]):',
    '    limit = math.sqrt(6) / math.sqrt(p + q)',
    '    drawn += [-limit + draw() * (limit - -limit) for _ in range(p * q)] + [0.0] * q',
    'theta = np.array(drawn)',
    'dict(zip(names, theta.tolist()))  # shown by a notebook, unused by the script',
  ];
}

/** The forward section: the activations, the layers as views of θ, the passes and the loss. */
export const FORWARD_LINES = [
  "# Each activation f(z) and its slope f'(z), given z and a = f(z).",
  'ACTIVATIONS = {',
  "    'identity': (lambda z: z, lambda z, a: np.ones_like(z)),",
  "    'sigmoid': (lambda z: 1.0 / (1.0 + np.exp(-z)), lambda z, a: (1.0 - a) * a),",
  "    'tanh': (np.tanh, lambda z, a: 1.0 - a * a),",
  "    'relu': (lambda z: np.where(z > 0, z, 0.0), lambda z, a: np.where(z > 0, 1.0, 0.0)),",
  "    'leakyRelu': (lambda z: np.where(z > 0, z, 0.01 * z),",
  '                  lambda z, a: np.where(z > 0, 1.0, 0.01)),',
  '}',
  '',
  '',
  'def softmax(z):',
  '    """Each row of z as probabilities: exp(z - max z) / sum exp(z - max z)."""',
  '    e = np.exp(z - z.max(axis=1, keepdims=True))',
  '    return e / e.sum(axis=1, keepdims=True)',
  '',
  '',
  'def log_softmax(z):',
  '    """log p of each row: z - max z - log sum exp(z - max z), finite where p underflows."""',
  '    shifted = z - z.max(axis=1, keepdims=True)',
  '    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))',
  '',
  '',
  'def layers_of(theta):',
  '    """Each layer\'s weights W (a row per node it feeds) and biases b, as views of theta."""',
  '    layers, at = [], 0',
  '    for p, q in zip(widths[:-1], widths[1:]):',
  '        layers.append((theta[at:at + p * q].reshape(q, p), theta[at + p * q:at + p * q + q]))',
  '        at += p * q + q',
  '    return layers',
  '',
  '',
  'def forward(theta, X):',
  '    """The rows of X through the network: each layer\'s inputs z and outputs a = f(z)."""',
  '    zs, outs = [X], [X]',
  '    for (W, b), name in zip(layers_of(theta), activations):',
  '        z = outs[-1] @ W.T + b',
  '        zs.append(z)',
  "        outs.append(softmax(z) if name == 'softmax' else ACTIVATIONS[name][0](z))",
  '    return zs, outs',
  '',
  '',
  'def mean_loss(theta, X, Y):',
  '    """Mean loss over the rows: -sum y log p after softmax, else (1/2) sum (yhat - y)^2."""',
  '    zs, outs = forward(theta, X)',
  "    if output == 'softmax':",
  '        return float(-(Y * log_softmax(zs[-1])).sum(axis=1).mean())',
  '    return float((0.5 * ((outs[-1] - Y) ** 2).sum(axis=1)).mean())',
  '',
  '',
  'mean_loss(theta, X_train, Y_train)  # shown by a notebook, unused by the script',
] as const;

/** The backward section: the mean gradient of a batch of rows by the chain rule. */
export const BACKWARD_LINES = [
  'def gradient(theta, X, Y):',
  '    """Mean gradient of the loss over the rows of X, by the chain rule, in theta\'s order."""',
  '    zs, outs = forward(theta, X)',
  "    if output == 'softmax':",
  '        delta = outs[-1] - Y  # dL/dz through softmax and cross-entropy together: p - y',
  '    else:',
  '        delta = (outs[-1] - Y) * ACTIVATIONS[output][1](zs[-1], outs[-1])',
  '    layers = layers_of(theta)',
  '    parts = []',
  '    for k in range(len(layers) - 1, -1, -1):',
  '        W, _ = layers[k]',
  '        # dL/dW: what enters along a weight times dL/dz where it arrives; dL/db = dL/dz.',
  '        parts = [(delta.T @ outs[k]).ravel(), delta.sum(axis=0)] + parts',
  '        if k > 0:  # back through W, then through the slope of the layer before',
  '            delta = (delta @ W) * ACTIVATIONS[activations[k - 1]][1](zs[k], outs[k])',
  '    return np.concatenate(parts) / len(X)',
  '',
  '',
  'dict(zip(names, gradient(theta, X_train, Y_train).tolist()))  # shown by a notebook',
] as const;
