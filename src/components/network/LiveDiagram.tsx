/**
 * A store's network diagram, laid out for the room it has: the holder that measures that room
 * (drawing both orientations until it knows it, FittedDiagram.tsx), the diagram in each, and the
 * diagram's live numbers bound to the store again whenever it is drawn anew (another orientation
 * or view). The network widget, the dashboard and the backpropagation stepper draw theirs with it.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { Store } from '../../state/store.ts';
import { useLiveNumbers } from '../useStore.ts';
import { FittedDiagram, orientationsOf } from './FittedDiagram.tsx';

export { DIAGRAM_HOLDER } from './FittedDiagram.tsx';
import { diagramsFor, type DiagramGeometry, type DiagramView } from './geometry.ts';
import type { NetworkLayout } from './layout.ts';
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { useRoom } from '../useRoom.ts';

interface Props {
  store: Store;
  mounted: ReadonlySignal<boolean>;
  layout: NetworkLayout;
  view: DiagramView;
  /** Unique on the page; prefixes the diagram's element ids. */
  idPrefix: string;
  /** The name of the diagram's region. */
  label: string;
  /** What goes under the diagram in one orientation (the weights' list where lines lack room). */
  below?: (geometry: DiagramGeometry) => ComponentChildren;
}

export function LiveDiagram({ label, below, ...diagram }: Props) {
  const { store, layout, view } = diagram;
  const holder = useRef<HTMLDivElement>(null);
  const room = useRoom(holder);
  const geometries = diagramsFor(layout.names, room.value, view);
  useLiveNumbers(holder, store, `${orientationsOf(geometries)} ${view}`);
  return (
    <FittedDiagram
      holder={holder}
      geometries={geometries}
      label={label}
      draw={(geometry) => (
        <>
          <NetworkDiagram {...diagram} geometry={geometry} />
          {below?.(geometry)}
        </>
      )}
    />
  );
}
