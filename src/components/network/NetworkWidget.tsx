/**
 * A network to play with: the live diagram, the controls its page lets readers use, and the same
 * numbers as a table. One island, bound to one store: another NetworkWidget naming the same store
 * shares its state, one naming another store has its own.
 *
 * The diagram shows the forward pass's values, the backward pass's derivatives of the loss, or
 * both (a choice local to the widget), and is laid out for the room it has: it measures its width
 * once mounted and again when the page is resized.
 */
import { chapterNetwork } from '../../state/kinds/chapter-network.ts';
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { ParameterList } from './ParameterList.tsx';
import { ControlsPanel } from './ParameterControls.tsx';
import { ValuesTable } from './ValuesTable.tsx';
import { placeDiagram, type DiagramView } from './geometry.ts';
import { useRoom } from './useRoom.ts';
import { layoutOf } from './layout.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
  /** What the caption says the reader can do here. */
  caption?: string;
  /** A short name of this widget, unique on the page, for its diagram's region. */
  name?: string;
  /** What the diagram shows first. */
  view?: DiagramView;
  /** Whether the reader can switch between values, derivatives and both. */
  views?: boolean;
}

/** The views a reader can switch between here (the dashboard adds the weights alone). */
const VIEW_LABELS: Partial<Record<DiagramView, string>> = {
  forward: 'Forward: values',
  backward: 'Backward: ∂L/∂',
  both: 'Both',
};

export function NetworkWidget({
  id,
  anchor,
  caption,
  name = 'Network',
  view: firstView = 'forward',
  views = false,
  ...storeProps
}: Props) {
  const store = useStore(chapterNetwork, storeProps);
  const layout = layoutOf(chapterNetwork);
  const mounted = useMountedSignal();
  const figure = useRef<HTMLElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const view = useSignal<DiagramView>(firstView);
  const room = useRoom(holder);
  const geometry = placeDiagram(layout.names, room.value, view.value);
  useLiveNumbers(figure, store, `${geometry.orientation} ${view.value}`);
  const listed =
    geometry.orientation === 'down' || view.value === 'backward' || view.value === 'both';
  return (
    <figure
      ref={figure}
      id={id}
      class={`widget network-widget is-${geometry.orientation}`}
      aria-labelledby={`${id}-caption`}
    >
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption ??
          'The network, live. Change an input, a weight or a bias; every number on this page follows.'}
      </figcaption>
      {views && (
        <fieldset class="diagram-views">
          <legend>Show in the diagram</legend>
          {(Object.keys(VIEW_LABELS) as DiagramView[]).map((option) => (
            <label key={option}>
              <input
                type="radio"
                name={`${id}-view`}
                value={option}
                checked={view.value === option}
                onChange={() => (view.value = option)}
              />{' '}
              {VIEW_LABELS[option]}
            </label>
          ))}
        </fieldset>
      )}
      {view.value !== 'forward' && (
        <p class="diagram-legend">
          ∂ marks the derivative of the loss: ∂in is ∂L/∂ of a node’s input, ∂out of its output.
          Arrows point the way the derivative flows, from the loss back to the inputs.
        </p>
      )}
      <div ref={holder} class="diagram-holder" role="region" aria-label={`${name} diagram`}>
        <NetworkDiagram
          store={store}
          mounted={mounted}
          layout={layout}
          geometry={geometry}
          view={view.value}
          idPrefix={id}
        />
      </div>
      {listed && (
        <ParameterList
          store={store}
          layout={layout}
          derivatives={view.value !== 'forward'}
          values={view.value !== 'backward'}
        />
      )}
      <details class="values-details">
        <summary>The diagram’s values as a table</summary>
        <ValuesTable
          store={store}
          layout={layout}
          derivatives={views}
          caption="Every value in the diagram, rounded to three decimals"
        />
      </details>
      <ControlsPanel store={store} layout={layout} idPrefix={id} anchor={anchor} />
    </figure>
  );
}
