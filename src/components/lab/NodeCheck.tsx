/**
 * The node panel's gradient check, folded away until a reader opens it. Its table and the engine's
 * check (CheckTable.tsx, lab-gradcheck.ts) load on the first opening, so the lab wakes without
 * them; while open, the table follows the epoch, the sample and the node.
 */
import { useSignal } from '@preact/signals';
import type { CheckTableProps } from './CheckTable.tsx';

type CheckTableModule = typeof import('./CheckTable.tsx');

export function NodeCheck(props: CheckTableProps) {
  const open = useSignal(false);
  const loaded = useSignal<CheckTableModule | null>(null);
  const toggle = (event: Event) => {
    open.value = (event.currentTarget as HTMLDetailsElement).open;
    if (open.value && !loaded.value) {
      void import('./CheckTable.tsx').then((module) => (loaded.value = module));
    }
  };
  const Table = loaded.value?.CheckTable;
  return (
    <details class="lab-details lab-check" onToggle={toggle}>
      <summary>Check these derivatives by central differences</summary>
      {/* Rendered only while open: a closed check never renders again as the epoch moves. */}
      {open.value && (Table ? <Table {...props} /> : <p role="status">Loading the check…</p>)}
    </details>
  );
}
