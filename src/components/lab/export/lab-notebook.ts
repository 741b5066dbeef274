/**
 * The lab's run as a Jupyter notebook (nbformat 4.5): a short markdown cell in the book's notation
 * before each step, and that step of the NumPy script (`labScriptSections`) as a code cell, so the
 * code cells joined in order are the script itself, saved unrun. Framework-free: the lab builds it
 * on a click.
 */
import { notebookText, stepsNotebook } from '../../../state/export/nbformat.ts';
import { OPTIMIZER_NAMES, updateWords } from '../../../state/export/optimizerProgram.ts';
import { LAB_SECTIONS, MODE_WORDS, labScriptSections, type LabSection } from './lab-script.ts';
import type { LabScriptSettings } from './lab-script-settings.ts';

/** How each data set is drawn, in a sentence. */
const DATA_WORDS = {
  surface: 'points drawn in $[-2, 2]^2$ with the target $y = \\sin(\\pi x_1 / 2)\\, e^{-x_2^2/2}$',
  moons: 'two interlocking half circles, one class each',
  circles: 'two rings, class 0 outside (radius 1.5) and class 1 inside (radius 0.75)',
  xor: 'points drawn in $[-2, 2]^2$, class 1 where $x_1$ and $x_2$ have opposite signs',
  spirals: 'two spiral arms turning 1.75 times, half a turn apart, one class each',
  sine: 'one input $x_1$ drawn in $[-1, 1]$ with the target $y = \\sin(\\pi x_1)$',
  step: 'one input $x_1$ drawn in $[-1, 1]$ with the target $y = 0$ for $x_1 < 0$, else $1$',
  abs: 'one input $x_1$ drawn in $[-1, 1]$ with the target $y = |x_1|$',
  parabola: 'one input $x_1$ drawn in $[-1, 1]$ with the target $y = x_1^2$',
  bump: 'one input $x_1$ drawn in $[-1, 1]$ with the target $y = e^{-(x_1/0.3)^2}$',
} as const;

/** The markdown before each step: what it does, with the run's own numbers. */
function explanations(settings: LabScriptSettings): Record<LabSection, string> {
  const { data, samples, noise, dataSeed, testShare, widths, output, seed } = settings;
  const loss =
    output === 'softmax'
      ? 'the cross-entropy $L = -\\sum_j y_j \\log p_j$ of the softmax probabilities $p$'
      : 'the squared error $L = \\frac{1}{2} (\\hat{y} - y)^2$';
  const slope =
    output === 'softmax'
      ? 'softmax and cross-entropy together give $\\partial L / \\partial z = p - y$'
      : `$\\partial L / \\partial z = (\\hat{y} - y)\\, f'(z)$ with the ${output} output's slope`;
  return {
    setup:
      "## Setup\n\nPython's `math` for the draws' formulas, NumPy for the stream and the arrays.",
    data: [
      '## The data',
      '',
      ...(data === 'custom'
        ? [
            `Your own ${samples} samples, typed or pasted into the lab's table: x₁, x₂ and y a row,`,
            `used as they are, with no draw and no noise: NumPy's seed ${dataSeed} only shuffles them.`,
          ]
        : [
            `${samples} samples of ${data}: ${DATA_WORDS[data]}. NumPy's seed ${dataSeed} draws them one`,
            `number at a time, the shape's draws first, then the noise (σ = ${noise}) by Box–Muller.`,
          ]),
    ].join('\n'),
    split: [
      '## Training and test samples',
      '',
      `The same seed shuffles the samples; the last share ${testShare} of them is held out to test`,
      'the network and is never trained on.',
    ].join('\n'),
    start: [
      '## The network and its starting weights',
      '',
      `Widths ${widths.join('-')}. Nodes are numbered through the layers from the inputs, so`,
      '$\\lambda_{1,3}$ (`w1_3`) is the weight from node 1 into node 3 and $b_3$ (`b3`) its bias.',
      `Seed ${seed} draws each layer's weights from $U[-\\sqrt{6}/\\sqrt{p + q}, \\sqrt{6}/\\sqrt{p + q}]$`,
      '($p$ inputs, $q$ nodes: normalized Xavier); the biases start at 0.',
    ].join('\n'),
    forward: [
      '## The forward pass',
      '',
      'A layer adds up what arrives, $z = W a + b$, and passes it through its activation,',
      `$a = f(z)$, for all the samples at once (a row each). The loss is ${loss}, averaged over`,
      'the samples; the cell shows the training loss at the starting weights.',
    ].join('\n'),
    backward: [
      '## The backward pass',
      '',
      `The chain rule from the loss back: at the output ${slope}. Each layer then passes`,
      '$\\partial L / \\partial z$ back through its weights and the slope of the layer before; a',
      "weight's derivative is what enters along it times $\\partial L / \\partial z$ where it arrives,",
      "a bias's is $\\partial L / \\partial z$ itself, averaged over the rows.",
    ].join('\n'),
    update: [
      '## The update',
      '',
      `The learning rate starts at $\\eta_0 = ${settings.learningRate}$ and, with decay ${settings.decay},`,
      'is $\\eta_\\ell = \\eta_0 / (1 + \\text{decay} \\cdot \\ell)$ in epoch $\\ell$.',
      '',
      ...updateWords(settings.optimizer, '\\lambda_{1,3}'),
    ].join('\n'),
    loop: [
      '## The training loop',
      '',
      `${settings.epochs} epochs of ${OPTIMIZER_NAMES[settings.optimizer]}, ${MODE_WORDS[settings.mode]}.`,
      'Epoch $\\ell$ records the mean training and test losses at the parameters it starts from,',
      'then updates them; the last epoch only records. If the numbers stop being finite, the loop',
      'says at which epoch and stops there, as the lab does. To start over, run all the cells.',
    ].join('\n'),
    result: [
      '## The last epoch',
      '',
      "Its training and test losses, $\\eta_\\ell$ and every weight and bias, by the lab's keys and",
      "at full precision: the lab's numbers at its last epoch.",
    ].join('\n'),
  };
}

/** The notebook's title cell: which network on which data, and how to run it. */
function titleOf(settings: LabScriptSettings): string {
  return [
    `# A run of the lab, step by step: the ${settings.widths.join('-')} network on ${settings.data === 'custom' ? 'your table' : settings.data}`,
    '',
    'This notebook rebuilds a run of the lab of *Neural Networks by Hand* with NumPy alone. Run',
    'the cells in order from the top; together its code cells are the NumPy script the lab also',
    'offers.',
  ].join('\n');
}

/** The notebook's file: the title, then each step explained and its code, unrun. */
export function labNotebookFile(settings: LabScriptSettings): string {
  const steps = stepsNotebook(
    titleOf(settings),
    LAB_SECTIONS,
    explanations(settings),
    labScriptSections(settings),
  );
  return notebookText(steps);
}
