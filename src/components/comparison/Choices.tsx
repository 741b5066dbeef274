/**
 * The settings that are not numbers: a choice from a list (a native menu) and an on/off setting
 * (a native checkbox), each named by a visible label and bound to its store's setting. A refused
 * choice says why beside the control (`role="alert"`) and the store keeps what it had.
 */
import { useComputed, useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import type { EnumCodec } from '../../state/codecs.ts';
import type { Store } from '../../state/store.ts';
import { useMountedSignal } from '../useStore.ts';

interface Props {
  store: Store;
  setting: string;
  /** The visible label. */
  label: string;
  idPrefix: string;
}

/** A refusal message beside a control, and the value the control shows. */
function useChoice(store: Store, setting: string) {
  const mounted = useMountedSignal();
  const value = useComputed(() =>
    mounted.value ? store.settings.value[setting] : store.defaults[setting],
  );
  const refusal = useSignal('');
  const choose = (next: unknown): boolean => {
    const result = store.set(setting, next);
    refusal.value = result.ok ? '' : result.message;
    return result.ok;
  };
  return { value, refusal, choose };
}

/** A native menu bound to an enum setting. */
export function ChoiceMenu({ store, setting, label, idPrefix }: Props) {
  const { codec } = store.setting(setting)!;
  const { values, labels } = codec as EnumCodec<string>;
  const { value, refusal, choose } = useChoice(store, setting);
  const shown = useComputed(() => String(value.value));
  const id = `${idPrefix}-${setting}`;
  const onChange = (event: TargetedEvent<HTMLSelectElement>) => {
    const menu = event.currentTarget;
    if (!choose(menu.value)) menu.value = store.settings.peek()[setting] as string;
  };
  const starting = store.defaults[setting];
  return (
    <div class="cmp-choice">
      <label for={id} class="cmp-choice-label">
        {label}
      </label>
      <select
        id={id}
        class="setting-box cmp-select"
        value={shown}
        disabled={!store.settable.includes(setting)}
        aria-describedby={refusal.value ? `${id}-message` : undefined}
        onChange={onChange}
      >
        {values.map((option) => (
          <option key={option} value={option} selected={option === starting}>
            {labels[option]}
          </option>
        ))}
      </select>
      <p id={`${id}-message`} class="setting-message is-error" role="alert">
        {refusal}
      </p>
    </div>
  );
}

/** A native checkbox bound to an on/off setting. */
export function ChoiceToggle({ store, setting, label, idPrefix }: Props) {
  const { value, refusal, choose } = useChoice(store, setting);
  const id = `${idPrefix}-${setting}`;
  const checked = useComputed(() => value.value === true);
  const onChange = (event: TargetedEvent<HTMLInputElement>) => {
    const box = event.currentTarget;
    if (!choose(box.checked)) box.checked = store.settings.peek()[setting] === true;
  };
  return (
    <div class="cmp-choice cmp-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={!store.settable.includes(setting)}
        aria-describedby={refusal.value ? `${id}-message` : undefined}
        onChange={onChange}
      />
      <label for={id} class="cmp-choice-label">
        {label}
      </label>
      <p id={`${id}-message`} class="setting-message is-error" role="alert">
        {refusal}
      </p>
    </div>
  );
}
