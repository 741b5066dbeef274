/**
 * The momentum-and-Adam chapter's widget: gradient descent, momentum and Adam on the same samples
 * from the same initial weights, each with its own learning rate, all three grouping the samples
 * the same way. An island bound to an optimizers store.
 */
import { optimizersKind } from './optimizers.kind.ts';
import { SettingControl } from '../SettingControl.tsx';
import { useStore, type StoreProps } from '../useStore.ts';
import { ChoiceMenu } from './Choices.tsx';
import { ComparisonWidget } from './ComparisonWidget.tsx';

interface Props extends StoreProps {
  id: string;
  anchor?: string;
}

/** Each update rule's settings, in a group named after it. */
const RULES = [
  { legend: 'Gradient descent', settings: ['learningRate'] },
  { legend: 'Momentum', settings: ['momentumRate', 'beta'] },
  { legend: 'Adam', settings: ['adamRate', 'beta1', 'beta2'] },
] as const;

export function OptimizersWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(optimizersKind, storeProps);
  return (
    <ComparisonWidget
      store={store}
      runs={optimizersKind.runs}
      id={id}
      anchor={anchor}
      caption="Gradient descent, momentum and Adam train the chapter’s network on the same samples, from the same initial weights, each with its own learning rate. Change a setting or a sample and all three train again."
      byUpdate={false}
      batching={
        <ChoiceMenu store={store} setting="mode" label="Samples per update" idPrefix={id} />
      }
      controls={
        <>
          {RULES.map(({ legend, settings }) => (
            <fieldset key={legend} class="setting-group">
              <legend>{legend}</legend>
              {settings.map((key) => (
                <SettingControl key={key} store={store} setting={key} idPrefix={id} />
              ))}
            </fieldset>
          ))}
        </>
      }
    />
  );
}
