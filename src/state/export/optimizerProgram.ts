/**
 * The optimizers as the exported programs write them: a number as Python source, each update rule
 * as a Python function on the flat vector `theta` of every weight and bias (with the state it
 * keeps), and the words and formulas a notebook explains it with. The dashboard's and the lab's
 * scripts and notebooks share them, so one rule reads the same in every download.
 */

/** The update rules the book trains with. */
export type OptimizerName = 'gd' | 'momentum' | 'adam';

/** A number as Python source: the shortest text that reads back to the same double. */
export function py(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} into a script`);
  return String(value);
}

/** Each rule named in a sentence, with its constants (a script's docstring). */
export const OPTIMIZER_WORDS = {
  gd: 'plain gradient descent',
  momentum: 'gradient descent with momentum (beta = 0.9)',
  adam: 'Adam (beta1 = 0.9, beta2 = 0.999, eps = 1e-8)',
} as const;

/** Each rule's short name (a notebook's prose). */
export const OPTIMIZER_NAMES = {
  gd: 'plain gradient descent',
  momentum: 'gradient descent with momentum',
  adam: 'Adam',
} as const;

/** Each optimizer's state (none for plain descent) and its update function, as Python lines. */
const UPDATES = {
  gd: {
    state: [],
    step: [
      'def update(theta, grad, eta):',
      '    """One step of plain gradient descent: theta - eta * grad."""',
      '    return theta - eta * grad',
    ],
  },
  momentum: {
    state: ['velocity = np.zeros_like(theta)'],
    step: [
      'def update(theta, grad, eta):',
      '    """One step with momentum: velocity = 0.9 * velocity + grad, theta - eta * velocity."""',
      '    global velocity',
      '    velocity = 0.9 * velocity + grad',
      '    return theta - eta * velocity',
    ],
  },
  adam: {
    state: ['m, v, t = np.zeros_like(theta), np.zeros_like(theta), 0'],
    step: [
      'def update(theta, grad, eta):',
      '    """One Adam step: running means m and v, corrected by 1 - beta**t, then the step."""',
      '    global m, v, t',
      '    t += 1',
      '    m = 0.9 * m + 0.1 * grad',
      '    v = 0.999 * v + 0.001 * grad**2',
      '    m_hat = m / (1 - 0.9**t)',
      '    v_hat = v / (1 - 0.999**t)',
      '    return theta - eta * m_hat / (np.sqrt(v_hat) + 1e-8)',
    ],
  },
} as const;

/**
 * The program's update step: η₀ and the decay, the rule's state (after `theta` exists) and its
 * `update(theta, grad, eta)` function, as Python lines.
 */
export function updateLines(learningRate: number, decay: number, optimizer: OptimizerName) {
  return [
    `eta_0 = ${py(learningRate)}`,
    `decay = ${py(decay)}`,
    ...UPDATES[optimizer].state,
    '',
    '',
    ...UPDATES[optimizer].step,
  ];
}

/**
 * A notebook's words for a rule, in the book's notation; plain descent shows its step on one
 * weight, `weight` (LaTeX such as `\lambda_{1,4}`).
 */
export function updateWords(optimizer: OptimizerName, weight: string): readonly string[] {
  switch (optimizer) {
    case 'gd':
      return [
        'Plain gradient descent moves every weight and bias against its derivative,',
        `$${weight} \\leftarrow ${weight} - \\eta_\\ell \\, \\partial L / \\partial ${weight}$`,
        'and likewise for the others.',
      ];
    case 'momentum':
      return [
        'With momentum each step follows a velocity $v$ that carries the earlier gradients along:',
        'with $g_t$ the derivatives of update $t$ and $\\theta$ all the weights and biases,',
        '$v_t = \\beta \\, v_{t-1} + g_t$ (with $\\beta = 0.9$ and $v_0 = 0$), then',
        '$\\theta_t = \\theta_{t-1} - \\eta_\\ell \\, v_t$.',
      ];
    case 'adam':
      return [
        'Adam keeps two running means for every parameter, $m$ of its derivatives $g_t$ and $v$ of',
        'their squares, from $m_0 = v_0 = 0$: $m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t$ and',
        '$v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2$, corrected to',
        '$\\hat{m}_t = m_t / (1 - \\beta_1^{\\,t})$ and $\\hat{v}_t = v_t / (1 - \\beta_2^{\\,t})$, then',
        '$\\theta_t = \\theta_{t-1} - \\eta_\\ell \\, \\hat{m}_t / (\\sqrt{\\hat{v}_t} + \\epsilon)$, with',
        '$\\beta_1 = 0.9$, $\\beta_2 = 0.999$ and $\\epsilon = 10^{-8}$ ($\\theta$ is every weight and',
        'bias).',
      ];
  }
}
