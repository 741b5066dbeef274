/**
 * The holder of a network diagram laid out for the room it has (geometry.ts). The server cannot
 * know that room, so until the island has measured it the diagram is drawn both ways: across, for
 * a laptop's column, and down, for a phone's, and CSS shows the one that fits (a container query
 * at NARROW_BELOW, network-diagram.css). Before a widget wakes, a phone shows the diagram it will keep, and
 * waking only drops the copy that was hidden: nothing on the page moves.
 */
import type { ComponentChildren, RefObject } from 'preact';
import type { DiagramGeometry } from './geometry.ts';

interface Props {
  /** The holder element, whose width the diagram is laid out for (useRoom). */
  holder: RefObject<HTMLDivElement>;
  /** The diagrams to draw (diagramsFor): one once the room is known, both orientations before. */
  geometries: readonly DiagramGeometry[];
  /** The name of the diagram's region. */
  label: string;
  /** Draws one diagram, with what goes with it in that orientation (the list of parameters). */
  draw: (geometry: DiagramGeometry) => ComponentChildren;
}

/** A selector of the holder, for widgets that bind the live numbers around the diagram. */
export const DIAGRAM_HOLDER = '.diagram-holder';

export function FittedDiagram({ holder, geometries, label, draw }: Props) {
  const guessed = geometries.length > 1;
  return (
    <div
      ref={holder}
      class={`diagram-holder${guessed ? ' is-unmeasured' : ''}`}
      role="region"
      aria-label={label}
    >
      {geometries.map((geometry) => (
        // Keyed by orientation: once measured, the diagram that was shown stays, the other goes.
        <div key={geometry.orientation} class={`diagram-way is-${geometry.orientation}`}>
          {draw(geometry)}
        </div>
      ))}
    </div>
  );
}

/** The orientations drawn, as a word for classes and for keys that change with them. */
export function orientationsOf(geometries: readonly DiagramGeometry[]): string {
  return geometries.map((geometry) => geometry.orientation).join(' ');
}
