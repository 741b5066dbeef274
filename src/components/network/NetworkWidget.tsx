/**
 * A network to play with: the live diagram, the controls its page lets readers use, and the same
 * numbers as a table. One island, bound to one store: another NetworkWidget naming the same store
 * shares its state, one naming another store has its own.
 *
 * The diagram shows the forward pass's values, the backward pass's derivatives of the loss, or
 * both (where the reader can switch, the store's `diagram` setting, so a link keeps it), and is
 * laid out for the room it has: it measures its width once mounted and again when the page is
 * resized. The caption is the chapter's: the page passes it, so its words are not shipped as code.
 */
import { networkKind } from './network.kind.ts';
import { useRef } from 'preact/hooks';
import { NamedChoice } from '../SettingChoice.tsx';
import {
  useLiveNumbers,
  useMountedSignal,
  useShownSetting,
  useStore,
  type StoreProps,
} from '../useStore.ts';
import { ParameterList } from './ParameterList.tsx';
import { ControlsPanel } from './ParameterControls.tsx';
import { ValuesTable } from './ValuesTable.tsx';
import { DIAGRAM_HOLDER, LiveDiagram } from './LiveDiagram.tsx';
import type { DiagramView } from './geometry.ts';
import { layoutOf } from './layout.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
  /** What the caption says the reader can do here (the chapter's words). */
  caption: string;
  /** A short name of this widget, unique on the page, for its diagram's region. */
  name?: string;
  /** What the diagram shows when the reader cannot switch (with `views`, the store's `diagram`). */
  view?: DiagramView;
  /** Whether the reader can switch between values, derivatives and both (kept in the store). */
  views?: boolean;
}

/** The views a reader can switch between here (the dashboard has the weights alone instead). */
const VIEWS: readonly DiagramView[] = ['forward', 'backward', 'both'];

export function NetworkWidget({
  id,
  anchor,
  caption,
  name = 'Network',
  view: firstView = 'forward',
  views = false,
  ...storeProps
}: Props) {
  const store = useStore(networkKind, storeProps);
  /** What the diagram, the list under it, the table and the controls are all drawn from. */
  const network = { store, layout: layoutOf(networkKind) };
  const mounted = useMountedSignal();
  const figure = useRef<HTMLElement>(null);
  // A diagram the reader can switch shows the store's choice, so a link holds it (the page's
  // starting view until mounted, as the server drew it); one that cannot shows the view it was
  // given.
  const chosen = useShownSetting(store, 'diagram', mounted);
  const view = views ? (chosen.value as DiagramView) : firstView;
  // The diagram binds its own numbers, drawn anew with its orientation; these are the rest.
  useLiveNumbers(figure, store, view, DIAGRAM_HOLDER);
  return (
    <figure ref={figure} id={id} class="widget network-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption}
      </figcaption>
      {views && (
        <NamedChoice setting="diagram" store={store} id={id} mounted={mounted} options={VIEWS} />
      )}
      {view !== 'forward' && (
        <p class="diagram-legend">
          ∂ marks the derivative of the loss: ∂in is ∂L/∂ of a node’s input, ∂out of its output.
          Arrows point the way the derivative flows, from the loss back to the inputs.
        </p>
      )}
      <LiveDiagram
        {...network}
        mounted={mounted}
        view={view}
        idPrefix={id}
        label={`${name} diagram`}
        below={(geometry) =>
          // The weights' numbers go under the diagram when their lines have no room for them.
          (geometry.orientation === 'down' || view !== 'forward') && (
            <ParameterList
              {...network}
              derivatives={view !== 'forward'}
              values={view !== 'backward'}
            />
          )
        }
      />
      <details class="values-details">
        <summary>The diagram’s values as a table</summary>
        <ValuesTable
          {...network}
          derivatives={views}
          caption="Every value in the diagram, rounded to three decimals"
        />
      </details>
      <ControlsPanel {...network} idPrefix={id} anchor={anchor} />
    </figure>
  );
}
