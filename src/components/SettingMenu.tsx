/**
 * One choice setting of a store (an enum: the target, the activation, the optimizer) as a native
 * menu named by a visible label. A refused choice says why next to the menu (`role="alert"`) and
 * the menu goes back to what the store kept.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import type { EnumCodec } from '../state/codecs.ts';
import { FIXED_BY_LINK, NO_PRESET, type SettingValues, type Store } from '../state/store.ts';
import { useMountedSignal } from './useStore.ts';

interface Props {
  store: Store;
  /** The settings on view: the starting ones while hydrating, then the store's. */
  settings: ReadonlySignal<SettingValues>;
  setting: string;
  label: string;
  /** Unique on the page; the menu's id is this and the setting's key. */
  idPrefix: string;
}

export function SettingMenu({ store, settings, setting, label, idPrefix }: Props) {
  const codec = store.setting(setting)!.codec as EnumCodec<string>;
  const id = `${idPrefix}-${setting}`;
  const refusal = useSignal('');
  const value = useComputed(() => settings.value[setting] as string);
  const starting = store.defaults[setting];
  const messageId = `${id}-message`;
  const onChange = (event: TargetedEvent<HTMLSelectElement>) => {
    const menu = event.currentTarget;
    const result = store.set(setting, menu.value);
    refusal.value = result.ok ? '' : result.message;
    if (!result.ok) menu.value = store.settings.peek()[setting] as string;
  };
  // A preset from the link, once mounted (hydration keeps the server's attributes).
  const mounted = useMountedSignal();
  const { lock, hide } = mounted.value ? store.preset.value : NO_PRESET;
  if (hide.has(setting)) return null;
  const message = refusal.value || (lock.has(setting) ? FIXED_BY_LINK : '');
  return (
    <div class="setting-menu">
      <label for={id} class="setting-menu-label">
        {label}
      </label>
      <select
        id={id}
        class="setting-menu-select"
        value={value}
        aria-describedby={message ? messageId : undefined}
        disabled={!store.settable.includes(setting) || lock.has(setting)}
        onChange={onChange}
      >
        {codec.values.map((option) => (
          <option key={option} value={option} selected={option === starting}>
            {codec.labels[option]}
          </option>
        ))}
      </select>
      <p id={messageId} class="setting-menu-message" role="alert">
        {message}
      </p>
    </div>
  );
}
