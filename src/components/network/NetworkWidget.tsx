/**
 * A network to play with: the live diagram, the controls its page lets readers use, and the same
 * numbers as a table. One island, bound to one store: another NetworkWidget naming the same store
 * shares its state, one naming another store has its own.
 */
import { chapterNetwork } from '../../state/kinds/chapter-network.ts';
import { useRef } from 'preact/hooks';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { ControlsPanel } from './ParameterControls.tsx';
import { ValuesTable } from './ValuesTable.tsx';
import { layoutOf } from './layout.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
  /** What the caption says the reader can do here. */
  caption?: string;
  /** A short name of this widget, unique on the page, for its diagram's scroll region. */
  name?: string;
}

export function NetworkWidget({ id, anchor, caption, name = 'Network', ...storeProps }: Props) {
  const store = useStore(chapterNetwork, storeProps);
  const layout = layoutOf(chapterNetwork);
  const mounted = useMountedSignal();
  const figure = useRef<HTMLElement>(null);
  useLiveNumbers(figure, store);
  return (
    <figure ref={figure} id={id} class="widget network-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption ??
          'The network, live. Change an input, a weight or a bias; every number on this page follows.'}
      </figcaption>
      {/* Focusable so that keyboard users can scroll the diagram sideways on a narrow screen. */}
      <div class="diagram-scroll" tabIndex={0} role="region" aria-label={`${name} diagram`}>
        <NetworkDiagram store={store} mounted={mounted} layout={layout} idPrefix={id} />
      </div>
      <details class="values-details">
        <summary>The diagram’s values as a table</summary>
        <ValuesTable
          store={store}
          layout={layout}
          caption="Every value in the diagram, rounded to three decimals"
        />
      </details>
      <ControlsPanel store={store} layout={layout} idPrefix={id} anchor={anchor} />
    </figure>
  );
}
