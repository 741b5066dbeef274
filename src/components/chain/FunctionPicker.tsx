/**
 * The three menus that pick a chain's functions: native selects, each named by a visible label
 * ("inner function f"), each option by its formula in that link's argument ("σ(f), sigmoid").
 *
 * A pick goes through the store; one it refuses (a chain that overflows) puts the menu back on
 * the function the store kept and says why, in an alert under the menus. Each menu's value is
 * bound to its setting's signal, so a reset or a link moves it without a render; the picker
 * renders again only to show or clear a refusal.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { chainFunction, type ChainFunctionId } from '../../engine/index.ts';
import type { EnumCodec } from '../../state/codecs.ts';
import { CHAIN_LINKS } from './chain.kind.ts';
import type { SettingValues, Store } from '../../state/store.ts';

interface Props {
  store: Store;
  /** The settings on view: the starting ones while hydrating, then the store's. */
  settings: ReadonlySignal<SettingValues>;
  idPrefix: string;
}

type Link = (typeof CHAIN_LINKS)[number];

/** One menu, its value bound to the store. */
function FunctionMenu({
  store,
  settings,
  link,
  id,
  describedBy,
  onPicked,
}: {
  store: Store;
  settings: ReadonlySignal<SettingValues>;
  link: Link;
  id: string;
  describedBy: string | undefined;
  onPicked: (event: TargetedEvent<HTMLSelectElement>) => void;
}) {
  const codec = store.setting(link.key)!.codec as EnumCodec<ChainFunctionId>;
  const value = useComputed(() => settings.value[link.key] as string);
  const starting = store.defaults[link.key];
  return (
    <div class="chain-pick">
      <label for={id} class="chain-pick-label">
        {link.role} function <span class="chain-formula">{link.key}</span>
      </label>
      <select
        id={id}
        class="chain-select"
        value={value}
        aria-describedby={describedBy}
        disabled={!store.settable.includes(link.key)}
        onChange={onPicked}
      >
        {codec.values.map((fn) => (
          <option key={fn} value={fn} selected={fn === starting}>
            {`${codec.labels[fn]}, ${chainFunction(fn).name}`}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FunctionPicker({ store, settings, idPrefix }: Props) {
  /** Why the last pick was refused, until the next pick. */
  const refusal = useSignal('');
  const messageId = `${idPrefix}-functions-message`;
  const message = refusal.value;

  const picked = (key: string) => (event: TargetedEvent<HTMLSelectElement>) => {
    const menu = event.currentTarget;
    const result = store.set(key, menu.value);
    if (result.ok) {
      refusal.value = '';
    } else {
      refusal.value = result.message;
      menu.value = store.settings.peek()[key] as string;
    }
  };

  return (
    <div class="chain-picker">
      {CHAIN_LINKS.map((link) => (
        <FunctionMenu
          key={link.key}
          store={store}
          settings={settings}
          link={link}
          id={`${idPrefix}-${link.key}`}
          describedBy={message ? messageId : undefined}
          onPicked={picked(link.key)}
        />
      ))}
      <p id={messageId} class="chain-message" role="alert">
        {message}
      </p>
    </div>
  );
}
