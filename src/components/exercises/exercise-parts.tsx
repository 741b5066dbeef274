/**
 * What every exercise widget draws alike: the answer box (its label naming the quantity asked
 * for, a native text box where Enter checks, the Check button), the verdict's words for an empty
 * or unreadable answer, and a number marked as every number of the page is.
 */
import type { Signal } from '@preact/signals';
import type { AnswerCheck } from '../../state/answers.ts';
import type { ComponentChildren, RefObject, TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { TYPED_BOX } from '../typedBox.ts';

interface Props {
  /** Prefixes the box's id (`<idPrefix>-answer`) and names its verdict (`<idPrefix>-verdict`). */
  idPrefix: string;
  /** The quantity asked for, as its symbol. */
  asks: ComponentChildren;
  /** The text typed, kept by the widget. */
  text: Signal<string>;
  box: RefObject<HTMLInputElement>;
  /** True while the verdict says the answer is wrong or unreadable. */
  invalid: boolean;
  check: () => void;
  /** Words after "Check" for a screen reader, where a page has several exercises. */
  checkSuffix?: ComponentChildren;
}

/** An exercise's label, answer box and Check button. */
export function AnswerEntry({ idPrefix, asks, text, box, invalid, check, checkSuffix }: Props) {
  return (
    <div class="exercise-entry">
      <label for={`${idPrefix}-answer`} class="exercise-label">
        Your answer for {asks}
      </label>
      <input
        ref={box}
        id={`${idPrefix}-answer`}
        {...TYPED_BOX}
        class="nn-field exercise-input"
        inputMode="decimal"
        value={text.value}
        aria-invalid={invalid ? 'true' : 'false'}
        aria-describedby={`${idPrefix}-verdict`}
        onInput={(event: TargetedEvent<HTMLInputElement>) => {
          text.value = event.currentTarget.value;
        }}
        onKeyDown={(event: TargetedKeyboardEvent<HTMLInputElement>) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          check();
        }}
      />
      <button type="button" class="nn-button" onClick={check}>
        Check{checkSuffix}
      </button>
    </div>
  );
}

/** A verdict in words: the widget's own for a right or a wrong answer, the same for the rest. */
export function verdictWords(check: AnswerCheck, right: string, wrong: string): string {
  switch (check.status) {
    case 'empty':
      return 'Type an answer first.';
    case 'unreadable':
      return check.message;
    case 'right':
      return right;
    case 'wrong':
      return wrong;
  }
}

/** A number marked for the page: its key (`data-quantity`), full value and text as shown. */
export function MarkedNumber({
  quantity,
  value,
  text,
  parenthesise = false,
}: {
  quantity: string;
  value: number;
  text: string;
  /** Writes a negative number in parentheses, as a factor or after an operator. */
  parenthesise?: boolean;
}) {
  return (
    <span class="live-number" data-quantity={quantity} data-value={String(value)}>
      {parenthesise && value < 0 ? `(${text})` : text}
    </span>
  );
}
