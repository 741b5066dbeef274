/**
 * Min/max scaling of one input feature, as a table the reader edits: raw porosity values in the
 * first column, the range they are scaled onto, and for each value its scaled value and the
 * back-transform of that scaled value, which gives the raw value again. The column's min and max
 * are shown below it. Rows can be added and removed (2 to 8).
 *
 * Everything is text and native controls, so the table is its own text alternative.
 */
import type { ScaleTarget } from '../../engine/index.ts';
import type { VectorCodec } from '../../state/codecs.ts';
import { MAX_ROWS, MIN_ROWS, scalingKind, targetCodec } from './scaling.kind.ts';
import { StoreActions } from '../StoreActions.tsx';
import { useStore, type StoreProps } from '../useStore.ts';
import { EditBox } from './EditBox.tsx';
import { boxText } from './format.ts';
import { Quantity } from './Quantity.tsx';
import { useEdit, useView } from './useView.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

/** The scaling formula of each range, as the caption of the scaled column shows it. */
const FORMULAS: Readonly<Record<ScaleTarget, string>> = {
  unit: 'x′ = (x − min) / (max − min)',
  symmetric: 'x′ = 2 (x − min) / (max − min) − 1',
};

export function ScalingWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(scalingKind, storeProps);
  const { settings, view } = useView(store);
  const edit = useEdit(store);
  const raw = settings.value['raw'] as readonly number[];
  const target = settings.value['target'] as ScaleTarget;
  const codec = store.setting('raw')!.codec as VectorCodec;
  const messageId = `${id}-message`;
  /** What every number of the table and the summary is read from: the store's view on show. */
  const shown = { store, view: view.value };

  /** Sets the column; a refusal goes to the widget's alert. */
  function setRows(next: readonly number[]): void {
    const result = store.set('raw', next);
    edit.value = result.ok ? null : { box: 'rows', text: '', message: result.message };
  }

  function pick(choice: ScaleTarget): void {
    edit.value = null;
    store.set('target', choice);
  }

  return (
    <figure id={id} class="widget parts-widget scaling-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Type porosity values (in percent) and pick a range. Each value is scaled with the column’s
        min and max, then transformed back, which gives the value you typed.
      </figcaption>
      <fieldset class="parts-choice">
        <legend>Scale onto</legend>
        {targetCodec.values.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={`${id}-target`}
              value={choice}
              checked={target === choice}
              onChange={() => pick(choice)}
            />{' '}
            {targetCodec.labels[choice]}
          </label>
        ))}
      </fieldset>
      <div class="parts-table-wrap table-fit">
        <table class="parts-table">
          <thead>
            <tr>
              <th scope="col">Sample</th>
              <th scope="col" id={`${id}-raw-head`}>
                Porosity x (%)
              </th>
              <th scope="col">
                Scaled <span class="parts-formula">{FORMULAS[target]}</span>
              </th>
              <th scope="col">
                Back-transformed <span class="parts-formula">x = min + …</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {raw.map((value, i) => (
              <tr key={i}>
                <th scope="row" id={`${id}-row-${i + 1}`}>
                  Sample {i + 1}
                </th>
                <td data-label="Porosity x (%)">
                  <EditBox
                    id={`${id}-raw-${i + 1}`}
                    box={String(i)}
                    class="parts-box"
                    shown={boxText(value, codec.element.digits)}
                    edit={edit}
                    labelledBy={`${id}-row-${i + 1} ${id}-raw-head`}
                    messageId={messageId}
                    apply={(text) => {
                      const parsed = codec.element.parse(text, `Sample ${i + 1}`);
                      if (!parsed.ok) return parsed;
                      const next = (store.settings.peek()['raw'] as readonly number[]).slice();
                      next[i] = parsed.value;
                      return store.set('raw', next);
                    }}
                    kept={() =>
                      `Kept ${codec.element.format((store.settings.peek()['raw'] as number[])[i]!)}.`
                    }
                  />
                </td>
                <Quantity {...shown} quantity={`scaled${i + 1}`} as="td" label="Scaled" />
                <Quantity
                  {...shown}
                  quantity={`restored${i + 1}`}
                  as="td"
                  label="Back-transformed"
                />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="parts-summary">
        min = <Quantity {...shown} quantity="min" />, max = <Quantity {...shown} quantity="max" />,
        over <Quantity {...shown} quantity="rows" digits={0} /> samples.
      </p>
      <div class="parts-buttons">
        <button
          type="button"
          disabled={raw.length >= MAX_ROWS}
          onClick={() => setRows([...raw, raw[raw.length - 1]!])}
        >
          Add a sample
        </button>
        <button
          type="button"
          disabled={raw.length <= MIN_ROWS}
          onClick={() => setRows(raw.slice(0, -1))}
        >
          Remove the last sample
        </button>
      </div>
      <p id={messageId} class="parts-message" role="alert">
        {edit.value?.message ?? ''}
      </p>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
