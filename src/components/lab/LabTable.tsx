/**
 * The reader's own samples in the lab (data `custom`): the shared sample table on the lab's
 * `custom` setting, x₁, x₂ and y a row. Its code loads when the reader picks the table as the data
 * (LazyPart), so a lab on a drawn set wakes without it.
 */
import type { Store } from '../../state/store.ts';
import { SampleTable } from '../samples/SampleTable.tsx';
import { LAB_SAMPLES } from './lab-samples.ts';

export function LabTable({ store, id }: { store: Store; id: string }) {
  return (
    <SampleTable
      store={store}
      setting="custom"
      rules={LAB_SAMPLES}
      idPrefix={id}
      retrains="the network trains again on the new table"
    />
  );
}
