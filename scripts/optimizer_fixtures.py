#!/usr/bin/env python3
"""Reference runs of the training-epochs and momentum-and-Adam chapters, computed with NumPy.

Regenerate with:  python3 scripts/optimizer_fixtures.py
It writes tests/fixtures/optimizer-runs.json. The 3-2-1 network (sigmoid hidden nodes, identity
output, L = (O6 - y)^2 / 2 per sample) is written here in matrix form over a whole batch at once,
from the published update rules: plain gradient descent, momentum (Polyak 1964; v <- beta v + g,
theta <- theta - eta v) and Adam (Kingma & Ba 2015, Algorithm 1). It shares no code or structure
with the TypeScript engine it checks, which works sample by sample on a flat parameter array.
Values are stored as full doubles (Python's repr round-trips exactly).
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'fixtures', 'optimizer-runs.json')

# The chapters' default samples: x1, x2, x3 and y = x1 x3 - x2 / 2 + 0.05, rounded to 2 decimals.
INPUTS = [
    [0.5, 0.2, 0.7], [0.1, 0.9, 0.3], [0.9, 0.4, 0.8], [0.3, 0.6, 0.1], [0.7, 0.1, 0.5],
    [0.2, 0.3, 0.9], [0.8, 0.7, 0.2], [0.4, 0.5, 0.6], [0.6, 0.8, 0.4], [1.0, 0.2, 0.9],
]
TARGETS = [round(x1 * x3 - x2 / 2 + 0.05, 2) for x1, x2, x3 in INPUTS]
SEED = 13
EPOCHS = 6


def initial_parameters(seed):
    """The chapter's draws: W1 ~ U[+-1/sqrt 3] by row (H4 then H5), w2 ~ U[+-1/sqrt 2], b = (r - 0.5) / 2."""
    np.random.seed(seed)
    limit = 1.0 / np.sqrt(3.0)
    w1 = np.array([[-limit + np.random.random() * 2 * limit for _ in range(3)] for _ in range(2)])
    limit = 1.0 / np.sqrt(2.0)
    w2 = np.array([-limit + np.random.random() * 2 * limit for _ in range(2)])
    b = np.array([(np.random.random() - 0.5) * 0.5 for _ in range(3)])
    return {'W1': w1, 'b1': b[:2].copy(), 'w2': w2, 'b2': np.array([b[2]])}


def mean_loss_and_gradient(theta, x, y):
    """Mean loss over the rows of x and its gradient, each parameter as a matrix expression."""
    hidden = 1.0 / (1.0 + np.exp(-(x @ theta['W1'].T + theta['b1'])))    # (n, 2)
    prediction = hidden @ theta['w2'] + theta['b2'][0]                    # (n,)
    error = prediction - y                                                # dL/dO6 per sample
    loss = float(np.mean(0.5 * error ** 2))
    delta_hidden = np.outer(error, theta['w2']) * hidden * (1.0 - hidden)  # dL/dH_in, (n, 2)
    n = x.shape[0]
    gradient = {
        'W1': delta_hidden.T @ x / n,
        'b1': delta_hidden.sum(axis=0) / n,
        'w2': hidden.T @ error / n,
        'b2': np.array([error.sum() / n]),
    }
    return loss, gradient


def named(theta):
    """The parameters under the book's names."""
    w1, b1, w2, b2 = theta['W1'], theta['b1'], theta['w2'], theta['b2']
    return {
        'w14': w1[0, 0], 'w24': w1[0, 1], 'w34': w1[0, 2],
        'w15': w1[1, 0], 'w25': w1[1, 1], 'w35': w1[1, 2],
        'w46': w2[0], 'w56': w2[1], 'b4': b1[0], 'b5': b1[1], 'b6': b2[0],
    }


def as_floats(values):
    return {key: float(value) for key, value in values.items()}


def train(mode, batch_size, rule, learning_rate, beta=0.9, beta1=0.9, beta2=0.999, eps=1e-8):
    """EPOCHS epochs over the samples in their order; the loss and theta at the start of each."""
    x = np.array(INPUTS)
    y = np.array(TARGETS)
    n = len(INPUTS)
    size = {'batch': n, 'stochastic': 1, 'miniBatch': batch_size}[mode]
    theta = initial_parameters(SEED)
    velocity = {key: np.zeros_like(value) for key, value in theta.items()}
    first = {key: np.zeros_like(value) for key, value in theta.items()}
    second = {key: np.zeros_like(value) for key, value in theta.items()}
    t = 0
    losses, thetas, updates = [], [], []
    for _epoch in range(EPOCHS + 1):
        loss, _ = mean_loss_and_gradient(theta, x, y)
        losses.append(loss)
        thetas.append(as_floats(named(theta)))
        updates.append(t)
        for start in range(0, n, size):
            _, g = mean_loss_and_gradient(theta, x[start:start + size], y[start:start + size])
            t += 1
            for key in theta:
                if rule == 'gd':
                    theta[key] = theta[key] - learning_rate * g[key]
                elif rule == 'momentum':
                    velocity[key] = beta * velocity[key] + g[key]
                    theta[key] = theta[key] - learning_rate * velocity[key]
                else:
                    first[key] = beta1 * first[key] + (1 - beta1) * g[key]
                    second[key] = beta2 * second[key] + (1 - beta2) * g[key] ** 2
                    m_hat = first[key] / (1 - beta1 ** t)
                    v_hat = second[key] / (1 - beta2 ** t)
                    theta[key] = theta[key] - learning_rate * m_hat / (np.sqrt(v_hat) + eps)
    return {
        'mode': mode,
        'batchSize': batch_size,
        'optimizer': rule,
        'learningRate': learning_rate,
        'beta': beta,
        'beta1': beta1,
        'beta2': beta2,
        'updatesPerEpoch': math.ceil(n / size),
        'loss': losses,
        'updates': updates,
        'parameters': thetas,
    }


def per_sample_gradients():
    """dL_s/dtheta of each sample alone at theta_0, and their mean."""
    theta = initial_parameters(SEED)
    x = np.array(INPUTS)
    y = np.array(TARGETS)
    each = [as_floats(named(mean_loss_and_gradient(theta, x[s:s + 1], y[s:s + 1])[1]))
            for s in range(len(INPUTS))]
    _, mean = mean_loss_and_gradient(theta, x, y)
    return {'samples': each, 'mean': as_floats(named(mean))}


def main():
    runs = [
        train('batch', None, 'gd', 0.2),
        train('stochastic', None, 'gd', 0.2),
        train('miniBatch', 4, 'gd', 0.2),
        train('miniBatch', 3, 'gd', 0.5),
        train('batch', None, 'momentum', 0.2, beta=0.9),
        train('miniBatch', 4, 'momentum', 0.1, beta=0.8),
        train('batch', None, 'adam', 0.05),
        train('stochastic', None, 'adam', 0.01, beta1=0.8, beta2=0.99),
    ]
    payload = {
        'seed': SEED,
        'inputs': INPUTS,
        'targets': TARGETS,
        'epochs': EPOCHS,
        'initial': as_floats(named(initial_parameters(SEED))),
        'gradients': per_sample_gradients(),
        'runs': runs,
    }
    with open(OUT, 'w', encoding='utf-8') as handle:
        json.dump(payload, handle, separators=(',', ':'))
        handle.write('\n')
    print(f'wrote {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
