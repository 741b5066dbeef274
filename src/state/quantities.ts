/**
 * The book's quantities, in one table: every number a page can show or a reader can set.
 *
 * One row per settable quantity drives the controls (label, slider range, step), the checks on
 * typed values, and the URL (name, clamping), so the three can never disagree. Read-only
 * quantities (node values, the loss, derivatives) are named by the same keys the engine uses.
 */
import {
  BY_HAND_NODE_KEYS,
  BY_HAND_PARAM_KEYS,
  type ByHandEpoch,
  type ByHandNodes,
  type ByHandParams,
} from '../engine/index.ts';

export type ParamKey = keyof ByHandParams;
export type NodeKey = keyof ByHandNodes;
export type InputKey = 'x1' | 'x2' | 'x3';
export type SettingKey = InputKey | 'y' | ParamKey | 'learningRate';

/** How a settable quantity is shown, edited and written to a link. */
export interface SettingSpec {
  key: SettingKey;
  /** Plain-text name, as a screen reader says it and as tests look it up: "λ1,4". */
  label: string;
  /** The same name with its subscript split off, for the visible label: ["λ", "1,4"]. */
  symbol: [base: string, subscript: string];
  /** What the quantity is, in a few words, for hints and the table alternative. */
  description: string;
  /** The slider's range; typed values may go further, up to the hard limits. */
  sliderMin: number;
  sliderMax: number;
  step: number;
  /** Hard limits for typed and linked values: beyond them training is meaningless. */
  min: number;
  max: number;
}

const WEIGHT_RANGE = { sliderMin: -2, sliderMax: 2, step: 0.01, min: -10, max: 10 } as const;

function weightSpec(from: number, to: number): SettingSpec {
  return {
    key: `w${from}${to}` as ParamKey,
    label: `λ${from},${to}`,
    symbol: ['λ', `${from},${to}`],
    description: `weight on the connection from node ${from} to node ${to}`,
    ...WEIGHT_RANGE,
  };
}

function biasSpec(node: number): SettingSpec {
  return {
    key: `b${node}` as ParamKey,
    label: `b${node}`,
    symbol: ['b', `${node}`],
    description: `bias of node ${node}`,
    ...WEIGHT_RANGE,
  };
}

function inputSpec(index: 1 | 2 | 3): SettingSpec {
  return {
    key: `x${index}` as InputKey,
    label: `x${index}`,
    symbol: ['x', `${index}`],
    description: `predictor feature ${index}, passed unchanged by input node I${index}`,
    sliderMin: -1,
    sliderMax: 1,
    step: 0.01,
    min: -10,
    max: 10,
  };
}

/** Every settable quantity, in the order the controls list them. */
export const SETTINGS: readonly SettingSpec[] = [
  inputSpec(1),
  inputSpec(2),
  inputSpec(3),
  {
    key: 'y',
    label: 'y',
    symbol: ['y', ''],
    description: 'the target (true response) for this sample',
    sliderMin: -1,
    sliderMax: 1,
    step: 0.01,
    min: -10,
    max: 10,
  },
  weightSpec(1, 4),
  weightSpec(2, 4),
  weightSpec(3, 4),
  weightSpec(1, 5),
  weightSpec(2, 5),
  weightSpec(3, 5),
  weightSpec(4, 6),
  weightSpec(5, 6),
  biasSpec(4),
  biasSpec(5),
  biasSpec(6),
  {
    key: 'learningRate',
    label: 'η',
    symbol: ['η', ''],
    description: 'learning rate, the size of each gradient-descent step',
    sliderMin: 0,
    sliderMax: 2,
    step: 0.01,
    min: 0,
    max: 10,
  },
];

const SETTING_BY_KEY = new Map(SETTINGS.map((spec) => [spec.key, spec]));

/** The row of a settable quantity, or undefined for an unknown key. */
export function settingSpec(key: string): SettingSpec | undefined {
  return SETTING_BY_KEY.get(key as SettingKey);
}

/** Everything a page shows, at one moment: the settings and the epoch on view. */
export interface PageView {
  x: readonly [number, number, number];
  y: number;
  learningRate: number;
  epoch: ByHandEpoch;
}

const PARAM_KEYS = new Set<string>(BY_HAND_PARAM_KEYS);
const NODE_KEYS = new Set<string>(BY_HAND_NODE_KEYS);
const DERIVATIVE_PREFIX = 'dL/d';

/**
 * The value of a quantity key in a view: settings (`x1`, `y`, `learningRate`), parameters
 * (`w14`, `b4`), node values (`H4in`, `O6`), `loss`, `epoch`, or a derivative `dL/d<key>`.
 * Returns undefined for a key that names nothing.
 */
export function readQuantity(key: string, view: PageView): number | undefined {
  const { epoch } = view;
  if (key.startsWith(DERIVATIVE_PREFIX)) {
    const of = key.slice(DERIVATIVE_PREFIX.length);
    if (PARAM_KEYS.has(of)) return epoch.grads[of as ParamKey];
    if (NODE_KEYS.has(of)) return epoch.nodeGrads[of as NodeKey];
    return undefined;
  }
  if (PARAM_KEYS.has(key)) return epoch.params[key as ParamKey];
  if (NODE_KEYS.has(key)) return epoch.nodes[key as NodeKey];
  switch (key) {
    case 'x1':
      return view.x[0];
    case 'x2':
      return view.x[1];
    case 'x3':
      return view.x[2];
    case 'y':
      return view.y;
    case 'learningRate':
      return view.learningRate;
    case 'loss':
      return epoch.loss;
    case 'epoch':
      return epoch.epoch;
    default:
      return undefined;
  }
}
