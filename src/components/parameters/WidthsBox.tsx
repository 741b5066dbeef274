/**
 * The box a reader types layer widths into: "3, 2, 1", "3 2 1" or "[3,2,1]", in the parameter
 * counter and in the lab. Any store with a `widths` setting can have one: the setting's codec
 * reads the text and says what is wrong with it, so each widget keeps its own limits.
 *
 * The text is read by the widths setting's codec and applied when it is complete: at Enter, on
 * leaving the box, or at a pause in typing if it already reads as a network (a pause never shows
 * a refusal: "1" on the way to "10, 20, 3" is not a mistake). A refused text stays in the box,
 * marked invalid, with a message that says what is wrong, and the widget keeps the widths it
 * had before the edit. Escape puts the widths in force back in the box.
 */
import { useSignal, type Signal } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import type { Store } from '../../state/store.ts';
import { TYPED_BOX, TYPING_PAUSE_MS } from '../typedBox.ts';
import { useDomEffect } from '../useStore.ts';

/** A store with a `widths` setting: the parameter counter's, the lab's. */
type WidthsStore = Store;

/** The box's state, shared with the presets and the reset button, which set it back. */
export interface WidthsBoxState {
  readonly text: Signal<string>;
  readonly error: Signal<string>;
  /** Shows the store's widths in the box, with no message. */
  show(): void;
}

const widthsOf = (store: WidthsStore) => store.settings.peek()['widths'] as readonly number[];

/** The box's text and message, following the store while the reader is not typing. */
export function useWidthsBox(store: WidthsStore): WidthsBoxState {
  const codec = store.setting('widths')!.codec;
  const text = useSignal(codec.format(store.defaults['widths']));
  const error = useSignal('');
  const state = useRef<WidthsBoxState | null>(null);
  state.current ??= {
    text,
    error,
    show() {
      text.value = codec.format(widthsOf(store));
      error.value = '';
    },
  };
  return state.current;
}

interface Props {
  store: WidthsStore;
  box: WidthsBoxState;
  id: string;
  /** The line under the box: what to type, and what Enter does. */
  hint?: string;
  /** What a refusal adds: the widths the widget keeps, as the codec writes them. */
  kept?: (widths: string) => string;
}

const COUNTER_HINT =
  'Nodes in each layer, inputs first, separated by commas or spaces; Enter counts them.';
const COUNTS_KEPT = (widths: string) => `The counts are still those of ${widths}.`;

export function WidthsBox({ store, box, id, hint = COUNTER_HINT, kept = COUNTS_KEPT }: Props) {
  const definition = store.setting('widths')!;
  const { codec, label } = definition;
  /** True from the reader's first key in the box until Enter, Escape or leaving it. */
  const editing = useRef(false);
  /** The widths counted before this edit: a refusal puts them back. */
  const before = useRef<readonly number[]>(widthsOf(store));
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // While the reader is not typing here, the box follows the store (a preset, a reset, a link).
  useDomEffect(() => {
    const widths = store.settings.value['widths'] as readonly number[];
    if (!editing.current) {
      box.text.value = codec.format(widths);
      box.error.value = '';
    }
  });

  /** Applies the box's widths; on refusal keeps the text, says why and restores the count. */
  function commit(quiet: boolean): boolean {
    clearTimeout(pause.current);
    const parsed = codec.parse(box.text.value, label);
    const result = parsed.ok ? store.set('widths', parsed.value) : parsed;
    if (result.ok) {
      box.error.value = '';
      before.current = widthsOf(store);
      return true;
    }
    if (quiet) return false;
    if (!codec.equals(widthsOf(store), before.current)) store.set('widths', before.current);
    box.error.value = `${result.message} ${kept(codec.format(before.current))}`;
    return false;
  }

  function onTyped(event: TargetedEvent<HTMLInputElement>): void {
    if (!editing.current) {
      before.current = widthsOf(store);
      editing.current = true;
    }
    box.text.value = event.currentTarget.value;
    clearTimeout(pause.current);
    pause.current = setTimeout(() => commit(true), TYPING_PAUSE_MS);
  }

  /** Ends an edit: accepted widths are shown as the counter writes them; refused text stays. */
  function finish(): void {
    const accepted = commit(false);
    editing.current = false;
    if (accepted) box.show();
  }

  function onKey(event: TargetedKeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish();
    } else if (event.key === 'Escape' && (editing.current || box.error.value)) {
      event.preventDefault();
      clearTimeout(pause.current);
      if (editing.current && !codec.equals(widthsOf(store), before.current)) {
        store.set('widths', before.current);
      }
      editing.current = false;
      box.show();
    }
  }

  function onBlur(): void {
    if (editing.current) finish();
  }

  const boxId = `${id}-widths`;
  const messageId = `${id}-widths-message`;
  const hintId = `${id}-widths-hint`;
  const invalid = box.error.value !== '';
  return (
    <div class="counter-input">
      <label for={boxId} class="counter-input-label">
        {label}
      </label>
      <input
        id={boxId}
        {...TYPED_BOX}
        class="counter-box"
        inputMode="text"
        value={box.text}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${messageId} ${hintId}` : hintId}
        onInput={onTyped}
        onKeyDown={onKey}
        onBlur={onBlur}
      />
      <p id={hintId} class="counter-hint">
        {hint}
      </p>
      <p id={messageId} class={`counter-message${invalid ? ' is-error' : ''}`} role="alert">
        {box.error}
      </p>
    </div>
  );
}
