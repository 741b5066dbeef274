/**
 * A text box a reader types one value into, applied when it is complete: at Enter, on leaving the
 * box, or after a pause. While the reader types, the box shows their text; otherwise it shows the
 * store's value. A refused value stays in the box, marked `aria-invalid`, with the reason in the
 * widget's alert, and the store keeps its last good state; Escape puts the store's value back.
 *
 * The widget holds what is being typed (one box at a time) in one `Edit` signal, so its single
 * alert always speaks of the box being edited.
 */
import type { Signal } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import type { SetResult } from '../../state/store.ts';
import { TYPED_BOX, TYPING_PAUSE_MS } from '../typedBox.ts';
import type { Edit } from './useView.ts';

interface Props {
  id: string;
  /** This box's name in the widget's `Edit`. */
  box: string;
  /** The store's value, as the box shows it when the reader is not typing. */
  shown: string;
  edit: Signal<Edit | null>;
  /** Applies typed text: the store's answer. */
  apply: (text: string) => SetResult;
  /** What the box says after its value was refused: "Kept 12.500." */
  kept: () => string;
  /** Ids of the visible text that names the box. */
  labelledBy: string;
  /** The id of the widget's alert. */
  messageId: string;
  /** Up and down arrows: the text one step up or down, when the box has steps. */
  step?: (text: string, direction: 1 | -1) => string;
  class?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

export function EditBox(props: Props) {
  const { id, box, shown, edit, apply, kept, labelledBy, messageId, step } = props;
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mine = edit.value?.box === box ? edit.value : null;

  /** Applies the text in the box; keeps it, marked, when refused. */
  function commit(text: string): boolean {
    clearTimeout(pause.current);
    const result = apply(text);
    edit.value = { box, text, message: result.ok ? '' : `${result.message} ${kept()}` };
    return result.ok;
  }

  function onInput(event: TargetedEvent<HTMLInputElement>): void {
    const text = event.currentTarget.value;
    edit.value = { box, text, message: '' };
    clearTimeout(pause.current);
    pause.current = setTimeout(() => commit(text), TYPING_PAUSE_MS);
  }

  function onKeyDown(event: TargetedKeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (commit(event.currentTarget.value)) edit.value = null;
    } else if (event.key === 'Escape' && mine) {
      event.preventDefault();
      clearTimeout(pause.current);
      edit.value = null;
    } else if (step && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      if (commit(step(event.currentTarget.value, event.key === 'ArrowUp' ? 1 : -1))) {
        edit.value = null;
      }
    }
  }

  function onBlur(event: TargetedEvent<HTMLInputElement>): void {
    if (!mine || mine.message !== '') return;
    if (commit(event.currentTarget.value)) edit.value = null;
  }

  const invalid = mine !== null && mine.message !== '';
  return (
    <input
      id={id}
      {...TYPED_BOX}
      class={props.class}
      inputMode={props.inputMode ?? 'decimal'}
      value={mine ? mine.text : shown}
      aria-labelledby={labelledBy}
      aria-invalid={invalid}
      aria-describedby={invalid ? messageId : undefined}
      onInput={onInput}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    />
  );
}
