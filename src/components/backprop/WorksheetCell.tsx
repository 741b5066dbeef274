/** One blank of the worksheet: its box, its verdict and its step worked out. */
import { useSignal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { checkAnswer } from '../../state/answers.ts';
import { networkKind } from '../network/network.kind.ts';
import type { Store } from '../../state/store.ts';
import { quantityText } from '../quantity-symbols.ts';
import { TYPED_BOX } from '../typedBox.ts';
import { OperationFormula, readerOf, Sym } from './OperationFormula.tsx';
import type { Blank } from './worksheet-blanks.ts';
import { verdictText, type Entry } from './worksheet-entries.ts';

interface CellProps {
  blank: Blank;
  entry: Signal<Entry>;
  store: Store;
  mounted: ReadonlySignal<boolean>;
  idPrefix: string;
  onCheck: (key: string) => void;
}

/**
 * One blank: its label, box, Check and Show the step, its verdict and its step. It reads the
 * store only while it has a verdict or an open step, so a change of the network renders again
 * only the blanks that show something of it.
 */
export function BlankCell({ blank, entry, store, mounted, idPrefix, onCheck }: CellProps) {
  const { key, operation } = blank;
  const open = useSignal(false);
  const { text, checked, verdictThen } = entry.value;
  const isOpen = open.value;
  const read = checked || isOpen ? readerOf(store, mounted) : undefined;
  const verdict = checked && read ? checkAnswer(text, read(key)) : undefined;
  const status = verdict?.status ?? 'empty';
  const name = quantityText(key);
  const invalid = status === 'wrong' || status === 'unreadable';
  return (
    <li class={`worksheet-cell is-${status}`}>
      <div class="worksheet-entry">
        <label for={`${idPrefix}-answer`} class="worksheet-label">
          <span aria-hidden="true">
            <Sym quantity={key} />
          </span>
          <span class="sr-only">{name}</span>
        </label>
        <input
          id={`${idPrefix}-answer`}
          {...TYPED_BOX}
          class="worksheet-input"
          inputMode="decimal"
          value={text}
          aria-invalid={invalid ? 'true' : 'false'}
          aria-describedby={`${idPrefix}-verdict`}
          onInput={(event: TargetedEvent<HTMLInputElement>) => {
            // A new text has no verdict until the reader asks again.
            entry.value = { text: event.currentTarget.value, checked: false };
          }}
          onKeyDown={(event: TargetedKeyboardEvent<HTMLInputElement>) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onCheck(key);
          }}
          onBlur={() => {
            if (!entry.peek().checked) onCheck(key);
          }}
        />
        <button type="button" class="worksheet-button" onClick={() => onCheck(key)}>
          Check<span class="sr-only"> {name}</span>
        </button>
        <button
          type="button"
          class="worksheet-button"
          aria-expanded={isOpen ? 'true' : 'false'}
          aria-controls={`${idPrefix}-step`}
          onClick={() => (open.value = !open.peek())}
        >
          Show the step<span class="sr-only"> for {name}</span>
        </button>
      </div>
      <p id={`${idPrefix}-verdict`} class="worksheet-verdict">
        {verdict && status !== 'empty' && (
          <>
            <span class="worksheet-icon" aria-hidden="true">
              {status === 'right' ? '✓' : status === 'wrong' ? '✗' : '?'}
            </span>{' '}
            {verdictText(verdict, verdictThen)}
          </>
        )}
      </p>
      <div id={`${idPrefix}-step`} class="worksheet-step" hidden={!isOpen}>
        {isOpen && read && (
          <OperationFormula operation={operation} kind={networkKind} read={read} showTerms />
        )}
      </div>
    </li>
  );
}
