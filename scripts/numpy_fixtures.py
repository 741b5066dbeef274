#!/usr/bin/env python3
"""Reference numbers for the engine's unit tests, computed with NumPy and plain Python floats.

Regenerate with:  python3 scripts/numpy_fixtures.py
It rewrites the JSON files in tests/fixtures/. The code below is an independent re-derivation of
the chapter's 3-2-1 example (Pyrcz 2024, "Artificial Neural Networks"): every derivative is written
out by name with the chain rule, with no layers or matrices, so it shares no structure with the
TypeScript engine it checks. Values are stored as full doubles (Python's repr round-trips exactly).
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, '..', 'tests', 'fixtures')

PARAM_NAMES = ['w14', 'w24', 'w34', 'w15', 'w25', 'w35', 'w46', 'w56', 'b4', 'b5', 'b6']
NODE_NAMES = ['I1', 'I2', 'I3', 'H4in', 'H4', 'H5in', 'H5', 'O6in', 'O6']


def logistic(z):
    return 1.0 / (1.0 + math.exp(-z))


def starting_values(seed, overrides):
    """Draw order: six input->hidden weights, two hidden->output weights, three biases."""
    np.random.seed(seed)
    theta = {}
    half = 1.0 / np.sqrt(3.0)
    for name in PARAM_NAMES[:6]:
        theta[name] = float(-half + np.random.random() * (half - -half))
    half = 1.0 / np.sqrt(2.0)
    for name in PARAM_NAMES[6:8]:
        theta[name] = float(-half + np.random.random() * (half - -half))
    for name in PARAM_NAMES[8:]:
        theta[name] = float((np.random.random() - 0.5) * 0.5)
    theta.update(overrides)
    return theta


def one_epoch(theta, x, y):
    """Forward pass, loss and every derivative of L = (O6 - y)^2 / 2, by name."""
    i1, i2, i3 = x
    h4_in = theta['w14'] * i1 + theta['w24'] * i2 + theta['w34'] * i3 + theta['b4']
    h5_in = theta['w15'] * i1 + theta['w25'] * i2 + theta['w35'] * i3 + theta['b5']
    h4 = logistic(h4_in)
    h5 = logistic(h5_in)
    o6_in = theta['w46'] * h4 + theta['w56'] * h5 + theta['b6']
    o6 = o6_in  # identity output
    loss = 0.5 * (o6 - y) ** 2

    g_o6 = o6 - y              # dL/dO6
    g_o6_in = 1.0 * g_o6       # identity slope
    g_h4 = theta['w46'] * g_o6_in
    g_h5 = theta['w56'] * g_o6_in
    g_h4_in = h4 * (1.0 - h4) * g_h4
    g_h5_in = h5 * (1.0 - h5) * g_h5
    g_inputs = [theta[a] * g_h4_in + theta[b] * g_h5_in
                for a, b in (('w14', 'w15'), ('w24', 'w25'), ('w34', 'w35'))]

    grads = {
        'w14': i1 * g_h4_in, 'w24': i2 * g_h4_in, 'w34': i3 * g_h4_in,
        'w15': i1 * g_h5_in, 'w25': i2 * g_h5_in, 'w35': i3 * g_h5_in,
        'w46': h4 * g_o6_in, 'w56': h5 * g_o6_in,
        'b4': g_h4_in, 'b5': g_h5_in, 'b6': g_o6_in,
    }
    nodes = dict(zip(NODE_NAMES, [i1, i2, i3, h4_in, h4, h5_in, h5, o6_in, o6]))
    node_grads = dict(zip(NODE_NAMES, g_inputs + [g_h4_in, g_h4, g_h5_in, g_h5, g_o6_in, g_o6]))
    return nodes, loss, grads, node_grads


def run(x, y, learning_rate, decay, epochs, seed, overrides=None, sampled=(0, 1, 2, 10, 100)):
    overrides = overrides or {}
    theta = starting_values(seed, overrides)
    start = dict(theta)
    yhat, samples = [], []
    keep = set(e for e in sampled if e < epochs) | {epochs - 1}
    for epoch in range(epochs):
        nodes, loss, grads, node_grads = one_epoch(theta, x, y)
        step = learning_rate / (1.0 + decay * epoch)
        yhat.append(nodes['O6'])
        if epoch in keep:
            samples.append({'epoch': epoch, 'params': dict(theta), 'nodes': nodes, 'loss': loss,
                            'grads': grads, 'nodeGrads': node_grads, 'learningRate': step})
        if epoch < epochs - 1:
            for name in PARAM_NAMES:
                theta[name] -= step * grads[name]
    settings = {'x': list(x), 'y': y, 'learningRate': learning_rate, 'decay': decay,
                'epochs': epochs, 'seed': seed}
    if overrides:
        settings['init'] = overrides
    return {'settings': settings, 'init': start, 'yhat': yhat, 'samples': samples}


def legacy_stream(seed, count, skip=0):
    np.random.seed(seed)
    for _ in range(skip):
        np.random.random()
    return [float(np.random.random()) for _ in range(count)]


def glorot_draws(widths, seed, normalized, bias_half_width):
    """Weights row by row (all weights into one node, then the next), layer by layer; then biases."""
    np.random.seed(seed)
    weights, biases = [], []
    for fan_in, fan_out in zip(widths[:-1], widths[1:]):
        limit = math.sqrt(6.0) / math.sqrt(fan_in + fan_out) if normalized else 1.0 / math.sqrt(fan_in)
        weights.append([float(-limit + np.random.random() * (2 * limit))
                        for _ in range(fan_in * fan_out)])
    for fan_out in widths[1:]:
        biases.append([float(-bias_half_width + np.random.random() * (2 * bias_half_width))
                       for _ in range(fan_out)])
    return {'widths': widths, 'seed': seed, 'normalized': normalized,
            'biasHalfWidth': bias_half_width, 'weights': weights, 'biases': biases}


def write(name, payload):
    payload = {'generator': 'scripts/numpy_fixtures.py', 'numpy': np.__version__, **payload}
    with open(os.path.join(OUT_DIR, name), 'w', encoding='utf-8') as handle:
        json.dump(payload, handle, separators=(',', ':'))
        handle.write('\n')


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    write('byhand-default.json', run((0.5, 0.2, 0.7), 0.3, 0.2, 0.0, 1000, 13))
    write('byhand-lr05-seed7.json', run((0.5, 0.2, 0.7), 0.3, 0.5, 0.0, 1000, 7))
    write('byhand-decay.json', run((0.9, -0.4, 0.3), 0.75, 0.3, 0.01, 1000, 42))
    write('byhand-override.json',
          run((1.0, -1.0, 0.25), 1.2, 0.1, 0.0, 200, 0, overrides={'w46': 0.5, 'b6': 0.0}))
    streams = {str(seed): legacy_stream(seed, 10) for seed in (0, 13, 42, 2**31 - 1, 2**32 - 1)}
    write('numpy-random.json', {'first10': streams, 'seed13After700': legacy_stream(13, 10, skip=700)})
    write('init-xavier.json', {'cases': [glorot_draws([4, 3, 2], 5, False, 0.0),
                                         glorot_draws([4, 3, 2], 5, True, 0.1),
                                         glorot_draws([3, 2, 1], 13, False, 0.25)]})


if __name__ == '__main__':
    main()
