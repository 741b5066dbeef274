#!/usr/bin/env python3
"""Reference numbers for the initialisation chapter's draws, histograms and statistics, from NumPy.

Regenerate with:  python3 scripts/numpy_init_draws.py
It rewrites tests/fixtures/init-draws.json. Each case draws N weights from U[-L, L] with NumPy's
legacy stream (np.random.seed, then np.random.uniform, which computes low + r * (high - low) from
np.random.random's doubles), where L = 1/sqrt(p) (Xavier) or sqrt(6)/sqrt(p + k) (normalized
Xavier, Glorot and Bengio 2010); then counts them with np.histogram over [-L, L] and summarises
them with np.min, np.max, np.mean and np.std (population form, ddof = 0).
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'fixtures', 'init-draws.json')
BINS = 20


def case(scheme, p, k, count, seed):
    limit = 1.0 / math.sqrt(p) if scheme == 'xavier' else math.sqrt(6.0) / math.sqrt(p + k)
    np.random.seed(seed)
    draws = np.random.uniform(-limit, limit, count)
    counts, edges = np.histogram(draws, bins=BINS, range=(-limit, limit))
    return {
        'scheme': scheme, 'p': p, 'k': k, 'count': count, 'seed': seed, 'limit': limit,
        'first': [float(v) for v in draws[:10]], 'last': float(draws[-1]),
        'counts': [int(c) for c in counts], 'edges': [float(e) for e in edges],
        'min': float(draws.min()), 'max': float(draws.max()),
        'mean': float(draws.mean()), 'std': float(draws.std()),
    }


def main():
    cases = [
        case('xavier', 3, 2, 1000, 13),
        case('normalizedXavier', 3, 2, 1000, 13),
        case('xavier', 2, 1, 10, 0),
        case('normalizedXavier', 256, 256, 100000, 7),
        case('xavier', 4096, 1, 12345, 999999),
    ]
    payload = {'generator': 'scripts/numpy_init_draws.py', 'numpy': np.__version__, 'bins': BINS,
               'cases': cases}
    with open(OUT, 'w', encoding='utf-8') as handle:
        json.dump(payload, handle, separators=(',', ':'))
        handle.write('\n')


if __name__ == '__main__':
    main()
