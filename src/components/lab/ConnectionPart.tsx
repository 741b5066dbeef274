/**
 * The node panel's connections: a menu of the weights into the chosen node (the keyboard's way to
 * choose one; a click on its line in the diagram is the pointer's), and for the chosen one what
 * it does, with the numbers of the sample and epoch on view: forward, λᵢ,ⱼ·Nᵢ is its term in
 * Nⱼ,in; backward, ∂L/∂λᵢ,ⱼ = Nᵢ·∂L/∂Nⱼ,in. The panel marks the same term and equation below.
 */
import type { ComponentChildren } from 'preact';
import type { NodeName } from '../../engine/core/index.ts';
import type { Store } from '../../state/store.ts';
import { derivativeKeyOf, nodeInputKeyOf, nodeKeyOf, weightKeyOf } from './lab-keys.ts';
import { D, DIn, In, Out, Weight } from './panel-math.tsx';

interface Props {
  store: Store;
  /** The chosen node's number. */
  node: number;
  /** The nodes that feed it, in order. */
  into: readonly NodeName[];
  /** The chosen connection's first node, 0 for none. */
  from: number;
  live: (key: string) => ComponentChildren;
  id: string;
}

export function ConnectionPart({ store, node, into, from, live, id }: Props) {
  const menuId = `${id}-connection`;
  return (
    <div class="lab-connection-part">
      <label for={menuId}>Connection into node {node}</label>{' '}
      <select
        id={menuId}
        value={String(from)}
        onChange={(event) => store.set('from', Number(event.currentTarget.value))}
      >
        <option value="0">none marked</option>
        {into.map((source) => (
          <option key={source.number} value={String(source.number)}>
            λ{source.number},{node}, from node {source.number}
          </option>
        ))}
      </select>
      {from > 0 && (
        <p class="lab-connection-says">
          <Weight from={from} to={node} /> carries node {from}’s output into node {node}. Forward,{' '}
          <Weight from={from} to={node} />·<Out n={from} /> = {live(weightKeyOf(from, node))} ·{' '}
          {live(nodeKeyOf(from))} is one term of <In n={node} />. Backward,{' '}
          <D>
            <Weight from={from} to={node} />
          </D>{' '}
          = <Out n={from} /> · <DIn n={node} /> = {live(nodeKeyOf(from))} ·{' '}
          {live(derivativeKeyOf(nodeInputKeyOf(node)))} ={' '}
          {live(derivativeKeyOf(weightKeyOf(from, node)))}, marked below, and in the check.
        </p>
      )}
    </div>
  );
}
