/**
 * The back-transform of a continuous response: the output node O6 gives a value on the scaled
 * range, and the response's min and max (the scaling store's column) turn it into percent. One
 * setting, O6, with a slider and a box; the range and the column come from the same store as the
 * scaling table, so a change there shows here.
 */
import type { ScaleTarget } from '../../engine/index.ts';
import { scalingKind, targetCodec } from './scaling.kind.ts';
import { SettingControl } from '../SettingControl.tsx';
import { useStore, type StoreProps } from '../useStore.ts';
import { Quantity } from './Quantity.tsx';
import { useView } from './useView.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
}

const BACK_TRANSFORMS: Readonly<Record<ScaleTarget, string>> = {
  unit: 'ŷ = min + O6 · (max − min)',
  symmetric: 'ŷ = min + (O6 + 1) / 2 · (max − min)',
};

export function ResponseWidget({ id, ...storeProps }: Props) {
  const store = useStore(scalingKind, storeProps);
  const { settings, view } = useView(store);
  const target = settings.value['target'] as ScaleTarget;
  return (
    <figure id={id} class="widget parts-widget response-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Move the output node’s value O6, given on the range {targetCodec.labels[target]}, and see
        the prediction in percent, back-transformed with the porosity column’s min and max.
      </figcaption>
      <div class="parameter-controls">
        <SettingControl store={store} setting="O6" idPrefix={id} />
      </div>
      <p class="parts-summary">
        <span class="parts-formula">{BACK_TRANSFORMS[target]}</span> with min ={' '}
        <Quantity store={store} view={view.value} quantity="min" />, max ={' '}
        <Quantity store={store} view={view.value} quantity="max" />:
      </p>
      <p class="parts-result">
        ŷ = <Quantity store={store} view={view.value} quantity="response" /> % porosity
      </p>
    </figure>
  );
}
