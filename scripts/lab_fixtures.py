#!/usr/bin/env python3
"""Reference training runs of lab-sized networks, computed with NumPy in matrix form.

Regenerate with:  python3 scripts/lab_fixtures.py
It writes tests/fixtures/lab-runs.json. Each run trains a network of two inputs on a seeded lab
data set (drawn by scripts/lab_data_fixtures.py) from starting parameters drawn here and written
into the fixture, so the test starts the engine from the same numbers and initialisation is not
what it checks. The network is a list of matrices: a layer holds W (rows = the nodes it feeds,
columns = the nodes it reads) and b, and a whole batch goes through at once, A_k = f_k(A_(k-1) W_k^T
+ b_k). Backpropagation is the matrix chain rule, D_(k-1) = (D_k W_k) * f'_(k-1), and a batch's
gradient is the mean over its rows. Losses: (1/n) sum of (yhat - y)^2 / 2 with a scalar output,
and -(1/n) sum of y log p with softmax (p from the logits by log-sum-exp), for which
dL/dz = p - y. The run records, for every epoch, the mean loss over the data set and every
parameter at the start of the epoch, then takes the epoch's updates: one with the whole set
('batch'), or one per sample in the set's order ('stochastic'), theta <- theta - eta g. It shares
no code with the TypeScript engine, which goes sample by sample over a flat parameter array.
Values are stored as full doubles (Python's repr round-trips exactly).
"""
import json
import os

import numpy as np

from lab_data_fixtures import generate

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'fixtures', 'lab-runs.json')
EPOCHS = 20
# Nearest a ReLU input may come to 0, far above the runs' rounding differences (about 1e-15).
KINK_MARGIN = 1e-9


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


# Each activation as (f(z), f'(z) from z and a = f(z)); ReLU's slope at z = 0 is taken as 0.
ACTIVATIONS = {
    'identity': (lambda z: z, lambda z, a: np.ones_like(z)),
    'sigmoid': (sigmoid, lambda z, a: a * (1.0 - a)),
    'tanh': (np.tanh, lambda z, a: 1.0 - a * a),
    'relu': (lambda z: np.maximum(z, 0.0), lambda z, a: (z > 0).astype(float)),
}


def log_softmax(z):
    """log p for each row of logits: z - max z - log sum exp(z - max z)."""
    shifted = z - z.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def starting_layers(widths, seed):
    """W ~ U[-1/sqrt(fan-in), 1/sqrt(fan-in)] row by row, then b ~ U[-0.2, 0.2], layer by layer."""
    np.random.seed(seed)
    layers = []
    for fan_in, fan_out in zip(widths[:-1], widths[1:]):
        limit = 1.0 / np.sqrt(fan_in)
        w = np.array([[-limit + np.random.random() * 2 * limit for _ in range(fan_in)]
                      for _ in range(fan_out)])
        b = np.array([-0.2 + np.random.random() * 0.4 for _ in range(fan_out)])
        layers.append((w, b))
    return layers


def loss_and_gradient(layers, names, x, y):
    """Mean loss over the rows of x and its gradient for every W and b."""
    outputs, inputs = [x], [x]
    for (w, b), name in zip(layers, names):
        z = outputs[-1] @ w.T + b
        # A ReLU input within rounding of 0 could take the other branch in the engine's sums.
        if name == 'relu' and np.abs(z).min() < KINK_MARGIN:
            raise ValueError(f'a ReLU input of {np.abs(z).min()} sits at the kink: pick another seed')
        inputs.append(z)
        if name == 'softmax':
            outputs.append(np.exp(log_softmax(z)))
        else:
            outputs.append(ACTIVATIONS[name][0](z))
    n = x.shape[0]
    if names[-1] == 'softmax':
        loss = float(-(y * log_softmax(inputs[-1])).sum(axis=1).mean())
        delta = outputs[-1] - y
    else:
        error = outputs[-1] - y
        loss = float(0.5 * (error ** 2).sum(axis=1).mean())
        delta = error * ACTIVATIONS[names[-1]][1](inputs[-1], outputs[-1])
    gradient = [None] * len(layers)
    for k in range(len(layers) - 1, -1, -1):
        w, _ = layers[k]
        gradient[k] = (delta.T @ outputs[k] / n, delta.sum(axis=0) / n)
        if k > 0:
            delta = (delta @ w) * ACTIVATIONS[names[k - 1]][1](inputs[k], outputs[k])
    return loss, gradient


def as_lists(layers):
    return [{'weights': w.tolist(), 'biases': b.tolist()} for w, b in layers]


def run(name, widths, hidden, output, data_name, data_seed, noise, samples, mode, rate, seed):
    data = generate(data_name, samples, data_seed, noise)
    x = np.column_stack([data['x1'], data['x2']])
    labels = np.array(data['y'])
    if output == 'softmax':
        y = np.column_stack([1.0 - labels, labels])
    else:
        y = labels.reshape(-1, 1)
    hidden_names = [hidden] * (len(widths) - 2) if isinstance(hidden, str) else list(hidden)
    names = hidden_names + [output]
    layers = starting_layers(widths, seed)
    initial = as_lists(layers)
    losses, parameters = [], []
    for _epoch in range(EPOCHS):
        loss, gradient = loss_and_gradient(layers, names, x, y)
        losses.append(loss)
        parameters.append(as_lists(layers))
        batches = [(x, y, gradient)] if mode == 'batch' else [
            (x[s:s + 1], y[s:s + 1], None) for s in range(samples)]
        for bx, by, g in batches:
            if g is None:
                _, g = loss_and_gradient(layers, names, bx, by)
            layers = [(w - rate * gw, b - rate * gb) for (w, b), (gw, gb) in zip(layers, g)]
    return {
        'name': name,
        'widths': widths,
        'hidden': hidden,
        'output': output,
        'mode': mode,
        'learningRate': rate,
        'epochs': EPOCHS,
        'data': {'name': data_name, 'seed': data_seed, 'noise': noise, 'samples': samples},
        'inputs': x.tolist(),
        'targets': y.tolist(),
        'initial': initial,
        'loss': losses,
        'parameters': parameters,
        'final': as_lists(layers),
    }


def main():
    runs = [
        run('2-4-3-1 tanh regression on the surface, batch', [2, 4, 3, 1], 'tanh', 'identity',
            'surface', 3, 0.05, 16, 'batch', 0.2, 21),
        run('2-5-2 tanh softmax on two moons, batch', [2, 5, 2], 'tanh', 'softmax',
            'moons', 4, 0.1, 20, 'batch', 0.5, 22),
        run('2-4-3-1 tanh then ReLU regression on the surface, stochastic', [2, 4, 3, 1],
            ['tanh', 'relu'], 'identity', 'surface', 3, 0.05, 16, 'stochastic', 0.05, 23),
        run('2-4-3-2 ReLU then sigmoid softmax on XOR, batch', [2, 4, 3, 2],
            ['relu', 'sigmoid'], 'softmax', 'xor', 5, 0.1, 20, 'batch', 0.5, 24),
    ]
    payload = {'generator': 'scripts/lab_fixtures.py', 'numpy': np.__version__, 'runs': runs}
    with open(OUT, 'w', encoding='utf-8') as handle:
        json.dump(payload, handle, separators=(',', ':'))
        handle.write('\n')
    print(f'wrote {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
