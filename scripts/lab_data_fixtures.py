#!/usr/bin/env python3
"""Reference data sets of the lab chapter, drawn with NumPy's legacy random stream.

Regenerate with:  python3 scripts/lab_data_fixtures.py
It writes tests/fixtures/lab-data.json. Each set is written out here from its definition: after
np.random.seed(seed), every sample takes its draws from np.random.random() one at a time, in the
order the engine documents (the shape's draws, then two Box-Muller pairs for the noise of x1 and
x2, or one pair for the noise of y), and the formulas are the published ones of each shape:

  surface  y = sin(pi x1 / 2) exp(-x2^2 / 2) + sigma e,  x1, x2 ~ U[-2, 2]
  moons    class 0 (cos t - 1/2, sin t - 1/4), class 1 (1/2 - cos t, 1/4 - sin t), t = pi u
  circles  r (cos a, sin a), a = 2 pi u, r = 1.5 (class 0) or 0.75 (class 1)
  xor      (x1, x2) ~ U[-2, 2]^2, class 1 where x1 x2 < 0
  spirals  2t (cos p, sin p), t = u, p = 2 pi 1.75 t + pi c
  sine, step, abs, parabola, bump: one input x1 ~ U[-1, 1] and y = f(x1) + sigma e with
           f = sin(pi x), 0 for x < 0 else 1, |x|, x^2, exp(-(x / 0.3)^2) (the concepts
           chapter's targets); these sets have no x2

with class s mod 2 for sample s (XOR's from its point) and a normal draw
e = sqrt(-2 log(1 - u1)) cos(2 pi u2). The split shuffles 0 ... n-1 by Fisher-Yates from the end
(swap i with floor(u (i + 1))) and holds out the last floor(f n + 1/2) samples. Python's math
module does the scalar arithmetic; the engine's sines and logarithms may differ in the last bit,
so the tests compare within 1e-12. Values are stored as full doubles (repr round-trips exactly).
"""
import json
import math
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'tests', 'fixtures', 'lab-data.json')

BOX = 2.0
OUTER_RADIUS = 1.5
TURNS = 1.75


def draw():
    """The next double of the legacy stream."""
    return float(np.random.random())


def normal():
    """Box-Muller from two successive draws: radial first, then angular."""
    radial = draw()
    angular = draw()
    return math.sqrt(-2.0 * math.log(1.0 - radial)) * math.cos(2.0 * math.pi * angular)


def in_box():
    """One coordinate from U[-2, 2]."""
    return -BOX + draw() * (BOX - -BOX)


def surface_sample(_s):
    x1 = in_box()
    x2 = in_box()
    clean = math.sin(math.pi * x1 / 2.0) * math.exp(-(x2 * x2) / 2.0)
    return x1, x2, clean


def moons_sample(s):
    t = math.pi * draw()
    if s % 2 == 0:
        return math.cos(t) - 0.5, math.sin(t) - 0.25, 0
    return 0.5 - math.cos(t), 0.25 - math.sin(t), 1


def circles_sample(s):
    angle = 2.0 * math.pi * draw()
    label = s % 2
    radius = OUTER_RADIUS if label == 0 else OUTER_RADIUS / 2.0
    return radius * math.cos(angle), radius * math.sin(angle), label


def xor_sample(_s):
    x1 = in_box()
    x2 = in_box()
    return x1, x2, 1 if x1 * x2 < 0 else 0


def spirals_sample(s):
    t = draw()
    label = s % 2
    radius = BOX * t
    angle = 2.0 * math.pi * TURNS * t + math.pi * label
    return radius * math.cos(angle), radius * math.sin(angle), label


def in_interval():
    """One x1 of a set of one input, from U[-1, 1]."""
    return -1.0 + draw() * (1.0 - -1.0)


CURVES = {
    'sine': lambda x: math.sin(math.pi * x),
    'step': lambda x: 0.0 if x < 0 else 1.0,
    'abs': abs,
    'parabola': lambda x: x * x,
    'bump': lambda x: math.exp(-((x / 0.3) ** 2)),
}


def curve_sample(name):
    def sample(_s):
        x1 = in_interval()
        return x1, None, CURVES[name](x1)
    return sample


SHAPES = {
    'surface': surface_sample,
    'moons': moons_sample,
    'circles': circles_sample,
    'xor': xor_sample,
    'spirals': spirals_sample,
    **{name: curve_sample(name) for name in CURVES},
}


def generate(name, samples, seed, noise):
    """Columns x1, x2, y of a set; the surface's noise is on y, a class set's on the point."""
    np.random.seed(seed)
    x1s, x2s, ys = [], [], []
    for s in range(samples):
        x1, x2, y = SHAPES[name](s)
        if name == 'surface' or name in CURVES:
            y = y + noise * normal()
        else:
            x1 = x1 + noise * normal()
            x2 = x2 + noise * normal()
        x1s.append(x1)
        if x2 is not None:
            x2s.append(x2)
        ys.append(float(y))
    return {'x1': x1s, 'x2': x2s, 'y': ys}


def split(samples, test_fraction, seed):
    """Indices of the training and test parts, in shuffled order."""
    np.random.seed(seed)
    order = list(range(samples))
    for i in range(samples - 1, 0, -1):
        j = math.floor(draw() * (i + 1))
        order[i], order[j] = order[j], order[i]
    test_count = min(samples - 1, max(1, math.floor(test_fraction * samples + 0.5)))
    return {'train': order[:samples - test_count], 'test': order[samples - test_count:]}


def main():
    sets = []
    for name, noise in (('surface', 0.1), ('moons', 0.15), ('circles', 0.1), ('xor', 0.2),
                        ('spirals', 0.05), ('sine', 0.1), ('step', 0.05), ('abs', 0.2),
                        ('parabola', 0), ('bump', 0.1)):
        for seed in (7, 2024):
            sets.append({'name': name, 'samples': 24, 'seed': seed, 'noise': noise,
                         **generate(name, 24, seed, noise)})
    splits = [
        {'samples': samples, 'testFraction': fraction, 'seed': seed,
         **split(samples, fraction, seed)}
        for samples, fraction, seed in (
            (24, 0.25, 5), (24, 0.25, 6), (10, 0.33, 11), (3, 0.9, 1), (4, 0.05, 2))
    ]
    with open(OUT, 'w', encoding='utf-8') as handle:
        payload = {'generator': 'scripts/lab_data_fixtures.py', 'numpy': np.__version__,
                   'sets': sets, 'splits': splits}
        json.dump(payload, handle, separators=(',', ':'))
        handle.write('\n')
    print(f'wrote {os.path.relpath(OUT)}')


if __name__ == '__main__':
    main()
