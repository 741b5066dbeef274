/**
 * A NumPy script that reproduces a run of the lab: the same data, split, network, starting
 * weights and training, with its own loop (the forward pass, the backward pass by the chain rule,
 * the optimizer, the decay, the batches), not generated from the engine. It prints the last epoch
 * the lab shows as `key = value` lines with the lab's keys (`trainLoss`, `testLoss`, `w1_3`, `b3`,
 * …), which a unit test compares with the engine's run. Framework-free: the lab builds it on a
 * click; its sections are also the notebook's code cells (lab-notebook.ts).
 */
import { joinSections, SECTIONS } from '../../../state/export/numpyScript.ts';
import { OPTIMIZER_WORDS, updateLines } from '../../../state/export/optimizerProgram.ts';
import { dataLines, splitLines } from './lab-script-data.ts';
import { BACKWARD_LINES, FORWARD_LINES, startLines } from './lab-script-network.ts';
import type { LabScriptSettings } from './lab-script-settings.ts';

/**
 * The script's sections in order, each one step of the run and a code cell of the notebook: the
 * dashboard's steps, with the split into training and test samples after the data.
 */
export const LAB_SECTIONS = [...SECTIONS.slice(0, 2), 'split', ...SECTIONS.slice(2)] as const;

export type LabSection = (typeof LAB_SECTIONS)[number];

/** How each mode groups an epoch's samples into updates, in words. */
export const MODE_WORDS = {
  batch: 'in batch mode (one update per epoch, on all the training samples)',
  stochastic: 'stochastically (one update per training sample, in order)',
  miniBatch: 'in mini-batches (one update per batch of samples, in order)',
} as const;

/** The docstring's lines: the run in a few sentences. */
function summary(settings: LabScriptSettings): string[] {
  const { widths, hidden, output, data, samples, noise, testShare, optimizer, mode } = settings;
  const loss = output === 'softmax' ? 'cross-entropy' : 'squared error (1/2)(yhat - y)^2';
  return [
    `The network ${widths.join('-')}: hidden layers ${hidden.join(', ') || '(none)'}, output ${output},`,
    `loss ${loss}, mean over the samples. Data: ${samples} samples ${data === 'custom' ? 'of your table' : `of ${data} (noise ${noise})`},`,
    `a share ${testShare} held out for testing. Trained by ${OPTIMIZER_WORDS[optimizer]}`,
    `${MODE_WORDS[mode]}.`,
  ];
}

/** The program of a run, section by section: each section's Python text, without blank ends. */
export function labScriptSections(settings: LabScriptSettings): Record<LabSection, string> {
  const { learningRate, decay, optimizer, epochs, mode, batchSize } = settings;
  const sections: Record<LabSection, readonly string[]> = {
    setup: [
      '#!/usr/bin/env python3',
      '"""A run of the lab of "Neural Networks by Hand", reproduced with NumPy.',
      '',
      ...summary(settings),
      'Epoch l records the mean training and test losses at the parameters it starts from, then',
      "updates them with eta_l = eta_0 / (1 + decay * l). The last epoch's numbers are printed at",
      "the end, named by the lab's keys.",
      '"""',
      'import math',
      '',
      'import numpy as np',
    ],
    data: dataLines(settings),
    split: splitLines(settings),
    start: startLines(settings),
    forward: FORWARD_LINES,
    backward: BACKWARD_LINES,
    update: updateLines(learningRate, decay, optimizer),
    loop: [
      `epochs, mode, batch_size = ${epochs}, '${mode}', ${batchSize}`,
      'n = len(X_train)',
      "size = {'batch': n, 'stochastic': 1, 'miniBatch': min(batch_size, n)}[mode]",
      'last = None',
      "with np.errstate(all='ignore'):",
      '    for epoch in range(epochs):',
      '        eta = eta_0 / (1 + decay * epoch)',
      '        loss, test_loss = mean_loss(theta, X_train, Y_train), mean_loss(theta, X_test, Y_test)',
      '        grad = gradient(theta, X_train, Y_train)',
      '        if not np.all(np.isfinite([loss, test_loss, *theta, *grad])):',
      "            print(f'diverged at epoch {epoch}: its numbers are no longer finite')",
      '            break',
      '        last = epoch, loss, test_loss, eta, theta.copy()',
      '        if epoch == epochs - 1:',
      '            break',
      '        for begin in range(0, n, size):  # the training samples in order, a batch per update',
      '            if size < n:',
      '                rows = slice(begin, begin + size)',
      '                grad = gradient(theta, X_train[rows], Y_train[rows])',
      '            theta = update(theta, grad, eta)',
    ],
    result: [
      'if last is not None:',
      '    epoch, loss, test_loss, eta, at = last',
      "    print(f'epoch = {epoch}')",
      "    print(f'trainLoss = {loss!r}')",
      "    print(f'testLoss = {test_loss!r}')",
      "    print(f'epochLearningRate = {eta!r}')",
      '    for name, value in zip(names, at):',
      "        print(f'{name} = {float(value)!r}')",
    ],
  };
  return Object.fromEntries(LAB_SECTIONS.map((key) => [key, sections[key].join('\n')])) as Record<
    LabSection,
    string
  >;
}

/** The script's text. */
export function labScript(settings: LabScriptSettings): string {
  const sections = labScriptSections(settings);
  return joinSections(LAB_SECTIONS.map((key) => sections[key]));
}
