/**
 * What every plot against the epochs shares: its x axis, ℓ = 0, 1, 2, …, and the upright line at
 * the epoch on view, so that each such plot names them alike.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { PlotAxis, PlotMarker } from './LinePlot.tsx';
import type { Domain } from './scales.ts';

/** The x axis of a plot against the epochs; `log`, a logarithmic one, which its title says. */
export function epochAxis(domain: ReadonlySignal<Domain>, log = false): PlotAxis {
  return log ? { domain, title: 'epoch ℓ (log scale)', log } : { domain, title: 'epoch ℓ' };
}

/** The upright line at the epoch on view, in the colour class the widget gives it. */
export function epochMarker(x: ReadonlySignal<number>, className: string): PlotMarker {
  return { x, label: 'upright line: the epoch on view', className };
}
