/**
 * A short NumPy script that reproduces a training run of the chapter's 3-2-1 network: the same
 * sample, target, seed, learning rate, decay, optimizer and number of epochs, and the initial
 * parameters either drawn from the seed in the order the source chapter's code draws them or,
 * for any the reader set, their explicit values. It prints the last recorded epoch's numbers as
 * `key = value` lines, which a unit test compares with the engine's.
 *
 * The script is written out with its own loop (forward pass, backward pass by the chain rule,
 * update), not generated from the engine, so running it is an independent check. Framework-free:
 * the dashboard builds it on a click. The parameters' names, in the order the source chapter draws
 * them from NumPy's stream, are the engine's `BY_HAND_PARAM_KEYS`.
 */
import { BY_HAND_PARAM_KEYS } from '../../engine/index.ts';
import { OPTIMIZER_WORDS, py, updateLines, type OptimizerName } from './optimizerProgram.ts';

/** What the script reproduces. */
export interface ScriptSettings {
  readonly x: readonly [number, number, number];
  readonly y: number;
  readonly seed: number;
  readonly learningRate: number;
  readonly decay: number;
  readonly optimizer: OptimizerName;
  readonly epochs: number;
  /** Parameters the reader set, by key; every other one is the seed's draw. */
  readonly overrides: Readonly<Record<string, number>>;
}

/** The parameters whose value differs from what the seed draws: the reader's own. */
export function overridesOf(
  values: Readonly<Record<string, unknown>>,
  drawn: Readonly<Record<string, unknown>>,
): Record<string, number> {
  const overrides: Record<string, number> = {};
  for (const key of BY_HAND_PARAM_KEYS) {
    const value = values[key];
    if (typeof value === 'number' && value !== drawn[key]) overrides[key] = value;
  }
  return overrides;
}

/** The script's sections in order: each is one step of the run, and a code cell of the notebook. */
export const SECTIONS = [
  'setup',
  'data',
  'start',
  'forward',
  'backward',
  'update',
  'loop',
  'result',
] as const;

export type Section = (typeof SECTIONS)[number];

/** The program of a run, section by section: each section's Python text, without blank ends. */
export function scriptSections(settings: ScriptSettings): Record<Section, string> {
  const { x, y, seed, learningRate, decay, optimizer, epochs, overrides } = settings;
  const own = BY_HAND_PARAM_KEYS.filter((key) => key in overrides);
  const sections: Record<Section, readonly string[]> = {
    setup: [
      '#!/usr/bin/env python3',
      '"""A training run from "Neural Networks by Hand", reproduced with NumPy.',
      '',
      'The 3-2-1 network: inputs I1 I2 I3, sigmoid hidden nodes H4 H5, identity output O6,',
      `loss L = (O6 - y)**2 / 2 on one sample, trained by ${OPTIMIZER_WORDS[optimizer]}.`,
      'Epoch l records the passes at the parameters it starts from, then updates them with',
      "eta_l = eta_0 / (1 + decay * l). The last epoch's numbers are printed at the end.",
      '"""',
      'import math',
      '',
      'import numpy as np',
    ],
    data: [`x1, x2, x3 = ${py(x[0])}, ${py(x[1])}, ${py(x[2])}`, `y = ${py(y)}`],
    start: [
      `seed = ${seed}`,
      `names = [${BY_HAND_PARAM_KEYS.map((key) => `'${key}'`).join(', ')}]`,
      '',
      "# Initial parameters, drawn in the chapter's order: weights from U[-1/sqrt(p), 1/sqrt(p)] (the commonly used heuristic)",
      '# with p = 3 inputs into H4 and H5 and p = 2 into O6, then biases from U[-0.25, 0.25].',
      'np.random.seed(seed)',
      'start = {}',
      'for name, fan_in in zip(names[:8], [3] * 6 + [2] * 2):',
      '    low, high = -(1.0 / np.sqrt(fan_in)), 1.0 / np.sqrt(fan_in)',
      '    start[name] = low + np.random.random() * (high - low)',
      'for name in names[8:]:',
      '    start[name] = (np.random.random() - 0.5) * 0.5',
      ...(own.length > 0
        ? [
            '# The values the reader set in place of the draws.',
            ...own.map((key) => `start['${key}'] = ${py(overrides[key]!)}`),
          ]
        : []),
      'theta = np.array([float(start[name]) for name in names])',
      'dict(zip(names, theta.tolist()))  # shown by a notebook, unused by the script',
    ],
    forward: [
      'def sigmoid(z):',
      '    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0  # exp would overflow below',
      '',
      '',
      'def forward(theta):',
      '    """Forward pass at theta: each node before (in) and after activation, and the loss."""',
      '    w14, w24, w34, w15, w25, w35, w46, w56, b4, b5, b6 = theta.tolist()',
      '    H4in = w14 * x1 + w24 * x2 + w34 * x3 + b4',
      '    H5in = w15 * x1 + w25 * x2 + w35 * x3 + b5',
      '    H4, H5 = sigmoid(H4in), sigmoid(H5in)',
      '    O6 = O6in = w46 * H4 + w56 * H5 + b6',
      '    loss = 0.5 * (O6 - y) * (O6 - y)',
      "    nodes = {'H4in': H4in, 'H4': H4, 'H5in': H5in, 'H5': H5, 'O6in': O6in, 'O6': O6}",
      '    return nodes, loss',
      '',
      '',
      'forward(theta)  # shown by a notebook, unused by the script',
    ],
    backward: [
      'def backward(theta, nodes):',
      '    """Backward pass by the chain rule: dL/d each parameter, in the order of names."""',
      '    w14, w24, w34, w15, w25, w35, w46, w56, b4, b5, b6 = theta.tolist()',
      "    H4, H5, O6 = nodes['H4'], nodes['H5'], nodes['O6']",
      '    dO6in = O6 - y  # identity output: slope 1',
      '    dH4in = H4 * (1 - H4) * w46 * dO6in',
      '    dH5in = H5 * (1 - H5) * w56 * dO6in',
      '    return np.array([x1 * dH4in, x2 * dH4in, x3 * dH4in, x1 * dH5in, x2 * dH5in,',
      '                     x3 * dH5in, H4 * dO6in, H5 * dO6in, dH4in, dH5in, dO6in])',
      '',
      '',
      'backward(theta, forward(theta)[0])  # shown by a notebook, unused by the script',
    ],
    update: updateLines(learningRate, decay, optimizer),
    loop: [
      `epochs = ${epochs}`,
      'last = None',
      "with np.errstate(all='ignore'):",
      '    for epoch in range(epochs):',
      '        nodes, loss = forward(theta)',
      '        grad = backward(theta, nodes)',
      '        eta = eta_0 / (1 + decay * epoch)',
      '        values = [loss, eta, *theta, *nodes.values(), *grad]',
      '        if not np.all(np.isfinite(values)):',
      "            print(f'diverged at epoch {epoch}: its numbers are no longer finite')",
      '            break',
      '        last = epoch, nodes, loss, eta, theta.copy()',
      '        if epoch == epochs - 1:',
      '            break',
      '        theta = update(theta, grad, eta)',
    ],
    result: [
      'if last is not None:',
      '    epoch, nodes, loss, eta, at = last',
      "    print(f'epoch = {epoch}')",
      '    print(f\'O6 = {float(nodes["O6"])!r}\')',
      "    print(f'loss = {float(loss)!r}')",
      '    for name, value in zip(names, at):',
      "        print(f'{name} = {float(value)!r}')",
    ],
  };
  return Object.fromEntries(SECTIONS.map((key) => [key, sections[key].join('\n')])) as Record<
    Section,
    string
  >;
}

/** Sections as one program: two blank lines apart, as Python sets top-level definitions. */
export function joinSections(sections: readonly string[]): string {
  return `${sections.join('\n\n\n')}\n`;
}

/** The script's text. */
export function numpyScript(settings: ScriptSettings): string {
  const sections = scriptSections(settings);
  return joinSections(SECTIONS.map((key) => sections[key]));
}
