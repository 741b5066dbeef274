/**
 * The data part of a lab program, in Python: NumPy's legacy stream read one `np.random.random()`
 * at a time, as the engine's `numpyRandom` reads it, each sample taking its shape's draws and then
 * its noise's (Box–Muller pairs), then the seeded shuffle that splits the samples into training
 * and test. Only the chosen set's shape is written out, with its formula in its docstring.
 */
import type { LabDataName } from '../../../engine/scenarios/index.ts';
import { py } from '../../../state/export/optimizerProgram.ts';
import type { LabScriptSettings } from './lab-script-settings.ts';

/** A set of one input's `clean_sample(s)`: x1 ~ U[-1, 1], no x2 (0), and its target f(x1). */
function curve(formula: string, expression: string): readonly string[] {
  return [
    'def clean_sample(s):',
    `    """x1 ~ U[-1, 1] and the target y = ${formula}; the set has no x2."""`,
    '    x1 = -1.0 + draw() * 2.0',
    `    return x1, 0.0, ${expression}`,
  ];
}

/** Each set's `clean_sample(s)`: the point and target of sample s before its noise. */
const SHAPES: Record<LabDataName, readonly string[]> = {
  sine: curve('sin(pi x1)', 'math.sin(math.pi * x1)'),
  step: curve('0 for x1 < 0, else 1', '0.0 if x1 < 0 else 1.0'),
  abs: curve('|x1|', 'abs(x1)'),
  parabola: curve('x1^2', 'x1 * x1'),
  bump: curve('exp(-(x1 / 0.3)^2)', 'math.exp(-((x1 / 0.3) ** 2))'),
  surface: [
    'def clean_sample(s):',
    '    """x1, x2 ~ U[-2, 2] and the surface y = sin(pi x1 / 2) exp(-x2^2 / 2) above them."""',
    '    x1 = -2.0 + draw() * 4.0',
    '    x2 = -2.0 + draw() * 4.0',
    '    return x1, x2, math.sin(math.pi * x1 / 2.0) * math.exp(-(x2 * x2) / 2.0)',
  ],
  moons: [
    'def clean_sample(s):',
    '    """Two moons, t = pi u: class 0 at (cos t - 1/2, sin t - 1/4), class 1 mirrored."""',
    '    t = math.pi * draw()',
    '    if s % 2 == 0:',
    '        return math.cos(t) - 0.5, math.sin(t) - 0.25, 0',
    '    return 0.5 - math.cos(t), 0.25 - math.sin(t), 1',
  ],
  circles: [
    'def clean_sample(s):',
    '    """Two rings, angle 2 pi u: radius 1.5 for class 0, 0.75 for class 1."""',
    '    angle = 2.0 * math.pi * draw()',
    '    radius = 1.5 if s % 2 == 0 else 0.75',
    '    return radius * math.cos(angle), radius * math.sin(angle), s % 2',
  ],
  xor: [
    'def clean_sample(s):',
    '    """x1, x2 ~ U[-2, 2]; class 1 where their signs differ (x1 x2 < 0)."""',
    '    x1 = -2.0 + draw() * 4.0',
    '    x2 = -2.0 + draw() * 4.0',
    '    return x1, x2, 1 if x1 * x2 < 0 else 0',
  ],
  spirals: [
    'def clean_sample(s):',
    '    """Two arms, t = u: radius 2t at angle 2 pi 1.75 t, class 1 half a turn further."""',
    '    t = draw()',
    '    angle = 2.0 * math.pi * 1.75 * t + math.pi * (s % 2)',
    '    return 2.0 * t * math.cos(angle), 2.0 * t * math.sin(angle), s % 2',
  ],
};

/** NumPy's stream read one number at a time, as the engine's `numpyRandom` reads it. */
const DRAW = [
  'def draw():',
  '    """The next number of NumPy\'s legacy stream, uniform on [0, 1)."""',
  '    return float(np.random.random())',
];

/** The data section of the reader's own table: its rows as they are, and the seed that splits them. */
function tableLines(rows: readonly number[], dataSeed: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < rows.length; i += 3) {
    lines.push(
      `    [${rows
        .slice(i, i + 3)
        .map(py)
        .join(', ')}],`,
    );
  }
  return [
    `samples, data_seed = ${rows.length / 3}, ${dataSeed}`,
    '',
    '',
    ...DRAW,
    '',
    '',
    'rows = np.array([  # your samples: x1, x2, y a row',
    ...lines,
    '])',
    'x1, x2, y = rows[:, 0].copy(), rows[:, 1].copy(), rows[:, 2].copy()',
  ];
}

/** The data section: the stream's draws, the set's shape and its noisy samples. */
export function dataLines(settings: LabScriptSettings): string[] {
  const { data, samples, noise, dataSeed, rows } = settings;
  if (data === 'custom') return tableLines(rows ?? [], dataSeed);
  // The surface's and the curves' noise is on their target; a class set's moves its point.
  const noisy =
    data === 'surface' || settings.widths[0] === 1
      ? ['    x1[s], x2[s], y[s] = a, b, target + noise * normal()']
      : [
          '    x1[s] = a + noise * normal()',
          '    x2[s] = b + noise * normal()',
          '    y[s] = target',
        ];
  return [
    `samples, noise, data_seed = ${samples}, ${py(noise)}, ${dataSeed}`,
    '',
    '',
    ...DRAW,
    '',
    '',
    'def normal():',
    '    """One N(0, 1) draw by Box-Muller, from two draws: the radius\'s, then the angle\'s."""',
    '    radial = draw()',
    '    angular = draw()',
    '    return math.sqrt(-2.0 * math.log(1.0 - radial)) * math.cos(2.0 * math.pi * angular)',
    '',
    '',
    ...SHAPES[data],
    '',
    '',
    'np.random.seed(data_seed)',
    'x1, x2, y = np.zeros(samples), np.zeros(samples), np.zeros(samples)',
    'for s in range(samples):',
    '    a, b, target = clean_sample(s)',
    ...noisy,
  ];
}

/** The split section: the shuffle, the held-out share and the rows the network reads. */
export function splitLines(settings: LabScriptSettings): string[] {
  const targets =
    settings.output === 'softmax'
      ? [
          '    """One-hot rows [1 - c, c] for the two softmax outputs."""',
          '    return np.column_stack([1.0 - labels, labels])',
        ]
      : ['    """One column: the target itself."""', '    return labels.reshape(-1, 1)'];
  return [
    `test_share = ${py(settings.testShare)}`,
    'np.random.seed(data_seed)',
    'order = list(range(samples))',
    'for i in range(samples - 1, 0, -1):  # Fisher-Yates, from the end',
    '    j = math.floor(draw() * (i + 1))',
    '    order[i], order[j] = order[j], order[i]',
    'test_count = min(samples - 1, max(1, math.floor(test_share * samples + 0.5)))',
    'train, test = order[:samples - test_count], order[samples - test_count:]',
    '',
    '',
    'def targets(labels):',
    ...targets,
    '',
    '',
    ...(settings.widths[0] === 1
      ? [
          'X_train, Y_train = np.column_stack([x1[train]]), targets(y[train])  # one input',
          'X_test, Y_test = np.column_stack([x1[test]]), targets(y[test])',
        ]
      : [
          'X_train, Y_train = np.column_stack([x1[train], x2[train]]), targets(y[train])',
          'X_test, Y_test = np.column_stack([x1[test], x2[test]]), targets(y[test])',
        ]),
    'len(X_train), len(X_test)  # shown by a notebook, unused by the script',
  ];
}
