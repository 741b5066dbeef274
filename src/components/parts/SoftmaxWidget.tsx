/**
 * A categorical output layer: one output node per class, whose inputs z the reader types. Softmax
 * turns them into probabilities, shown with a bar each, their sum (one) and the predicted class.
 * The reader sets the number of classes (2 to 6) in a box or with the two buttons.
 *
 * The bars are native <meter> elements, hidden from screen readers: the number beside each bar
 * says the same, so the table is its own text alternative.
 */
import {
  CLASS_NAMES,
  MAX_CLASSES,
  MIN_CLASSES,
  classCountCodec,
  logitsCodec,
  classOutputKind,
} from './class-output.kind.ts';
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

/** The inputs for a new number of classes: the first ones kept, new classes starting at z = 0. */
function resized(z: readonly number[], classes: number): number[] {
  return Array.from({ length: classes }, (_, j) => z[j] ?? 0);
}

export function SoftmaxWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(classOutputKind, storeProps);
  const { settings, view } = useView(store);
  const edit = useEdit(store);
  const z = settings.value['z'] as readonly number[];
  const predicted = store.kind.read(view.value, 'predicted') ?? 1;
  const element = logitsCodec.element;
  const messageId = `${id}-message`;
  const current = () => store.settings.peek()['z'] as readonly number[];

  /** Sets the number of classes from typed text. */
  function applyCount(text: string) {
    const parsed = classCountCodec.parse(text, 'Classes');
    return parsed.ok ? store.set('z', resized(current(), parsed.value)) : parsed;
  }

  function changeCount(classes: number): void {
    const result = store.set('z', resized(current(), classes));
    edit.value = result.ok ? null : { box: 'buttons', text: '', message: result.message };
  }

  return (
    <figure id={id} class="widget parts-widget softmax-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Type the inputs O<sub>j,in</sub> of the output nodes, one node per facies. Softmax turns
        them into probabilities that are never negative and always add up to one.
      </figcaption>
      <div class="parts-field parts-count">
        <label id={`${id}-count-label`} for={`${id}-count`}>
          Number of classes (output nodes)
        </label>
        <EditBox
          id={`${id}-count`}
          box="count"
          class="parts-box"
          inputMode="numeric"
          shown={String(z.length)}
          edit={edit}
          labelledBy={`${id}-count-label`}
          messageId={messageId}
          apply={applyCount}
          kept={() => `Kept ${current().length}.`}
          step={(text, direction) => {
            const parsed = classCountCodec.parse(text, 'Classes');
            return String((parsed.ok ? parsed.value : current().length) + direction);
          }}
        />
        <button
          type="button"
          disabled={z.length >= MAX_CLASSES}
          onClick={() => changeCount(z.length + 1)}
        >
          Add a class
        </button>
        <button
          type="button"
          disabled={z.length <= MIN_CLASSES}
          onClick={() => changeCount(z.length - 1)}
        >
          Remove the last class
        </button>
      </div>
      <div class="parts-table-wrap table-fit">
        <table class="parts-table">
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col" id={`${id}-z-head`}>
                Input O<sub>j,in</sub>
              </th>
              <th scope="col" colSpan={2}>
                Probability O<sub>j</sub> = e
                <sup>
                  O<sub>j,in</sub>
                </sup>{' '}
                / Σ<sub>ι</sub> e
                <sup>
                  O<sub>ι,in</sub>
                </sup>
              </th>
            </tr>
          </thead>
          <tbody>
            {z.map((value, j) => (
              <tr key={j} class={j + 1 === predicted ? 'is-predicted' : undefined}>
                <th scope="row" id={`${id}-class-${j + 1}`}>
                  {CLASS_NAMES[j]}
                </th>
                <td data-label="Input z">
                  <EditBox
                    id={`${id}-z-${j + 1}`}
                    box={String(j)}
                    class="parts-box"
                    shown={boxText(value, element.digits)}
                    edit={edit}
                    labelledBy={`${id}-z-head ${id}-class-${j + 1}`}
                    messageId={messageId}
                    apply={(text) => {
                      const parsed = element.parse(text, `The input for ${CLASS_NAMES[j]}`);
                      if (!parsed.ok) return parsed;
                      const next = current().slice();
                      next[j] = parsed.value;
                      return store.set('z', next);
                    }}
                    kept={() => `Kept ${element.format(current()[j]!)}.`}
                    step={(text, direction) => {
                      const parsed = element.parse(text, 'The input');
                      const from = parsed.ok ? parsed.value : current()[j]!;
                      return boxText(from + direction * element.step, element.digits);
                    }}
                  />
                </td>
                <Quantity
                  store={store}
                  view={view.value}
                  quantity={`p${j + 1}`}
                  as="td"
                  label="Probability p"
                />
                <td class="softmax-bar">
                  <meter
                    min={0}
                    max={1}
                    value={store.kind.read(view.value, `p${j + 1}`)}
                    aria-hidden="true"
                  />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Sum of the probabilities
              </th>
              <Quantity
                store={store}
                view={view.value}
                quantity="sum"
                digits={12}
                as="td"
                label="Sum"
              />
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p id={messageId} class="parts-message" role="alert">
        {edit.value?.message ?? ''}
      </p>
      <p class="parts-result">
        Predicted class: <strong>{CLASS_NAMES[predicted - 1]}</strong>, class{' '}
        <Quantity store={store} view={view.value} quantity="predicted" digits={0} />, the largest
        probability.
      </p>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
