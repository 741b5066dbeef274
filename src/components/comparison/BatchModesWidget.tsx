/**
 * The training-epochs chapter's widget: batch, stochastic and mini-batch gradient descent on the
 * same samples from the same initial weights, with one learning rate η. An island bound to a
 * batch-modes store.
 */
import { batchModesKind } from './batch-modes.kind.ts';
import { SettingControl } from '../SettingControl.tsx';
import { useStore, type StoreProps } from '../useStore.ts';
import { ComparisonWidget } from './ComparisonWidget.tsx';

interface Props extends StoreProps {
  id: string;
  anchor?: string;
}

export function BatchModesWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(batchModesKind, storeProps);
  return (
    <ComparisonWidget
      store={store}
      runs={batchModesKind.runs}
      id={id}
      anchor={anchor}
      caption="Batch, stochastic and mini-batch gradient descent train the chapter’s network on the same samples, from the same initial weights, with the same η. Change a setting or a sample and all three train again."
      byUpdate
      controls={
        <fieldset class="setting-group">
          <legend>Every update</legend>
          <SettingControl store={store} setting="learningRate" idPrefix={id} />
        </fieldset>
      }
    />
  );
}
