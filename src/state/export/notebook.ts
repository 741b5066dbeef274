/**
 * A Jupyter notebook (nbformat 4.5) that rebuilds a training run of the chapter's 3-2-1 network
 * step by step: a markdown cell in the book's notation before each step, and that step of the
 * NumPy script (`scriptSections`) as a code cell, so the code cells joined in order are the
 * script itself. Every code cell is saved unrun (no outputs, no execution count). Framework-free:
 * the dashboard builds it on a click.
 */
import { BY_HAND_PARAM_KEYS } from '../../engine/index.ts';
import { notebookText, stepsNotebook, type Notebook } from './nbformat.ts';
import { OPTIMIZER_NAMES, updateWords } from './optimizerProgram.ts';
import { SECTIONS, scriptSections, type ScriptSettings, type Section } from './numpyScript.ts';

/** A parameter key in the book's notation: `w14` is λ₁,₄, `b4` is b₄. */
function symbol(key: string): string {
  return key.startsWith('w') ? `\\lambda_{${key[1]},${key[2]}}` : `b_${key.slice(1)}`;
}

/** The markdown before each step: what it does, in the book's notation, with the run's numbers. */
function explanations(settings: ScriptSettings): Record<Section, string> {
  const { x, y, seed, learningRate, decay, optimizer, epochs, overrides } = settings;
  const own = BY_HAND_PARAM_KEYS.filter((key) => key in overrides);
  return {
    setup: [
      '## Setup',
      '',
      "Python's `math` for the sigmoid, and NumPy for the arrays and for the random draws of the",
      'starting weights.',
    ].join('\n'),
    data: [
      '## The data',
      '',
      `One sample: the inputs $I_1 = x_1 = ${x[0]}$, $I_2 = x_2 = ${x[1]}$ and`,
      `$I_3 = x_3 = ${x[2]}$, and the target $y = ${y}$.`,
    ].join('\n'),
    start: [
      '## The starting weights',
      '',
      `NumPy's seed ${seed} draws the eleven parameters in the order of the book's code: the`,
      'weights $\\lambda_{1,4}, \\lambda_{2,4}, \\lambda_{3,4}, \\lambda_{1,5}, \\lambda_{2,5},',
      '\\lambda_{3,5}$ from $U[-1/\\sqrt{3}, 1/\\sqrt{3}]$ (three inputs into each hidden node),',
      '$\\lambda_{4,6}, \\lambda_{5,6}$ from $U[-1/\\sqrt{2}, 1/\\sqrt{2}]$ (two into $O_6$), then the',
      'biases $b_4, b_5, b_6$ from $U[-0.25, 0.25]$.',
      ...(own.length > 0
        ? [
            'The values set on the dashboard replace their draws:',
            `${own.map((key) => `$${symbol(key)} = ${overrides[key]}$`).join(', ')}.`,
          ]
        : []),
      'In the code `w14` is $\\lambda_{1,4}$ and `b4` is $b_4$; `theta` holds all eleven, in that',
      'order.',
    ].join('\n'),
    forward: [
      '## The forward pass',
      '',
      'Each hidden node adds up what arrives, $H_{4_{in}}$ before its activation, and passes it',
      'through the sigmoid $\\sigma(z) = 1 / (1 + e^{-z})$ to give $H_4$ after it:',
      '',
      '$$H_{4_{in}} = \\lambda_{1,4} I_1 + \\lambda_{2,4} I_2 + \\lambda_{3,4} I_3 + b_4, \\qquad',
      'H_4 = \\sigma(H_{4_{in}})$$',
      '',
      'and likewise $H_5$. The output node passes its sum on unchanged (the identity), so the',
      'prediction is $\\hat{y} = O_6 = O_{6_{in}} = \\lambda_{4,6} H_4 + \\lambda_{5,6} H_5 + b_6$,',
      'and the loss of the sample is $L = \\frac{1}{2} (\\hat{y} - y)^2$. The cell shows the nodes',
      'and the loss at the starting weights.',
    ].join('\n'),
    backward: [
      '## The backward pass',
      '',
      'The chain rule, from the loss back to every parameter. At the output,',
      '$\\partial L / \\partial O_{6_{in}} = \\hat{y} - y$ (the identity has slope 1). Stepping back',
      "through $H_4$ to $H_{4_{in}}$ multiplies by the weight and by the sigmoid's slope",
      '$H_4 (1 - H_4)$:',
      '',
      '$$\\frac{\\partial L}{\\partial H_{4_{in}}} = H_4 (1 - H_4) \\, \\lambda_{4,6} \\,',
      '\\frac{\\partial L}{\\partial O_{6_{in}}}$$',
      '',
      'A weight’s derivative is what enters along it times the derivative at the node it enters,',
      '$\\partial L / \\partial \\lambda_{1,4} = I_1 \\, \\partial L / \\partial H_{4_{in}}$ and',
      '$\\partial L / \\partial \\lambda_{4,6} = H_4 \\, \\partial L / \\partial O_{6_{in}}$; a bias',
      'takes its node’s, $\\partial L / \\partial b_4 = \\partial L / \\partial H_{4_{in}}$. The cell',
      'shows the eleven derivatives at the starting weights, in the order of `theta`.',
    ].join('\n'),
    update: [
      '## The update',
      '',
      `The learning rate starts at $\\eta_0 = ${learningRate}$ and, with decay ${decay}, is`,
      '$\\eta_\\ell = \\eta_0 / (1 + \\text{decay} \\cdot \\ell)$ in epoch $\\ell$.',
      '',
      ...updateWords(optimizer, '\\lambda_{1,4}'),
    ].join('\n'),
    loop: [
      '## The training loop',
      '',
      `${epochs} epochs of ${OPTIMIZER_NAMES[optimizer]}. Epoch $\\ell$ runs the forward and`,
      'backward passes at the parameters it starts from and records them, then updates them with',
      '$\\eta_\\ell$; the last epoch only records. If the numbers stop being finite (a learning',
      'rate too large), the loop says at which epoch and stops there, as the dashboard does.',
      'Running this cell again trains on from where it stopped: to start over, run all the cells',
      'from the top.',
    ].join('\n'),
    result: [
      '## The final $\\hat{y}$',
      '',
      'The last recorded epoch: its prediction $\\hat{y} = O_6$, its loss $L$ and every weight and',
      "bias, at full precision. They are the dashboard's numbers at its last epoch.",
    ].join('\n'),
  };
}

/** The notebook of a run, with its code cells unrun. */
export function trainingNotebook(settings: ScriptSettings): Notebook {
  const program = scriptSections(settings);
  const words = explanations(settings);
  const title = [
    '# A training run of the 3-2-1 network, step by step',
    '',
    'This notebook rebuilds a run of the training dashboard of *Neural Networks by Hand*: the',
    'network $I_1, I_2, I_3 \\to H_4, H_5 \\to O_6$, sigmoid hidden nodes and an identity output,',
    `trained on one sample by ${OPTIMIZER_NAMES[settings.optimizer]}. Run the cells in order from`,
    'the top. Together its code cells are the NumPy script the dashboard also offers.',
    '',
    "The notation is the book's: $\\lambda_{1,4}$ is the weight from $I_1$ into $H_4$ (`w14` in",
    'the code), $b_4$ the bias of $H_4$, $H_{4_{in}}$ the sum that arrives at $H_4$ before its',
    'activation (`H4in`) and $H_4$ what leaves it after, $\\hat{y} = O_6$ the prediction, $L$ the',
    'loss and $\\eta$ the learning rate (`eta`).',
  ].join('\n');
  return stepsNotebook(title, SECTIONS, words, program);
}

/** The notebook's file: JSON indented by one space, as Jupyter writes it. */
export function notebookFile(settings: ScriptSettings): string {
  return notebookText(trainingNotebook(settings));
}
