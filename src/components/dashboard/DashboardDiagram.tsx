/**
 * The dashboard's network at the epoch on view, in the source dashboard's three views: the
 * weights (λ on the connections, b above the nodes), the forward pass (every node's input and
 * output) and the backward pass (∂L/∂ of every node and parameter). The choice of view is a
 * setting of the store, so links keep it; the numbers follow the store (and the epoch on view)
 * without the diagram rendering again. Its text alternative is the diagram's own description,
 * which lists every number of the view, and the list of weights and biases under it; the plots'
 * tables hold the run.
 */
import type { ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Trace } from '../../engine/index.ts';
import type { NetworkView } from '../../state/kind-parts/network-kind.ts';
import type { Store } from '../../state/store.ts';
import { ParameterList } from '../network/ParameterList.tsx';
import { DIAGRAM_HOLDER, LiveDiagram } from '../network/LiveDiagram.tsx';
import type { DiagramView } from '../network/geometry.ts';
import type { NetworkLayout } from '../network/layout.ts';
import { NamedChoice } from '../SettingChoice.tsx';
import { useLiveNumbers, useShownSetting } from '../useStore.ts';

/** The source dashboard's views (the chapters' diagrams offer both passes at once instead). */
const VIEWS: readonly DiagramView[] = ['weights', 'forward', 'backward'];

interface Props {
  store: Store<Trace, NetworkView>;
  layout: NetworkLayout;
  mounted: ReadonlySignal<boolean>;
  id: string;
}

export function DashboardDiagram({ id, ...network }: Props) {
  // The store, its layout and whether the island has mounted: what the diagram is drawn from.
  const { store, layout, mounted } = network;
  // The store's choice, so that a link opens the diagram in the view the reader left it in; the
  // page's starting view until mounted, as the server drew it (hydration keeps that markup).
  const view = useShownSetting(store, 'diagram', mounted).value as DiagramView;
  const root = useRef<HTMLDivElement>(null);
  // The diagram binds its own numbers; these are the list's under it.
  useLiveNumbers(root, store, view, DIAGRAM_HOLDER);
  const backward = view === 'backward';
  return (
    <div ref={root} class="dashboard-diagram">
      <NamedChoice setting="diagram" store={store} id={id} mounted={mounted} options={VIEWS} />
      <LiveDiagram {...network} view={view} idPrefix={id} label="Network diagram" />
      <ParameterList store={store} layout={layout} derivatives={backward} values={!backward} />
    </div>
  );
}
