/**
 * A row of buttons that each set several settings of a store at once (a layer's p and k, a
 * scale), named by a visible label. The button whose settings the store holds is pressed.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { SettingValues, Store } from '../../state/store.ts';

export interface Preset {
  /** What the button says. */
  readonly name: string;
  /** The settings it applies. */
  readonly values: Readonly<Record<string, number | string>>;
}

interface Props {
  store: Store;
  /** The settings on show: the starting ones while hydrating, then the store's. */
  settings: ReadonlySignal<SettingValues>;
  presets: readonly Preset[];
  /** The group's visible name. */
  label: string;
  id: string;
}

function PresetButton({
  store,
  settings,
  preset,
}: {
  store: Store;
  settings: ReadonlySignal<SettingValues>;
  preset: Preset;
}) {
  const pressed = useComputed(() =>
    Object.entries(preset.values).every(([key, value]) => settings.value[key] === value),
  );
  return (
    <button
      type="button"
      class="reset-button init-preset"
      aria-pressed={pressed}
      onClick={() => store.setMany(preset.values)}
    >
      {preset.name}
    </button>
  );
}

export function PresetButtons({ store, settings, presets, label, id }: Props) {
  return (
    <div class="init-presets" role="group" aria-labelledby={`${id}-presets`}>
      <p id={`${id}-presets`} class="init-presets-label">
        {label}
      </p>
      {presets.map((preset) => (
        <PresetButton key={preset.name} store={store} settings={settings} preset={preset} />
      ))}
    </div>
  );
}
