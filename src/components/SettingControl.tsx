/**
 * One number setting of a store as a reader edits it: a slider for quick exploration and a box
 * for exact values, both native inputs named by one visible label (x1, λ1,4, b4, …).
 *
 * The box is a text input with the spinbutton role, not `type="number"`: a number input drops a
 * decimal comma without a word ("0,7" became 7) and hides half-typed text from the page. Here the
 * reader's text is read by the setting's codec, which accepts "0,7" as 0.7 and refuses what it
 * cannot read unambiguously.
 *
 * A typed number is applied when it is complete: at Enter, on leaving the box, or when the reader
 * pauses. Keys are never applied one by one, so typing "25" never sets 2 on the way. A refused
 * number puts back the last value applied (the one from before the edit) and says why, next to
 * the box; Escape does the same without a word.
 */
import { useComputed, useSignal } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import type { NumberCodec } from '../state/codecs.ts';
import { formatNumber } from '../state/format.ts';
import { highlightOf } from '../state/highlight.ts';
import { FIXED_BY_LINK, NO_PRESET, type Store } from '../state/store.ts';
import { QuantitySymbol } from './QuantitySymbol.tsx';
import { TYPED_BOX, TYPING_PAUSE_MS } from './typedBox.ts';
import { useDomEffect, useMountedSignal } from './useStore.ts';

interface Props {
  store: Store;
  setting: string;
  /** Makes element ids unique when a page shows the same control twice. */
  idPrefix: string;
  /** Words that name the control instead of its symbol ("learning rate η", "target y"). */
  label?: string | undefined;
}

/** The box's text for a value: the codec's decimals, plain ASCII minus. */
function boxText(codec: NumberCodec, value: number): string {
  return formatNumber(value, codec.digits).replace('\u2212', '-');
}

/** Decimals of a step (0.01 → 2), to print a stepped value without float noise. */
function stepDecimals(step: number): number {
  const text = String(step);
  return text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
}

/**
 * The next value on the step grid above (direction 1) or below (−1), as a number input steps:
 * from a value on the grid one step on; from a value between two, to the nearer one that way.
 */
function stepped(codec: NumberCodec, value: number, direction: 1 | -1): number {
  const position = (value - codec.min) / codec.step;
  const onGrid = Math.abs(position - Math.round(position)) < 1e-9;
  const next = onGrid
    ? Math.round(position) + direction
    : direction === 1
      ? Math.ceil(position)
      : Math.floor(position);
  const result = codec.min + next * codec.step;
  const rounded = Number(result.toFixed(stepDecimals(codec.step)));
  return Math.min(codec.max, Math.max(codec.min, rounded));
}

export function SettingControl({ store, setting, idPrefix, label: words }: Props) {
  const definition = store.setting(setting);
  if (!definition || (definition.codec.type !== 'number' && definition.codec.type !== 'integer')) {
    throw new RangeError(`${store.name} has no number setting ${setting}`);
  }
  const codec = definition.codec as NumberCodec;
  const { label } = definition;
  const starting = store.defaults[setting] as number;
  const mounted = useMountedSignal();
  /** The value the control shows: the starting one while hydrating, then the store's. */
  const shown = useComputed(() =>
    mounted.value ? (store.settings.value[setting] as number) : starting,
  );
  const highlighted = highlightOf(store.name);

  // The slider, the box and their attributes are bound to signals: a change of the value rewrites
  // them without rendering the control again.
  const text = useSignal(boxText(codec, starting));
  /** True from the reader's first key in the box until Enter, Escape or leaving it. */
  const editing = useSignal(false);
  /** Why the number in the box was refused; shown while the box shows it. */
  const error = useSignal('');
  /** A refusal the reader may not have seen (it happened as they left the box). */
  const note = useSignal('');
  /** The last value applied, before the number now being typed: a refusal puts it back. */
  const before = useRef(starting);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // While the reader is not typing here, the box follows the store (a slider, a reset, a link).
  useDomEffect(() => {
    const value = shown.value;
    if (!editing.value) text.value = boxText(codec, value);
  });
  // A setting bounded by others (the epoch on view by the number of epochs) slides within them.
  const sliderRange = useComputed(() => {
    const bounds = definition.bounds?.(mounted.value ? store.settings.value : store.defaults);
    return {
      min: Math.max(codec.sliderMin, bounds?.min ?? -Infinity),
      max: Math.min(codec.sliderMax, bounds?.max ?? Infinity),
    };
  });
  const sliderMin = useComputed(() => sliderRange.value.min);
  const sliderMax = useComputed(() => sliderRange.value.max);
  const sliderValue = useComputed(() =>
    Math.min(sliderMax.value, Math.max(sliderMin.value, shown.value)),
  );
  const spoken = useComputed(() => codec.format(shown.value));
  const rowClass = useComputed(
    () => `setting${highlighted.value === setting ? ' is-highlighted' : ''}`,
  );

  const current = () => store.settings.peek()[setting] as number;

  /** Applies the box's number; on refusal puts back the value from before the edit. */
  function commit(): boolean {
    clearTimeout(pause.current);
    const parsed = codec.parse(text.value, label);
    const result = parsed.ok ? store.set(setting, parsed.value) : parsed;
    if (result.ok) {
      error.value = '';
      before.current = current();
      return true;
    }
    if (current() !== before.current) store.set(setting, before.current);
    // The value in force now, which a fixed setting never left (not the chapter's start).
    error.value = `${result.message} Kept ${codec.format(current())}.`;
    return false;
  }

  /** Ends the edit: the box shows the store's value again. */
  function finish(): void {
    clearTimeout(pause.current);
    editing.value = false;
    error.value = '';
    text.value = boxText(codec, current());
  }

  function onTyped(event: TargetedEvent<HTMLInputElement>): void {
    if (!editing.value) {
      before.current = current();
      editing.value = true;
    }
    note.value = '';
    text.value = event.currentTarget.value;
    clearTimeout(pause.current);
    pause.current = setTimeout(commit, TYPING_PAUSE_MS);
  }

  function onKey(event: TargetedKeyboardEvent<HTMLInputElement>): void {
    if (!editing.value) before.current = current();
    if (event.key === 'Enter') {
      event.preventDefault();
      if (commit()) finish();
    } else if (event.key === 'Escape' && editing.value) {
      event.preventDefault();
      store.set(setting, before.current);
      finish();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      if (!editing.value) {
        before.current = current();
        editing.value = true;
      }
      // A fixed setting does not step: the store refuses it and says what is in force.
      if (store.preset.peek().lock.has(setting)) {
        commit();
        return;
      }
      const typed = codec.parse(text.value, label);
      const next = stepped(
        codec,
        typed.ok ? typed.value : current(),
        event.key === 'ArrowUp' ? 1 : -1,
      );
      text.value = String(next);
      commit();
    }
  }

  function onBlur(): void {
    if (!editing.value) return;
    const seen = error.value !== '';
    const accepted = commit();
    // A refusal made only now, as the reader left, stays as a note; one they saw goes with the text.
    note.value = accepted || seen ? '' : error.value;
    finish();
  }

  function onSlid(event: TargetedEvent<HTMLInputElement>): void {
    if (editing.value) finish();
    note.value = '';
    const result = store.set(setting, Number(event.currentTarget.value));
    error.value = result.ok ? '' : result.message;
  }

  // An instructor's link may fix this setting (shown, not editable) or hide its control. Read
  // once mounted: hydration keeps the server's attributes, so the first render must match them.
  const { lock, hide } = mounted.value ? store.preset.value : NO_PRESET;
  if (hide.has(setting)) return null;
  const fixed = lock.has(setting);

  const baseId = `${idPrefix}-${setting}`;
  const labelId = `${baseId}-label`;
  const messageId = `${baseId}-message`;
  const invalid = error.value !== '';
  const message = error.value || note.value || (fixed ? FIXED_BY_LINK : '');
  return (
    <div
      class={rowClass}
      onFocusIn={() => (highlighted.value = setting)}
      onFocusOut={() => (highlighted.value = null)}
      onPointerEnter={() => (highlighted.value = setting)}
      onPointerLeave={() => (highlighted.value = null)}
    >
      <label
        id={labelId}
        for={`${baseId}-box`}
        class="setting-label"
        title={definition.description}
      >
        {words ?? <QuantitySymbol symbol={definition.symbol} />}
      </label>
      <input
        type="range"
        class="setting-slider"
        aria-labelledby={labelId}
        aria-valuetext={spoken}
        min={sliderMin}
        max={sliderMax}
        step={codec.step}
        value={sliderValue}
        disabled={fixed}
        onInput={onSlid}
      />
      <input
        id={`${baseId}-box`}
        {...TYPED_BOX}
        role="spinbutton"
        class="setting-box"
        inputMode="decimal"
        aria-valuenow={shown}
        aria-valuemin={codec.min}
        aria-valuemax={codec.max}
        value={text}
        readOnly={fixed}
        aria-readonly={fixed}
        aria-invalid={invalid}
        aria-describedby={message ? messageId : undefined}
        onInput={onTyped}
        onKeyDown={onKey}
        onBlur={onBlur}
      />
      <p id={messageId} class={`setting-message${invalid ? ' is-error' : ''}`} role="alert">
        {message}
      </p>
    </div>
  );
}
