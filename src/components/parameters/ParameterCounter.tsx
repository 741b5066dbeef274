/**
 * The parameter counter: a reader types the layer widths of a fully connected network (or picks
 * one of the chapter's) and sees its weights, biases and total, the sums written out term by
 * term, the network drawn, a sentence and a table saying what the drawing shows.
 *
 * Every number comes from the widths store's view (the engine's `parameterTerms`). The counter
 * draws the store's starting view while it hydrates, then the live one; its structure (how many
 * terms, columns, rows) follows the widths, so it renders again when they change. One render
 * draws at most 64 layers, a few hundred elements.
 */
import { widthsKind, SOURCE_NETWORKS } from './widths.kind.ts';
import { StoreActions } from '../StoreActions.tsx';
import { useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { Count } from './Count.tsx';
import { CountSums } from './CountSums.tsx';
import { CountTable } from './CountTable.tsx';
import { CounterDiagram } from './CounterDiagram.tsx';
import { networkSummary } from './summary.ts';
import { WidthsBox, useWidthsBox } from './WidthsBox.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

export function ParameterCounter({ id, anchor, ...storeProps }: Props) {
  const store = useStore(widthsKind, storeProps);
  const mounted = useMountedSignal();
  const box = useWidthsBox(store);
  const view = mounted.value ? store.view.value : store.initialView;
  const codec = store.setting('widths')!.codec;
  const summaryId = `${id}-summary`;

  function choose(widths: readonly number[]): void {
    store.set('widths', widths);
    box.show();
  }

  return (
    <figure id={id} class="widget counter-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Type the widths of a network’s layers, inputs first, or pick one of the chapter’s networks.
        The counter adds up its weights and biases.
      </figcaption>
      <div class="counter-controls">
        <WidthsBox store={store} box={box} id={id} />
        <div class="counter-presets" role="group" aria-labelledby={`${id}-presets`}>
          <p id={`${id}-presets`} class="counter-presets-label">
            The chapter’s networks
          </p>
          {SOURCE_NETWORKS.map((network) => (
            <button
              key={network.id}
              type="button"
              class="counter-preset"
              aria-pressed={codec.equals(view.widths, network.widths)}
              onClick={() => choose(network.widths)}
            >
              <span class="counter-preset-shape">{network.widths.join('-')}</span>{' '}
              <span class="counter-preset-name">{network.label}</span>
            </button>
          ))}
        </div>
      </div>
      <dl class="counter-results" aria-live="polite">
        <div>
          <dt>Weights</dt>
          <dd>
            <Count view={view} quantity="weights" />
          </dd>
        </div>
        <div>
          <dt>Biases</dt>
          <dd>
            <Count view={view} quantity="biases" />
          </dd>
        </div>
        <div>
          <dt>Parameters</dt>
          <dd>
            <Count view={view} quantity="parameters" />
          </dd>
        </div>
      </dl>
      <CountSums view={view} id={id} />
      <div class="counter-picture">
        <CounterDiagram view={view} labelledBy={summaryId} />
      </div>
      <p id={summaryId} class="counter-summary">
        {networkSummary(view.widths).map((piece, i) =>
          typeof piece === 'string' ? (
            piece
          ) : (
            <Count key={i} view={view} quantity={piece.quantity} />
          ),
        )}
      </p>
      <CountTable view={view} id={id} />
      <StoreActions store={store} anchor={anchor} onReset={() => box.show()} />
    </figure>
  );
}
