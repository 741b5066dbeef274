/**
 * One choice setting of a store as radio buttons under a visible legend: a view choice that a link
 * keeps (what a network diagram shows, the scale of the epoch axis). The buttons show the page's
 * starting choice until the island has mounted (hydration keeps the server's markup), then the
 * store's. A preset that fixes the setting disables them and says why; one that hides it hides
 * them. The labels are the codec's.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { EnumCodec } from '../state/codecs.ts';
import { FIXED_BY_LINK, NO_PRESET, type Store } from '../state/store.ts';
import { useShownSetting } from './useStore.ts';

interface Props {
  store: Store;
  setting: string;
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  mounted: ReadonlySignal<boolean>;
  /** The choices offered here, in order (all of the codec's by default). */
  options?: readonly string[];
}

export function SettingChoice({ store, setting, legend, name, mounted, options }: Props) {
  const codec = store.setting(setting)!.codec as EnumCodec<string>;
  const chosen = useShownSetting(store, setting, mounted);
  const { lock, hide } = mounted.value ? store.preset.value : NO_PRESET;
  if (hide.has(setting)) return null;
  const fixed = lock.has(setting);
  return (
    <fieldset class="setting-choice" disabled={fixed}>
      <legend>{legend}</legend>
      {(options ?? codec.values).map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={chosen.value === option}
            onChange={() => store.set(setting, option)}
          />{' '}
          {codec.labels[option]}
        </label>
      ))}
      {fixed && <small> {FIXED_BY_LINK}</small>}
    </fieldset>
  );
}

/** The view choices widgets share: each one's legend, and its group's name after the widget's id. */
const NAMED_CHOICES = {
  diagram: { legend: 'Show in the diagram', group: 'view' },
  epochAxis: { legend: 'Epoch axis of the plots', group: 'axis' },
} as const;

/**
 * One of the view choices widgets share: what a network diagram shows (`diagram`, among the
 * views given) or the scale of the plots' epoch axis (`epochAxis`).
 */
export function NamedChoice({
  setting,
  id,
  ...props
}: Omit<Props, 'setting' | 'legend' | 'name'> & {
  setting: keyof typeof NAMED_CHOICES;
  /** The widget's id: the radio group's name starts with it. */
  id: string;
}) {
  const { legend, group } = NAMED_CHOICES[setting];
  return <SettingChoice {...props} setting={setting} legend={legend} name={`${id}-${group}`} />;
}
