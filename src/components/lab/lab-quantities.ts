/**
 * The lab's quantities, read from a view: the sample on view (`x1`, `x2`, `y`), its loss and the
 * mean training and test losses at ℓ (`loss`, `trainLoss`, `testLoss`), their series over the run
 * (`trainLoss.ℓ`, `testLoss.ℓ`), a network of one input's fit (`fit.i` at `fitX.i`), the network's shape (`layers`, `nodes`, `parameters`, and
 * `l0` … `l5` for the layers it has), the numeric settings, and every number of the network at
 * ℓ by the keys of lab-keys.ts (`w1_3`, `b3`, `N3in`, `N3`, `O10`, `dL/dw1_3`, …). Keys that
 * depend on the network's size are read for whatever network is on view; the list of keys covers
 * the default network. A number that is not finite reads as nothing, so none reaches a page.
 */
import { networkNames } from '../../engine/core/index.ts';
import { quantities, type Quantities, type Reader } from '../../state/quantities.ts';
import { defaultOf } from '../../state/settle.ts';
import { FIT_POINTS, fitOf, fitXsOf } from './lab-fit.ts';
import { locateKey, networkKeysOf } from './lab-keys.ts';
import { LAB_SETTINGS, MAX_LAB_EPOCHS } from './lab-settings.ts';
import type { LabView } from './lab-view.ts';

/** A number that is finite, or undefined. */
const finite = (value: number | undefined): number | undefined =>
  value !== undefined && Number.isFinite(value) ? value : undefined;

/** The number a network key names in a view (`w1_3`, `dL/dN3in`, …), or undefined. */
export function readNetworkKey(view: LabView, key: string): number | undefined {
  const located = locateKey(view.run.names, key);
  if (!located) return undefined;
  const { index, derivative } = located;
  const { pass, gradients, run, row } = view;
  switch (located.source) {
    case 'parameter':
      return finite(derivative ? gradients.parameters[index] : run.trace.parameters[index]![row]);
    case 'nodeInput':
      return finite(derivative ? gradients.allInputs[index] : pass.allInputs[index]);
    case 'nodeOutput':
      return finite(derivative ? gradients.allOutputs[index] : pass.allOutputs[index]);
  }
}

/** A layer's width `l{k}`: k one digit, a layer of the network on view. */
const LAYER_WIDTH = /^l(\d)$/;

/** lₖ, the width of layer k of the network on view (`l0` … `l5`), or undefined. */
function readLayerWidth(view: LabView, key: string): number | undefined {
  const match = LAYER_WIDTH.exec(key);
  return match ? view.run.names.widths[Number(match[1])] : undefined;
}

/** A point of the fit of a network of one input: `fit.i` (ŷ) or `fitX.i` (x₁), i < 101. */
const FIT_KEY = /^(fit|fitX)\.(0|[1-9]\d{0,2})$/;

/** ŷ or x₁ at point i of the fit on view (lab-fit.ts); nothing for a network of two inputs. */
function readFit(view: LabView, key: string): number | undefined {
  const match = FIT_KEY.exec(key);
  if (!match) return undefined;
  const index = Number(match[2]);
  if (index >= FIT_POINTS) return undefined;
  return finite((match[1] === 'fit' ? fitOf(view) : fitXsOf(view))[index]);
}

/**
 * A key whose meaning depends on the network on view: a layer's width, a network key, or a point
 * of the fit of a network of one input.
 */
export const readBeyond = (view: LabView, key: string): number | undefined =>
  readLayerWidth(view, key) ?? readNetworkKey(view, key) ?? readFit(view, key);

/** The scalars every view has, whatever its network. */
function scalarsOf(): Map<string, Reader<LabView>> {
  const readers = new Map<string, Reader<LabView>>();
  const add = (key: string, read: Reader<LabView>) =>
    readers.set(key, (view) => finite(read(view)));
  add('x1', (view) => view.run.split.train.x1[view.sample]);
  add('x2', (view) => view.run.split.train.x2[view.sample]);
  // The target: a real number on the surface, the class 0 or 1 on the other sets.
  add('y', (view) => view.run.split.train.y[view.sample]);
  add('loss', (view) => view.loss);
  add('trainLoss', (view) => view.run.trace.loss[view.row]);
  add('testLoss', (view) => view.run.testLoss[view.row]);
  add('epoch', (view) => view.row);
  // The last epoch the run can show: fewer than asked for when it diverged.
  add('lastEpoch', (view) => view.run.length - 1);
  add('epochLearningRate', (view) => view.run.trace.learningRate[view.row]);
  add('trainSamples', (view) => view.run.split.train.y.length);
  add('testSamples', (view) => view.run.split.test.y.length);
  add('layers', (view) => view.run.names.widths.length);
  add('nodes', (view) => view.run.names.nodes.length);
  add('parameters', (view) => view.run.names.parameters.length);
  for (const { key, codec } of LAB_SETTINGS) {
    if (codec.type === 'number' || codec.type === 'integer') {
      add(key, (view) => view.values[key] as number);
    }
  }
  return readers;
}

/** The default network's keys, listed so that a page's `\live` keys of it are checked. */
function defaultNetworkScalars(): [string, Reader<LabView>][] {
  const defaults: Record<string, unknown> = {};
  for (const setting of LAB_SETTINGS) defaults[setting.key] = defaultOf(setting, defaults);
  const widths = defaults['widths'] as readonly number[];
  const keys = [...widths.map((_, layer) => `l${layer}`), ...networkKeysOf(networkNames(widths))];
  return keys.map((key) => [key, (view) => readBeyond(view, key)]);
}

/** The lab's quantities: scalars, the two loss series, and any network's keys beyond them. */
export function labQuantities(): Quantities<LabView> {
  return quantities<LabView>({
    scalars: [...scalarsOf(), ...defaultNetworkScalars()],
    series: [
      [
        'trainLoss',
        {
          read: (view) => view.run.trace.loss.subarray(0, view.run.length),
          longest: MAX_LAB_EPOCHS,
        },
      ],
      ['testLoss', { read: (view) => view.run.testLoss, longest: MAX_LAB_EPOCHS }],
    ],
    beyond: readBeyond,
  });
}
