/**
 * Categorical inputs: the reader types the facies of a few samples and sees them one-hot encoded,
 * one column (one input node) per facies, beside the ordinal alternative, one column of ranks,
 * with the assumption that code makes spelled out next to it.
 *
 * Everything is text and native controls, so the tables are their own text alternative.
 */
import { encodingKind, type EncodingRun } from './encoding.kind.ts';
import { StoreActions } from '../StoreActions.tsx';
import { useStore, type StoreProps } from '../useStore.ts';
import { EditBox } from './EditBox.tsx';
import { Quantity } from './Quantity.tsx';
import { useEdit, useView } from './useView.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

export function EncodingWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(encodingKind, storeProps);
  const { view } = useView(store);
  const run: EncodingRun = view.value;
  const edit = useEdit(store);
  const codec = store.setting('facies')!.codec;
  const messageId = `${id}-message`;
  const labelId = `${id}-facies-label`;
  return (
    <figure id={id} class="widget parts-widget encoding-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Type the facies of each sample, in order. The one-hot code gives each facies its own input
        node; the ordinal code puts them all on one node.
      </figcaption>
      <p class="parts-field">
        <label id={labelId} for={`${id}-facies`}>
          Facies of the samples, separated by commas
        </label>
        <EditBox
          id={`${id}-facies`}
          box="facies"
          class="parts-text"
          inputMode="text"
          shown={codec.format(run.samples)}
          edit={edit}
          labelledBy={labelId}
          messageId={messageId}
          apply={(text) => {
            const parsed = codec.parse(text, 'The list of facies');
            return parsed.ok ? store.set('facies', parsed.value) : parsed;
          }}
          kept={() => `Kept ${codec.format(store.settings.peek()['facies'])}.`}
        />
      </p>
      <p id={messageId} class="parts-message" role="alert">
        {edit.value?.message ?? ''}
      </p>
      <p class="parts-summary">
        <Quantity store={store} view={run} quantity="samples" digits={0} /> samples,{' '}
        <Quantity store={store} view={run} quantity="categories" digits={0} /> facies: one-hot needs
        that many input nodes, ordinal needs one.
      </p>
      <div class="parts-table-wrap table-fit">
        <table class="parts-table encoding-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Sample
              </th>
              <th scope="col" rowSpan={2}>
                Facies
              </th>
              <th scope="colgroup" colSpan={run.categories.length}>
                One-hot: one input node per facies
              </th>
              <th scope="col" rowSpan={2} class="encoding-ordinal">
                Ordinal rank: one input node
              </th>
            </tr>
            <tr>
              {run.categories.map((category) => (
                <th scope="col" key={category}>
                  {category}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {run.samples.map((sample, i) => (
              <tr key={i}>
                <th scope="row">Sample {i + 1}</th>
                <td data-label="Facies">{sample}</td>
                {run.categories.map((category, j) => (
                  <Quantity
                    key={category}
                    store={store}
                    view={run}
                    quantity={`s${i + 1}c${j + 1}`}
                    digits={0}
                    as="td"
                    class="encoding-bit"
                    label={`One-hot ${category}`}
                  />
                ))}
                <Quantity
                  store={store}
                  view={run}
                  quantity={`rank${i + 1}`}
                  digits={0}
                  as="td"
                  class="encoding-ordinal"
                  label="Ordinal rank"
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="encoding-assumption">
        The ordinal code assumes an order with equal steps:{' '}
        {run.categories.map((category, j) => (
          <span key={category}>
            {j > 0 ? ' < ' : ''}
            {category} (
            <Quantity store={store} view={run} quantity={`code${j + 1}`} digits={0} />)
          </span>
        ))}
        . It puts the first and third facies twice as far apart as the first and second. Nothing in
        the data says so: the order here is only the order in which the facies first appear.
      </p>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
