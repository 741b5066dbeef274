/**
 * The node panel's menu of the connections into the chosen node: the keyboard's way to choose one
 * (a click on its line in the diagram is the pointer's). The panel then marks what the weight
 * does: forward, its term λᵢ,ⱼ·Nᵢ of Nⱼ,in; backward, ∂L/∂λᵢ,ⱼ = Nᵢ·∂L/∂Nⱼ,in; and its row of
 * the gradient check.
 */
import type { NodeName } from '../../engine/core/index.ts';
import type { Store } from '../../state/store.ts';

interface Props {
  store: Store;
  /** The chosen node's number. */
  node: number;
  /** The nodes that feed it, in order. */
  into: readonly NodeName[];
  /** The chosen connection's first node, 0 for none. */
  from: number;
  id: string;
}

export function ConnectionPart({ store, node, into, from, id }: Props) {
  const menuId = `${id}-connection`;
  return (
    <div class="lab-connection-part">
      <label for={menuId}>Connection into node {node}</label>{' '}
      <select
        id={menuId}
        class="setting-menu-select"
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
    </div>
  );
}
