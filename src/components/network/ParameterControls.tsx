/**
 * The controls of a network store, grouped by the node each parameter feeds: the inputs and
 * target, then everything into H4, into H5 and into O6 (groups come from the network's layout).
 * A widget shows the settings its page lets readers change, or only the few a section talks
 * about; every copy bound to one store edits that store. The seed, weights and biases a reader
 * sets are remembered in the browser, so the training dashboard can start from them.
 */
import type { Trace } from '../../engine/index.ts';
import { networkKind } from './network.kind.ts';
import type { NetworkView } from '../../state/kind-parts/network-kind.ts';
import type { Store } from '../../state/store.ts';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useStore, type StoreProps } from '../useStore.ts';
import { layoutOf, type NetworkLayout } from './layout.ts';
import { useRememberChanges } from './useRememberChanges.ts';

interface PanelProps {
  store: Store<Trace, NetworkView>;
  layout: NetworkLayout;
  /** Which settings to show: the store's settable ones by default. */
  only?: readonly string[] | undefined;
  /** Makes element ids unique on a page that shows controls more than once. */
  idPrefix: string;
  /** The heading id of the section, so the state link opens at it. */
  anchor?: string | undefined;
}

/** The panel: grouped controls, Reset and the link to this state. */
export function ControlsPanel({ store, layout, only, idPrefix, anchor }: PanelProps) {
  // The weights a reader sets here are remembered for the training dashboard.
  useRememberChanges(store);
  const shown = new Set(only ?? store.settable);
  const groups = layout.controlGroups
    .map((group) => ({
      ...group,
      keys: group.keys.filter((key) => shown.has(key) && store.settable.includes(key)),
    }))
    .filter((group) => group.keys.length > 0);
  return (
    <div class="parameter-controls">
      {groups.map((group) => (
        <fieldset key={group.legend} class="setting-group">
          <legend>{group.legend}</legend>
          {group.keys.map((key) => (
            <SettingControl key={key} store={store} setting={key} idPrefix={idPrefix} />
          ))}
        </fieldset>
      ))}
      <StoreActions store={store} anchor={anchor} />
    </div>
  );
}

interface Props extends StoreProps {
  /** Which settings to show: all that the page lets readers set, by default. */
  only?: string[];
  idPrefix: string;
  anchor?: string;
}

/** The controls as an island of their own, for a section that shows only them. */
export function ParameterControls({ only, idPrefix, anchor, ...storeProps }: Props) {
  const store = useStore(networkKind, storeProps);
  return (
    <ControlsPanel
      store={store}
      layout={layoutOf(networkKind)}
      only={only}
      idPrefix={idPrefix}
      anchor={anchor}
    />
  );
}
