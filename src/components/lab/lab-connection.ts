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

/** Whether node `from` feeds node `node` in a network of these widths. */
function feeds(widths: readonly number[], from: number, node: number): boolean {
  const range = feedersOf(widths, node);
  return range !== null && from >= range[0] && from <= range[1];
}

/** `from` agrees with the widths and the chosen node before it: 0, or a node that feeds it. */
export const connectionAgreement: Agreement<number> = {
  problem(from, earlier) {
    const widths = earlier['widths'] as readonly number[];
    const node = earlier['node'] as number;
    if (from === 0 || feeds(widths, from, node)) return null;
    const range = feedersOf(widths, node);
    return range
      ? `Node ${from} does not feed node ${node}: its connections come from nodes ${range[0]} to ${range[1]}.`
      : `Node ${node} is an input: no connection leads into it.`;
  },
  follow(from, earlier: SettingValues) {
    return feeds(earlier['widths'] as readonly number[], from, earlier['node'] as number)
      ? from
      : 0;
  },
};
