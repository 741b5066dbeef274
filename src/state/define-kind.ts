/**
 * Kinds written with only what is their own: `setting()` fills a setting's usual parts, and
 * `defineKind()` fills the hooks most kinds leave empty, so a kind's file holds its settings, its
 * engine call and its quantities, and nothing repeated.
 */
import type { Codec } from './codecs.ts';
import type { Quantities } from './quantities.ts';
import type { SettingDefinition, SettingValues, StoreKind } from './store.ts';

/** What a setting says beyond its key and codec; the rest has a default. */
export interface SettingParts<T> {
  /** What it is, in a few words. */
  readonly description: string;
  /** Its default, or a function of the settings before it. */
  readonly default: T | ((earlier: SettingValues) => T);
  /** The name with its subscript apart; `[key, '']` when omitted. */
  readonly symbol?: readonly [base: string, subscript: string];
  /** The plain-text name; the symbol's two parts joined when omitted. */
  readonly label?: string;
  /** 'run' when omitted: a change runs the engine again. */
  readonly affects?: 'run' | 'view';
  readonly bounds?: NonNullable<SettingDefinition<T>['bounds']>;
  readonly agreement?: NonNullable<SettingDefinition<T>['agreement']>;
}

/** A setting of a kind: its key, its codec, and what it says beyond the defaults. */
export function setting<T>(
  key: string,
  codec: Codec<T>,
  parts: SettingParts<T>,
): SettingDefinition<T> {
  const symbol = parts.symbol ?? [key, ''];
  return { key, codec, label: symbol.join(''), affects: 'run', ...parts, symbol };
}

/** What a kind says; `view`, `refuse` and `note` may be left out when they do nothing. */
interface KindParts<Run, View> {
  readonly id: string;
  readonly settings: readonly SettingDefinition[];
  readonly groups: Readonly<Record<string, readonly string[]>>;
  readonly run: (values: SettingValues, spare?: Run) => Run;
  /** The same run a slice at a time (see StoreKind); only `run`, when omitted. */
  readonly runInSlices?: (values: SettingValues) => Iterator<unknown, Run, void>;
  /** The run read at the position on view; the run itself when omitted. */
  readonly view?: (run: Run, values: SettingValues) => View;
  /** Why settings cannot be shown; never, when omitted. */
  readonly refuse?: (run: Run, values: SettingValues) => string | null;
  /** A note about a usable run; none, when omitted. */
  readonly note?: (run: Run, values: SettingValues) => string | null;
  readonly fit?: (run: Run, values: SettingValues) => SettingValues;
  /** How a view is read by quantity key, and every key it answers. */
  readonly quantities: Quantities<View>;
}

const never = (): null => null;

/** A kind whose view is its run. */
export function defineKind<Run>(parts: Omit<KindParts<Run, Run>, 'view'>): StoreKind<Run, Run>;
/** A kind with a view of its own. */
export function defineKind<Run, View>(
  parts: KindParts<Run, View> & Required<Pick<KindParts<Run, View>, 'view'>>,
): StoreKind<Run, View>;
export function defineKind<Run, View>(parts: KindParts<Run, View>): StoreKind<Run, View> {
  const { quantities } = parts;
  return {
    view: (run: Run) => run as unknown as View,
    refuse: never,
    note: never,
    ...parts,
    read: quantities.read,
    // Listed when first asked for (by the build's checks of \live keys), not while a page loads.
    get quantityKeys() {
      return quantities.keys;
    },
  };
}
