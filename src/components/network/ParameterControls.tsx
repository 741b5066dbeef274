/**
 * The controls for the chapter's network, grouped by the node each parameter feeds: the inputs
 * and target, then everything into H4, into H5 and into O6. A page can show all of them or only
 * the few a section talks about; every copy edits the same page state.
 */
import { resetSettings } from '../state/by-hand-store.ts';
import type { SettingKey } from '../state/quantities.ts';
import { currentQuery } from '../state/url-sync.ts';
import { SettingControl } from './SettingControl.tsx';
import { useHydrated } from './usePageView.ts';

interface Group {
  legend: string;
  keys: SettingKey[];
}

const GROUPS: Group[] = [
  { legend: 'Inputs and target', keys: ['x1', 'x2', 'x3', 'y'] },
  { legend: 'Into hidden node H4', keys: ['w14', 'w24', 'w34', 'b4'] },
  { legend: 'Into hidden node H5', keys: ['w15', 'w25', 'w35', 'b5'] },
  { legend: 'Into output node O6', keys: ['w46', 'w56', 'b6'] },
];

interface Props {
  /** Which settings to show; all of the network's inputs, target and parameters by default. */
  only?: SettingKey[];
  /** Makes element ids unique on a page that shows controls more than once. */
  idPrefix: string;
  /** The heading id of the section, so the state link opens at it. */
  anchor?: string;
}

/**
 * The link to the page's current state. Its own component because it reads every setting: only
 * it re-renders on each change, not the controls around it.
 */
function StateLink({ anchor }: { anchor: string | undefined }) {
  const hydrated = useHydrated();
  const link = `${(hydrated && currentQuery()) || '?'}${anchor ? `#${anchor}` : ''}`;
  return (
    <a class="state-link" href={link}>
      Link to this exact state
    </a>
  );
}

export function ParameterControls({ only, idPrefix, anchor }: Props) {
  const shown = only ? new Set(only) : undefined;
  const groups = GROUPS.map((group) => ({
    ...group,
    keys: group.keys.filter((key) => !shown || shown.has(key)),
  })).filter((group) => group.keys.length > 0);
  return (
    <div class="parameter-controls">
      {groups.map((group) => (
        <fieldset key={group.legend} class="setting-group">
          <legend>{group.legend}</legend>
          {group.keys.map((key) => (
            <SettingControl key={key} setting={key} idPrefix={idPrefix} />
          ))}
        </fieldset>
      ))}
      <div class="controls-actions">
        <button type="button" class="reset-button" onClick={resetSettings}>
          Reset to the chapter’s example
        </button>
        <StateLink anchor={anchor} />
      </div>
    </div>
  );
}
