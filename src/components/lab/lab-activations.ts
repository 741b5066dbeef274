/** Each layer's activation of the network on view, as the lab's settings name them. */
import { ACTIVATION_KEYS } from './lab-settings.ts';
import type { LabView } from './lab-view.ts';

/** Each layer's activation by its setting's value: the inputs' none, the hidden ones, the output. */
export function activationsOf(view: LabView): string[] {
  const layers = view.run.names.widths.length;
  const hidden = ACTIVATION_KEYS.slice(0, layers - 2).map((key) => view.values[key] as string);
  return ['', ...hidden, view.values['output'] as string];
}
