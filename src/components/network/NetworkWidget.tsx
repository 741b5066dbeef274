/**
 * The chapter's network to play with: the live diagram, every input, weight and bias as a
 * control, and the same numbers as a table. One island; it shares the page's state with every
 * other widget and equation on the page.
 */
import { NetworkDiagram } from './NetworkDiagram.tsx';
import { ParameterControls } from './ParameterControls.tsx';
import { ValuesTable } from './ValuesTable.tsx';

interface Props {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

export function NetworkWidget({ id, anchor }: Props) {
  return (
    <figure class="widget network-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        The network, live. Change an input, a weight or a bias; every number on this page follows.
      </figcaption>
      {/* Focusable so that keyboard users can scroll the diagram sideways on a narrow screen. */}
      <div class="diagram-scroll" tabIndex={0} role="region" aria-label="Network diagram">
        <NetworkDiagram idPrefix={id} />
      </div>
      <details class="values-details">
        <summary>The diagram’s values as a table</summary>
        <ValuesTable caption="Every value in the diagram, rounded to three decimals" />
      </details>
      <ParameterControls idPrefix={id} {...(anchor ? { anchor } : {})} />
    </figure>
  );
}
