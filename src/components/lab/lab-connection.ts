/**
 * The connection chosen in the lab's diagram, as a view setting: `from`, the node whose weight into
 * the chosen node (`node`) the panel marks, 0 for none. A link `?lab.node=7&lab.from=3` opens the
 * lab on λ3,7. Only a node of the layer just before `node` feeds it: any other is refused when
 * given, and turned into 0 when the chosen node or the widths change under it.
 */
import type { Agreement, SettingValues } from '../../state/store.ts';

/** The first and last node numbers of the layer that feeds node `node`, or null for an input. */
export function feedersOf(widths: readonly number[], node: number): [number, number] | null {
  let first = 1;
  for (let k = 0; k < widths.length; k++) {
    const next = first + widths[k]!;
    if (node < next) return k === 0 ? null : [first - widths[k - 1]!, first - 1];
    first = next;
  }
  return null;
}

/** Whether node `from` lies in the range of nodes that feed a node (null: none does). */
function within(range: [number, number] | null, from: number): boolean {
  return range !== null && from >= range[0] && from <= range[1];
}

/** `from` agrees with the widths and the chosen node before it: 0, or a node that feeds it. */
export const connectionAgreement: Agreement<number> = {
  problem(from, earlier) {
    const node = earlier['node'] as number;
    const range = feedersOf(earlier['widths'] as readonly number[], node);
    if (from === 0 || within(range, from)) return null;
    return range
      ? `Node ${from} does not feed node ${node}: its connections come from nodes ${range[0]} to ${range[1]}.`
      : `Node ${node} is an input: no connection leads into it.`;
  },
  follow(from, earlier: SettingValues) {
    const range = feedersOf(earlier['widths'] as readonly number[], earlier['node'] as number);
    return within(range, from) ? from : 0;
  },
};
