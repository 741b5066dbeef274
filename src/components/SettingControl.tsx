/**
 * One settable quantity as a reader edits it: a slider for quick exploration and a number box for
 * exact values, both native inputs named by one visible label (x1, λ1,4, b4, …).
 *
 * Why the number box keeps its own text: a reader typing "-0." is halfway to a number, and
 * rewriting the box under the cursor would fight them. The box shows the store's value whenever
 * the reader is not typing in it; a refused value leaves the page in its last good state and a
 * message under the control says what happened.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { setSetting, view } from '../state/by-hand-store.ts';
import { highlighted } from '../state/highlight.ts';
import { formatNumber, parseTypedNumber } from '../state/format.ts';
import { readQuantity, settingSpec, type SettingKey } from '../state/quantities.ts';
import { QuantitySymbol } from './QuantitySymbol.tsx';
import { usePageValue } from './usePageView.ts';

interface Props {
  setting: SettingKey;
  /** Makes element ids unique when a page shows the same control twice. */
  idPrefix: string;
}

/** Decimals in the number box: the precision of the equations, enough for slider steps. */
const BOX_DIGITS = 3;

/** The number-box text for a value: plain ASCII so the browser accepts it as a number. */
function boxText(value: number): string {
  return formatNumber(value, BOX_DIGITS).replace('\u2212', '-');
}

export function SettingControl({ setting, idPrefix }: Props) {
  const spec = settingSpec(setting);
  if (!spec) throw new RangeError(`no setting named ${setting}`);
  const value = usePageValue(setting);
  const typing = useSignal(false);
  const text = useSignal(boxText(value));
  const message = useSignal('');

  // While the reader is not typing here, the box follows the store (a slider, a reset, a link).
  useSignalEffect(() => {
    const current = readQuantity(setting, view.value) ?? 0;
    if (!typing.value) text.value = boxText(current);
  });

  const baseId = `${idPrefix}-${setting}`;
  const labelId = `${baseId}-label`;
  const messageId = `${baseId}-message`;

  function apply(next: number | undefined): void {
    if (next === undefined) {
      message.value = `${spec!.label} needs a number, such as ${boxText(value)}. Kept ${formatNumber(value)}.`;
      return;
    }
    const result = setSetting(setting, next);
    message.value = result.ok ? '' : result.message;
  }

  function onTyped(event: TargetedEvent<HTMLInputElement>): void {
    const input = event.currentTarget;
    typing.value = true;
    text.value = input.value;
    // A number box reports "" both when empty and when its text is not a number.
    apply(input.validity.badInput ? undefined : parseTypedNumber(input.value));
  }

  function onSlid(event: TargetedEvent<HTMLInputElement>): void {
    apply(Number(event.currentTarget.value));
  }

  function onBlur(): void {
    typing.value = false;
    text.value = boxText(readQuantity(setting, view.value) ?? 0);
  }

  const sliderValue = Math.min(spec.sliderMax, Math.max(spec.sliderMin, value));
  const invalid = message.value !== '';
  return (
    <div
      class={`setting${highlighted.value === setting ? ' is-highlighted' : ''}`}
      onFocusIn={() => (highlighted.value = setting)}
      onFocusOut={() => (highlighted.value = null)}
      onPointerEnter={() => (highlighted.value = setting)}
      onPointerLeave={() => (highlighted.value = null)}
    >
      <label id={labelId} for={`${baseId}-box`} class="setting-label" title={spec.description}>
        <QuantitySymbol symbol={spec.symbol} />
      </label>
      <input
        type="range"
        class="setting-slider"
        aria-labelledby={labelId}
        aria-valuetext={formatNumber(value)}
        min={spec.sliderMin}
        max={spec.sliderMax}
        step={spec.step}
        value={sliderValue}
        onInput={onSlid}
      />
      <input
        id={`${baseId}-box`}
        type="number"
        class="setting-box"
        inputMode="decimal"
        min={spec.min}
        max={spec.max}
        step={spec.step}
        value={text.value}
        aria-invalid={invalid}
        aria-describedby={invalid ? messageId : undefined}
        onInput={onTyped}
        onBlur={onBlur}
      />
      <p id={messageId} class="setting-message" role="status">
        {message.value}
      </p>
    </div>
  );
}
