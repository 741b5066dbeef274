/**
 * The quantity keys of a comparison kind: `samples` (n) and every number setting by its key
 * (`learningRate`, `epochs`, …); per run r: `r.updatesPerEpoch`, `r.samplesPerUpdate`,
 * `r.totalUpdates`, `r.startLoss`, `r.finalLoss`, `r.lastEpoch` and the series `r.epoch.ℓ` (ℓ
 * itself), `r.loss.ℓ` and `r.updates.ℓ` (updates made before that loss); per sample s: `x1.s`
 * `x2.s` `x3.s` `y.s`, its `H4.s` `H5.s` `O6.s` at θ₀ and each `dL/dw46.s` (every parameter); at
 * θ₀: each parameter (`w46`) and its mean gradient (`dL/dw46`); per update rule u of the worked
 * first update: `u.next.w46` (θ₁), `u.velocity.w46`, `u.m.w46`, `u.v.w46`, `u.mHat.w46`,
 * `u.vHat.w46`.
 */
import type { ComparedRun, FirstUpdate } from '../../engine/scenarios/index.ts';
import { quantities, type Quantities, type Reader, type SeriesOf } from '../quantities.ts';
import { MAX_SAMPLES, SAMPLE_COLUMNS } from './comparison-samples.ts';
import type { SettingDefinition } from '../store.ts';
import {
  COMPUTING_NODES,
  NAMES,
  type ComparisonResult,
  type ComparisonView,
  type RunName,
} from './comparison-run.ts';

/** Most epochs a comparison trains: three runs of 64 samples stay well under 100 ms. */
export const MAX_COMPARISON_EPOCHS = 1000;

const PARAMETERS = NAMES.parameters.map((name) => ({ key: name.key, index: name.parameter }));

/** The last row of a run: its epochs, or where it stopped. */
const lastRow = (run: ComparedRun) => run.loss.length - 1;

/** The fields of a worked first update, by the name its keys use. */
const FIRST_UPDATE_FIELDS: [string, keyof FirstUpdate][] = [
  ['next', 'parameters'],
  ['velocity', 'velocity'],
  ['m', 'firstMoment'],
  ['v', 'secondMoment'],
  ['mHat', 'firstMomentHat'],
  ['vHat', 'secondMomentHat'],
];

/** Every scalar key of a comparison and how to read it. */
function scalarsOf(
  runs: readonly RunName[],
  worked: readonly string[],
  settings: readonly SettingDefinition[],
): [string, Reader<ComparisonView>][] {
  const scalars: [string, Reader<ComparisonView>][] = [
    ['samples', (view) => view.result.columns['y']!.length],
  ];
  for (const setting of settings) {
    if (setting.codec.type === 'number' || setting.codec.type === 'integer') {
      scalars.push([setting.key, (view) => view.values[setting.key] as number]);
    }
  }
  runs.forEach(({ id }, r) => {
    const run = (view: ComparisonView) => view.result.runs[r]!;
    scalars.push(
      [`${id}.updatesPerEpoch`, (view) => run(view).updatesPerEpoch],
      [`${id}.samplesPerUpdate`, (view) => run(view).samplesPerUpdate],
      [`${id}.totalUpdates`, (view) => run(view).updates[lastRow(run(view))]],
      [`${id}.startLoss`, (view) => run(view).loss[0]],
      [`${id}.finalLoss`, (view) => run(view).loss[lastRow(run(view))]],
      [`${id}.lastEpoch`, (view) => lastRow(run(view))],
    );
  });
  for (const { key, index } of PARAMETERS) {
    scalars.push(
      [key, (view) => view.result.initial[index]],
      [`dL/d${key}`, (view) => view.result.updates.get(worked[0]!)?.gradient[index]],
    );
    for (const id of worked) {
      for (const [name, field] of FIRST_UPDATE_FIELDS) {
        scalars.push([
          `${id}.${name}.${key}`,
          (view) => view.result.updates.get(id)?.[field]?.[index],
        ]);
      }
    }
  }
  return scalars;
}

const columns = new WeakMap<ComparisonResult, Float64Array[]>();

/** ∂Lₛ/∂θ as one column per parameter, in PARAMETERS' order: made once per result, not per key. */
function gradientColumns(result: ComparisonResult): Float64Array[] {
  let found = columns.get(result);
  // Stryker disable next-line ConditionalExpression: a cache; without it a read makes the same columns again
  if (!found) {
    found = PARAMETERS.map(({ index }) => Float64Array.from(result.gradients, (g) => g[index]!));
    // Stryker disable next-line CallExpression: a cache; without it a read makes the same columns again
    columns.set(result, found);
  }
  return found;
}

/** Every series (`prefix.i`) of a comparison and how to read it. */
function seriesOf(runs: readonly RunName[]): [string, SeriesOf<ComparisonView>][] {
  const perEpoch = (read: SeriesOf<ComparisonView>['read']) => ({
    read,
    longest: MAX_COMPARISON_EPOCHS + 1,
  });
  const perSample = (read: SeriesOf<ComparisonView>['read']) => ({ read, longest: MAX_SAMPLES });
  return [
    ...runs.flatMap(({ id }, r): [string, SeriesOf<ComparisonView>][] => [
      [`${id}.loss`, perEpoch((view) => view.result.runs[r]!.loss)],
      [`${id}.updates`, perEpoch((view) => view.result.runs[r]!.updates)],
      [`${id}.epoch`, perEpoch((view) => view.result.runs[r]!.trace.epoch)],
    ]),
    ...SAMPLE_COLUMNS.map((name): [string, SeriesOf<ComparisonView>] => [
      name,
      perSample((view) => view.result.columns[name]!),
    ]),
    ...COMPUTING_NODES.map((node): [string, SeriesOf<ComparisonView>] => [
      node.key,
      perSample((view) => view.result.nodes[node.key]!),
    ]),
    ...PARAMETERS.map(({ key }, p): [string, SeriesOf<ComparisonView>] => [
      `dL/d${key}`,
      perSample((view) => gradientColumns(view.result)[p]!),
    ]),
  ];
}

/** A comparison's quantities (about ten thousand keys, listed when first asked for). */
export function comparisonQuantities(
  runs: readonly RunName[],
  worked: readonly string[],
  settings: readonly SettingDefinition[],
): Quantities<ComparisonView> {
  return quantities({ scalars: scalarsOf(runs, worked, settings), series: seriesOf(runs) });
}
