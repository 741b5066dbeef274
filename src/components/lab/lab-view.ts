/**
 * The lab's view: its run read at the epoch on view ℓ, with the forward and backward pass of the
 * training sample on view at θ_ℓ. The run keeps no sample's node values (a trace of every node of
 * one sample would cost as much again as θ), so the view asks the engine for one pass: a forward
 * pass, the loss and backpropagation with every node's ∂L/∂, a few microseconds for the largest
 * network, made again only when ℓ, the sample or the run changes.
 */
import { forward, sampleLoss, type ForwardPass } from '../../engine/core/index.ts';
import { backward, type Gradients } from '../../engine/gradients/index.ts';
import type { SettingValues } from '../../state/store.ts';
import type { LabRun } from './lab-run.ts';

/** A lab run at the epoch and the sample on view. */
export interface LabView {
  readonly run: LabRun;
  readonly values: SettingValues;
  /** ℓ, the epoch on view: a row of the run (0 … run.length − 1). */
  readonly row: number;
  /** The training sample on view, from 0 (0 … training samples − 1). */
  readonly sample: number;
  /** Its forward pass at θ_ℓ: every node's input (before activation) and output. */
  readonly pass: ForwardPass;
  /** Its backward pass at θ_ℓ: ∂L/∂ every node input and output, and ∂L/∂θ of this sample. */
  readonly gradients: Gradients;
  /** Its loss at θ_ℓ: ½(ŷ − y)², or −Σ y log p after softmax. */
  readonly loss: number;
}

/** Writes θ_ℓ, row ℓ of the run's trace, into the run's network (NaN where no row was recorded). */
export function setParametersAt(run: LabRun, row: number): void {
  const { network, trace } = run;
  for (let p = 0; p < network.parameters.length; p++) {
    network.parameters[p] = trace.parameters[p]![row] ?? Number.NaN;
  }
}

/** The run at the settings' epoch and sample, each kept within the run. */
export function viewLab(run: LabRun, values: SettingValues): LabView {
  const row = Math.max(0, Math.min(values['epochOnView'] as number, run.length - 1));
  const trainCount = run.train.inputs.length;
  const sample = Math.max(0, Math.min(values['sampleOnView'] as number, trainCount - 1));
  const { network } = run;
  // θ_ℓ from the trace's columns (NaN where a run recorded no epoch: its quantities are undefined).
  setParametersAt(run, row);
  const x = run.train.inputs[sample]!;
  const y = run.train.targets[sample]!;
  const pass = forward(network, x);
  return {
    run,
    values,
    row,
    sample,
    pass,
    gradients: backward(network, pass, y),
    loss: sampleLoss(network, pass, y),
  };
}
