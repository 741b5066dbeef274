/**
 * A table of samples the reader edits (the training chapters' x₁, x₂, x₃ → y, the lab's own
 * x₁, x₂ → y): a box per value, a button to add a sample and one to remove each, and the whole
 * table as text to copy or to replace by pasting CSV. Every box is a native text input named by
 * its row and column headers ("Sample 3 x2"). The table is one setting of a store, a flat list
 * whose rules (columns, bounds, limit) come from `sampleTable` (state/samples.ts).
 *
 * A typed value is applied when the reader leaves the box (Tab) or presses Enter, never key by
 * key, so a half-typed "0," or "-" is not applied on the way; Escape puts the value back. A value
 * or a text the table cannot take is refused with a sentence that names the sample and the column
 * (`role="alert"`), and the store keeps its last good table, so the plots never show a table that
 * was refused.
 */
import { useComputed, useSignal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Checked } from '../../state/codecs.ts';
import { formatLimit } from '../../state/format.ts';
import type { SampleTableRules } from '../../state/samples.ts';
import type { Store } from '../../state/store.ts';
import { useMountedSignal } from '../useStore.ts';
import { TYPED_BOX } from '../typedBox.ts';

interface Props {
  store: Store;
  /** The store's setting that holds the table. */
  setting: string;
  rules: SampleTableRules;
  idPrefix: string;
  /** What an applied value does, said first in the hint: "every run trains again on the new table". */
  retrains: string;
}

/** What every cell of one table shares: the values on show and the table's one message. */
interface Table {
  readonly store: Store;
  readonly setting: string;
  readonly rules: SampleTableRules;
  readonly id: string;
  readonly samples: ReadonlySignal<readonly number[]>;
  /** Why the last edit was refused ('' when it was not). */
  readonly message: Signal<string>;
  /** The cell whose box shows refused text (−1: none). */
  readonly invalid: Signal<number>;
}

/** A column's name as a stacked row labels its cell: x₁, x₂, x₃, y. */
function columnLabel(name: string): string {
  return name[0] + [...name.slice(1)].map((digit) => '₀₁₂₃₄₅₆₇₈₉'[Number(digit)]).join('');
}

/** A value as its box shows it: the shortest decimal, an ASCII minus. */
const cellText = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The store's table now. */
const current = ({ store, setting }: Table) => store.settings.peek()[setting] as readonly number[];

/** Applies a new table: '' when the store took it, or why not, ending with what was kept. */
function apply(table: Table, next: Checked<readonly number[]>, kept: string): string {
  const result = next.ok ? table.store.set(table.setting, next.value) : next;
  return result.ok ? '' : `${result.message} ${kept}`;
}

/** What a box shows: the store's value, or the reader's draft from the first key until done. */
function useDraft(shown: ReadonlySignal<string>) {
  const text = useSignal(shown.peek());
  const editing = useSignal(false);
  const value = useComputed(() => (editing.value ? text.value : shown.value));
  const onInput = (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    editing.value = true;
    text.value = event.currentTarget.value;
  };
  return { text, editing, value, onInput };
}

/** One value of the table in its own box. */
function Cell({ table, row, column }: { table: Table; row: number; column: number }) {
  const { rules } = table;
  const index = row * rules.width + column;
  const { text, editing, value, onInput } = useDraft(
    useComputed(() => cellText(table.samples.value[index])),
  );
  const invalid = useComputed(() => table.invalid.value === index);

  /** Applies the typed value; on refusal says why and keeps the old table. */
  const commit = (leaving: boolean) => {
    const before = current(table);
    const parsed = rules.parseCell(text.peek(), row, column);
    const next: Checked<readonly number[]> = parsed.ok
      ? { ok: true, value: rules.withCell(before, row, column, parsed.value) }
      : parsed;
    table.message.value = apply(table, next, `Kept ${cellText(before[index])}.`);
    const accepted = table.message.peek() === '';
    // Refused text stays in the box while the reader is still in it; leaving puts the value back.
    table.invalid.value = accepted || leaving ? -1 : index;
    if (accepted || leaving) editing.value = false;
  };
  const onKey = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(false);
    } else if (event.key === 'Escape' && editing.peek()) {
      event.preventDefault();
      editing.value = false;
      if (table.invalid.peek() === index) table.invalid.value = -1;
    }
  };
  const onBlur = () => {
    if (editing.peek()) commit(true);
  };
  return (
    <td data-label={columnLabel(rules.columns[column]!)}>
      <input
        id={`${table.id}-cell-${index}`}
        {...TYPED_BOX}
        class="setting-box samples-cell"
        inputMode="decimal"
        aria-labelledby={`${table.id}-row-${row} ${table.id}-col-${column}`}
        aria-invalid={invalid}
        value={value}
        onInput={onInput}
        onKeyDown={onKey}
        onBlur={onBlur}
      />
    </td>
  );
}

/** The table as text: to copy, or to replace by pasting. */
function TextBox({ table }: { table: Table }) {
  const { rules } = table;
  const id = `${table.id}-text`;
  const { text, editing, value, onInput } = useDraft(
    useComputed(() => rules.toText(table.samples.value)),
  );
  const message = useSignal('');
  const use = () => {
    const kept = `Kept the ${current(table).length / rules.width} samples before.`;
    message.value = apply(table, rules.parseText(text.peek()), kept);
    if (message.peek() === '') {
      editing.value = false;
      table.message.value = '';
      table.invalid.value = -1;
    }
  };
  const invalid = message.value !== '';
  return (
    <details class="samples-text">
      <summary>The samples as text: copy them, or paste your own</summary>
      <label for={id} class="samples-text-label">
        One sample per line, {rules.columns.join(', ')}, separated by commas, semicolons or tabs (a
        header row is optional; with semicolons or tabs a decimal comma works too)
      </label>
      <textarea
        id={id}
        class="setting-box samples-textarea"
        rows={8}
        spellcheck={false}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-message` : undefined}
        onInput={onInput}
      />
      <button type="button" class="reset-button" onClick={use}>
        Use this text
      </button>
      <p id={`${id}-message`} class="setting-message is-error" role="alert">
        {message}
      </p>
    </details>
  );
}

export function SampleTable({ store, setting, rules, idPrefix, retrains }: Props) {
  const mounted = useMountedSignal();
  const samples = useComputed(
    () => (mounted.value ? store.settings.value[setting] : store.defaults[setting]) as number[],
  );
  const message = useSignal('');
  const invalid = useSignal(-1);
  const table: Table = useMemo(
    () => ({ store, setting, rules, id: `${idPrefix}-samples`, samples, message, invalid }),
    [store, setting, rules, idPrefix, samples, message, invalid],
  );
  const { width, columns, minRows, maxRows, limit } = rules;
  // The rows are drawn again when their number changes, and only then.
  const rows = useComputed(() => samples.value.length / width).value;
  /** The element to focus once the rows have been drawn again. */
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current) document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  }, [rows]);

  const add = () => {
    const count = current(table).length / width;
    if (count >= maxRows) {
      table.message.value = `The table already holds ${maxRows} samples, the most it takes.`;
      return;
    }
    table.message.value = apply(
      table,
      { ok: true, value: rules.withSample(current(table)) },
      `Kept the ${count} samples.`,
    );
    if (table.message.peek() === '') focusNext.current = `${table.id}-cell-${count * width}`;
  };
  const remove = (row: number) => {
    const count = current(table).length / width;
    if (count <= minRows) {
      table.message.value = `The table needs at least ${minRows} samples: sample ${row + 1} stays.`;
      return;
    }
    table.message.value = apply(
      table,
      { ok: true, value: rules.withoutSample(current(table), row) },
      `Kept sample ${row + 1}.`,
    );
    if (table.message.peek() === '') {
      table.invalid.value = -1;
      focusNext.current = `${table.id}-remove-${Math.min(row, count - 2)}`;
    }
  };

  const { id } = table;
  return (
    <section class="samples" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} class="widget-part-heading">
        The samples
      </h3>
      <p id={`${id}-hint`} class="widget-part-note">
        Type a value and press Tab or Enter: {retrains}. Values from {formatLimit(-limit)} to{' '}
        {formatLimit(limit)} (a decimal comma works too), {minRows} to {maxRows} samples.
      </p>
      <div class="samples-table-box table-fit">
        <table class="samples-table">
          <caption class="sr-only">
            The training samples: the inputs {columns.slice(0, -1).join(', ')} and the target{' '}
            {columns[width - 1]} of each
          </caption>
          <thead>
            <tr>
              <th scope="col">sample</th>
              {columns.map((name, column) => (
                <th key={name} scope="col" id={`${id}-col-${column}`}>
                  {name[0]}
                  {name.length > 1 && <sub>{name.slice(1)}</sub>}
                </th>
              ))}
              <th scope="col">
                <span class="sr-only">remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row}>
                <th scope="row" id={`${id}-row-${row}`} data-label="sample">
                  <span class="sr-only">Sample </span>
                  {row + 1}
                </th>
                {columns.map((name, column) => (
                  <Cell key={name} table={table} row={row} column={column} />
                ))}
                <td>
                  <button
                    type="button"
                    id={`${id}-remove-${row}`}
                    class="reset-button samples-remove"
                    aria-label={`Remove sample ${row + 1}`}
                    onClick={() => remove(row)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="samples-actions">
        <button type="button" class="reset-button" onClick={add}>
          Add a sample
        </button>
      </p>
      <p class="setting-message is-error" role="alert">
        {table.message}
      </p>
      <TextBox table={table} />
    </section>
  );
}
