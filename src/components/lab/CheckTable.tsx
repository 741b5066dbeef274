/**
 * The gradient check's table for the chosen node, loaded with the engine's check when a reader
 * first opens it (NodeCheck.tsx): for each weight into the node and its bias, ∂L/∂ from
 * backpropagation beside the estimate from the loss alone by central differences,
 * [L(θ + ε) − L(θ − ε)] / 2ε, their relative difference, and whether they agree, in words. The
 * engine computes every number (lab-gradcheck.ts). It reads the view as it renders, so it follows
 * the epoch, the sample and the node while open.
 *
 * Its cells carry `data-check` (the derivative's key) and `data-value`, not `data-quantity`:
 * they are not the store's quantities, and the lab's live numbers must not bind them.
 */
import type { ReadonlySignal } from '@preact/signals';
import { formatNumber, powerOfTen, scientific } from '../../state/format.ts';
import { AGREEMENT, CHECK_POWER, checkNode } from './lab-gradcheck.ts';
import { weightKeyOf } from './lab-keys.ts';
import type { LabView } from './lab-view.ts';

export interface CheckTableProps {
  /** The view on show: its epoch, its sample and its run. */
  view: ReadonlySignal<LabView>;
  /** The chosen node's number, 1 … N. */
  node: number;
  /** The chosen connection's first node, whose row is marked (0: none). */
  from: number;
  id: string;
}

/** The columns' headings, which each cell also carries for a phone's stacked rows. */
const COLUMNS = {
  parameter: 'parameter',
  backprop: 'backpropagation',
  estimate: 'central difference',
  relative: 'relative difference',
  agree: 'agree?',
} as const;

/** Decimals of the derivatives and their estimates: enough to see an estimate that is off. */
const DIGITS = 6;

interface CellProps {
  /** The derivative's key as the chapter's gradient check names it: `fd(dL/dw3_7)`. */
  check: string;
  /** The column's name, shown before the cell when the table stacks on a phone. */
  label: string;
  value: number;
  text: string;
}

/** A number cell of the check, readable by key as the page's live numbers are. */
function Cell({ check, label, value, text }: CellProps) {
  return (
    <td data-check={check} data-value={String(value)} data-label={label}>
      {text}
    </td>
  );
}

export function CheckTable({ view, node, from, id }: CheckTableProps) {
  const rows = checkNode(view.value, node);
  const captionId = `${id}-check-caption`;
  return (
    <>
      <p class="lab-check-note">
        Each estimate moves one parameter by ε = {powerOfTen(CHECK_POWER)} either way and divides
        the change of the loss by 2ε. Backpropagation and the estimate agree when their relative
        difference is at most {scientific(AGREEMENT)}.
      </p>
      <div class="table-fit">
        <table class="lab-table" aria-describedby={captionId}>
          <caption id={captionId}>
            The derivatives of the loss of the sample on view with respect to node {node}’s weights
            and bias, at the epoch on view
          </caption>
          <thead>
            <tr>
              {Object.values(COLUMNS).map((name) => (
                <th key={name} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, symbol: [base, sub], backprop, estimate, relative }) => (
              <tr key={key} class={key === weightKeyOf(from, node) ? 'is-chosen' : undefined}>
                <th scope="row" data-label={COLUMNS.parameter}>
                  <var>{base}</var>
                  <sub>{sub}</sub>
                </th>
                <Cell
                  check={`dL/d${key}`}
                  label={COLUMNS.backprop}
                  value={backprop}
                  text={formatNumber(backprop, DIGITS)}
                />
                <Cell
                  check={`fd(dL/d${key})`}
                  label={COLUMNS.estimate}
                  value={estimate}
                  text={formatNumber(estimate, DIGITS)}
                />
                <Cell
                  check={`reldiff(dL/d${key})`}
                  label={COLUMNS.relative}
                  value={relative}
                  text={scientific(relative)}
                />
                <td data-label={COLUMNS.agree}>{relative <= AGREEMENT ? 'yes' : 'no'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
