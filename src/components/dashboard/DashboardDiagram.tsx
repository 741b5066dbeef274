/**
 * The dashboard's network at the epoch on view, in the source dashboard's three views: the
 * weights (λ on the connections, b above the nodes), the forward pass (every node's input and
 * output) and the backward pass (∂L/∂ of every node and parameter). The choice of view is local;
 * the numbers follow the store (and the epoch on view) without the diagram rendering again. Its
 * text alternative is the diagram's own description, which lists every number of the view, and
 * the list of weights and biases under it; the plots' tables hold the run.
 */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Trace } from '../../engine/index.ts';
import type { NetworkView } from '../../state/kinds/network.ts';
import type { Store } from '../../state/store.ts';
import { NetworkDiagram } from '../network/NetworkDiagram.tsx';
import { ParameterList } from '../network/ParameterList.tsx';
import { placeDiagram, type DiagramView } from '../network/geometry.ts';
import type { NetworkLayout } from '../network/layout.ts';
import { useRoom } from '../network/useRoom.ts';
import { useLiveNumbers } from '../useStore.ts';

const VIEWS: [DiagramView, string][] = [
  ['weights', 'Weights: λ and b'],
  ['forward', 'Forward pass: values'],
  ['backward', 'Backward pass: ∂L/∂'],
];

interface Props {
  store: Store<Trace, NetworkView>;
  layout: NetworkLayout;
  mounted: ReadonlySignal<boolean>;
  id: string;
}

export function DashboardDiagram({ store, layout, mounted, id }: Props) {
  const view = useSignal<DiagramView>('forward');
  const root = useRef<HTMLDivElement>(null);
  const holder = useRef<HTMLDivElement>(null);
  const room = useRoom(holder);
  const geometry = placeDiagram(layout.names, room.value, view.value);
  useLiveNumbers(root, store, `${geometry.orientation} ${view.value}`);
  const backward = view.value === 'backward';
  return (
    <div ref={root} class="dashboard-diagram">
      <fieldset class="diagram-views">
        <legend>Show in the diagram</legend>
        {VIEWS.map(([option, label]) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-view`}
              value={option}
              checked={view.value === option}
              onChange={() => (view.value = option)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <div ref={holder} class="diagram-holder" role="region" aria-label="Network diagram">
        <NetworkDiagram
          store={store}
          mounted={mounted}
          layout={layout}
          geometry={geometry}
          view={view.value}
          idPrefix={id}
        />
      </div>
      <ParameterList store={store} layout={layout} derivatives={backward} values={!backward} />
    </div>
  );
}
