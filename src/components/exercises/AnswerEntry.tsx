/**
 * The answer box of an exercise, as every exercise widget draws it: its label naming the quantity
 * asked for, a native text box (Enter checks) and the Check button. The verdict is the widget's.
 */
import type { Signal } from '@preact/signals';
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
