/**
 * What the activation chapter's two kinds show a reader beyond their numbers: each setting's
 * label, symbol, description, limits and default, the groups a page may name, the keys a page may
 * read; and that the activation plot samples a function's curve once, not again for each z.
 */
import { describe, expect, it } from 'vitest';
import { initByHand } from '../../../src/engine/index.ts';
import { activationKind } from '../../../src/components/activations/activation.kind.ts';
import { collapseKind } from '../../../src/components/activations/collapse.kind.ts';
import { createStore } from '../../../src/state/store.ts';
import { settingsTable } from './settings-table.ts';

describe('the activation kind’s settings', () => {
  it('are the function, z within ±6, and the three softmax inputs within ±10 (slider ±5)', () => {
    // z's range is the plot's, −6 to 6; softmax's inputs start at the chapter's (2, 1, 0.1).
    const softmax = (j: number, start: string) =>
      `O${j}in · O${j}in · O_${j},in · the input of output node ${j}, before softmax · -10 … 10, slider -5 … 5 by 0.1, 3 digits · ${start}`;
    expect(settingsTable(activationKind)).toEqual([
      'fn · activation · α · the activation function α of the node · identity (identity), sigmoid (sigmoid), tanh (tanh), relu (ReLU), leakyRelu (leaky ReLU) · sigmoid',
      'z · z · z · the node input z, before activation · -6 … 6, slider -6 … 6 by 0.01, 3 digits · 1',
      softmax(1, '2'),
      softmax(2, '1'),
      softmax(3, '0.1'),
    ]);
  });

  it('are grouped as the chapter’s pages name them: the function, the input, softmax', () => {
    expect(activationKind.groups).toEqual({
      function: ['fn'],
      input: ['z'],
      softmax: ['O1in', 'O2in', 'O3in'],
    });
  });

  it('samples the curve of a function once: a new z keeps the curve, a new function has its own', () => {
    const store = createStore(activationKind, 'curves');
    const values = store.settings.value;
    const first = activationKind.run({ ...values, z: 1 }).curve;
    expect(activationKind.run({ ...values, z: -2 }).curve).toBe(first);
    const tanh = activationKind.run({ ...values, fn: 'tanh' }).curve;
    expect(tanh).not.toBe(first);
    expect(activationKind.run({ ...values, fn: 'tanh', z: 3 }).curve).toBe(tanh);
  });
});

describe('the collapse kind’s settings and keys', () => {
  const drawn = initByHand(13);
  /** θ's order in the engine: layer 1's weights and biases, then layer 2's. */
  const theta = ['w14', 'w24', 'w34', 'w15', 'w25', 'w35', 'b4', 'b5', 'w46', 'w56', 'b6'];

  it('are the hidden activation, x within ±10 (slider ±1) and the parameters within ±10 (slider ±2)', () => {
    const feature = (i: number, start: string) =>
      `x${i} · x${i} · x_${i} · predictor feature ${i} · -10 … 10, slider -1 … 1 by 0.01, 3 digits · ${start}`;
    const parameter = (key: string, symbol: string, description: string) =>
      `${key} · ${symbol.replace('_', '')} · ${symbol} · ${description} · -10 … 10, slider -2 … 2 by 0.01, 3 digits`;
    const weight = (from: number, to: number) =>
      parameter(
        `w${from}${to}`,
        `λ_${from},${to}`,
        `weight on the connection from node ${from} to node ${to}`,
      );
    const bias = (node: number) => parameter(`b${node}`, `b_${node}`, `bias of node ${node}`);
    // The sample is the chapter's x = (0.5, 0.2, 0.7); the parameters start at its seed-13 draws.
    const table = settingsTable(collapseKind);
    expect(table.slice(0, 4)).toEqual([
      'hidden · hidden activation · α · the activation of the hidden nodes H4 and H5 · identity (identity), sigmoid (sigmoid) · identity',
      feature(1, '0.5'),
      feature(2, '0.2'),
      feature(3, '0.7'),
    ]);
    expect(table.slice(4).map((row) => row.replace(/ · [^·]*$/, ''))).toEqual([
      weight(1, 4),
      weight(2, 4),
      weight(3, 4),
      weight(1, 5),
      weight(2, 5),
      weight(3, 5),
      weight(4, 6),
      weight(5, 6),
      bias(4),
      bias(5),
      bias(6),
    ]);
    const store = createStore(collapseKind, 'collapse');
    for (const key of theta) {
      expect(store.settings.value[key], key).toBe(drawn[key as keyof typeof drawn]);
    }
  });

  it('groups the activation, the sample, and the parameters in θ’s order', () => {
    expect(collapseKind.groups).toEqual({
      activation: ['hidden'],
      sample: ['x1', 'x2', 'x3'],
      parameters: theta,
    });
  });

  it('answers the settings, each node but the inputs, the collapsed model, and nothing else', () => {
    const nodes = ['H4in', 'H4', 'H5in', 'H5', 'O6in', 'O6'];
    const model = ['beta1', 'beta2', 'beta3', 'beta0', 'linear', 'difference'];
    expect([...collapseKind.quantityKeys].sort()).toEqual(
      ['x1', 'x2', 'x3', ...theta, ...nodes, ...model].sort(),
    );
  });

  it('reads a setting and a node’s input as the reader left them: x₂ = −0.4, H₄in by hand', () => {
    const store = createStore(collapseKind, 'collapse');
    store.set('x2', -0.4);
    store.set('w24', 1.25);
    expect(store.quantity('x2').value).toBe(-0.4);
    expect(store.quantity('w24').value).toBe(1.25);
    // H₄in = λ₁,₄x₁ + λ₂,₄x₂ + λ₃,₄x₃ + b₄, the identity's input and output alike.
    const h4in = drawn.w14 * 0.5 + 1.25 * -0.4 + drawn.w34 * 0.7 + drawn.b4;
    expect(store.quantity('H4in').value).toBeCloseTo(h4in, 15);
    expect(store.quantity('H4').value).toBeCloseTo(h4in, 15);
  });
});
