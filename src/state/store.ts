/**
 * Stores: the state of one widget or of several widgets that share it, made from a kind.
 *
 * A kind (see `StoreKind`) declares its settings, each with a codec, a label and a default, and
 * says how the engine turns settings into a run and how a run is read at the position on view.
 * A store made from it holds the settings in a signal and derives the rest:
 *
 *   settings ──▶ run (the engine, called once per accepted change of a run setting)
 *            ──▶ view (a read of the run at the position on view: no engine call)
 *
 * Only read-only signals and actions leave a store. Every write goes through `set`, which checks
 * the value with its codec and the run with the kind before anything changes, and answers
 * `{ ok: true }` or `{ ok: false, message }`; a refused write leaves the store as it was.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Checked, Codec, NumberLimits } from './codecs.ts';
import { formatLimit } from './format.ts';

/** The outcome of a write: applied, or refused with a sentence for the reader. */
export type SetResult = { ok: true } | { ok: false; message: string };

/** The settings of a store, by key. */
export type SettingValues = Readonly<Record<string, unknown>>;

/** One setting of a kind. */
export interface SettingDefinition<T = unknown> {
  readonly key: string;
  readonly codec: Codec<T>;
  /** Plain-text name, as a screen reader says it and tests look it up: "λ1,4". */
  readonly label: string;
  /** The name with its subscript apart, for a visible label: ["λ", "1,4"]. */
  readonly symbol: readonly [base: string, subscript: string];
  /** What it is, in a few words. */
  readonly description: string;
  /** Its default; a function of the settings before it when it depends on them (a seed's draws). */
  readonly default: T | ((earlier: SettingValues) => T);
  /** 'run' when the engine must run again after a change; 'view' when only the view moves. */
  readonly affects: 'run' | 'view';
  /** Limits that depend on other settings (the epoch on view < epochs): checked and kept. */
  readonly bounds?: (values: SettingValues) => { min?: number; max?: number };
}

/** A kind of store: its settings, and how the engine turns them into what widgets show. */
export interface StoreKind<Run = unknown, View = unknown> {
  /** Names the kind in a page's front matter. */
  readonly id: string;
  /** Every setting, in order: a default may depend only on settings before it. */
  readonly settings: readonly SettingDefinition[];
  /** Named groups of setting keys, so a page can say "parameters" instead of listing eleven. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  /**
   * The engine's work for these settings; may throw RangeError for settings it cannot use.
   * `spare` is a run that nothing reads any more, whose storage this run may take over.
   */
  run(values: SettingValues, spare?: Run): Run;
  /** The run read at the position the settings put on view. Never calls the engine. */
  view(run: Run, values: SettingValues): View;
  /** Why these settings cannot be shown with this run (numbers not finite), or null. */
  refuse(run: Run, values: SettingValues): string | null;
  /** A note to show about a run that is usable but incomplete (it diverged later), or null. */
  note(run: Run, values: SettingValues): string | null;
  /**
   * The settings a change of the run leaves on view, when the new run is shorter than the
   * position on view (the last epoch a diverging run recorded). Only a change of a run setting
   * is fitted: a position set past the run is refused by `refuse`.
   */
  fit?(run: Run, values: SettingValues): SettingValues;
  /** The value of a quantity key in a view, or undefined when no quantity has that key. */
  read(view: View, key: string): number | undefined;
  /** Every quantity key a view answers (for build-time checks of \live keys). */
  readonly quantityKeys: ReadonlySet<string>;
}

/** How a page uses a kind: which settings readers may change, and values that start elsewhere. */
export interface StoreOptions {
  /** Setting keys or group names a reader (or a link) may set; all of them when omitted. */
  readonly settable?: readonly string[];
  /** Starting values in place of the kind's defaults, checked by their codecs. */
  readonly values?: Readonly<Record<string, unknown>>;
}

/**
 * An instructor's preset, from a link: settings a reader sees but cannot change (`lock`) and
 * settings whose controls are not shown at all (`hide`, fixed as well).
 */
export interface Preset {
  readonly lock: ReadonlySet<string>;
  readonly hide: ReadonlySet<string>;
}

/** What a control fixed by a preset says, next to it. */
export const FIXED_BY_LINK = 'Fixed by the link that opened this page.';

/** No preset: every settable key is the reader's. */
export const NO_PRESET: Preset = Object.freeze({
  lock: new Set<string>(),
  hide: new Set<string>(),
});

/** A store: read-only signals and the actions that change them. */
export interface Store<Run = unknown, View = unknown> {
  readonly name: string;
  readonly kind: StoreKind<Run, View>;
  readonly settings: ReadonlySignal<SettingValues>;
  readonly run: ReadonlySignal<Run>;
  readonly view: ReadonlySignal<View>;
  /** The view of the starting settings: what the server renders and a page without JS shows. */
  readonly initialView: View;
  /** The starting settings (the kind's defaults with the page's values). */
  readonly defaults: SettingValues;
  /**
   * What each setting would start as, given these settings: a default that depends on earlier
   * settings follows them (the weights a seed draws). A link writes only what differs from it.
   */
  defaultsFor(values: SettingValues): SettingValues;
  /** Keys a reader may set here, in the kind's order. */
  readonly settable: readonly string[];
  /** A note about the current run (e.g. where training diverged), or ''. */
  readonly note: ReadonlySignal<string>;
  /** The setting definition of a key, if this kind has it. */
  setting(key: string): SettingDefinition | undefined;
  /** One quantity of the view as its own signal: it changes only when that number does. */
  quantity(key: string): ReadonlySignal<number | undefined>;
  /** Sets one setting, if it is settable, valid, and the run stays usable. */
  set(key: string, value: unknown): SetResult;
  /** Sets several at once (in the kind's order), skipping refused ones; one update for all. */
  setMany(values: Readonly<Record<string, unknown>>): Record<string, SetResult>;
  /** Back to the starting settings, or to the settings a preset fixed. */
  reset(): void;
  /** The preset in force: locked and hidden keys (none unless a link set one). */
  readonly preset: ReadonlySignal<Preset>;
  /**
   * Fixes (`lock`) and hides (`hide`) settable keys, as an instructor's link asks; a reset then
   * returns to the settings as they are now. Keys that are not settable here are ignored.
   */
  restrict(lock: Iterable<string>, hide: Iterable<string>): void;
  /** Whether a reader may change this key now: settable and not fixed by a preset. */
  editable(key: string): boolean;
}

/** Reads a default: a value, or a function of the settings before it. */
function defaultOf(setting: SettingDefinition, earlier: SettingValues): unknown {
  return typeof setting.default === 'function'
    ? (setting.default as (values: SettingValues) => unknown)(earlier)
    : setting.default;
}

/** The setting keys named by a list of keys and group names. */
function expandKeys(kind: StoreKind, names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const group = kind.groups[name];
    if (group) for (const key of group) keys.add(key);
    else if (kind.settings.some((setting) => setting.key === name)) keys.add(name);
    else throw new RangeError(`the ${kind.id} store has no setting or group "${name}"`);
  }
  return keys;
}

/** Checks a value with its codec and its bounds among the other settings. */
function checkSetting(
  setting: SettingDefinition,
  value: unknown,
  values: SettingValues,
): Checked<unknown> {
  const checked = setting.codec.check(value, setting.label);
  if (!checked.ok || !setting.bounds || typeof checked.value !== 'number') return checked;
  const { codec } = setting as SettingDefinition<number> & { codec: Partial<NumberLimits> };
  const bounds = setting.bounds(values);
  const min = Math.max(bounds.min ?? -Infinity, codec.min ?? -Infinity);
  const max = Math.min(bounds.max ?? Infinity, codec.max ?? Infinity);
  if (checked.value < min || checked.value > max) {
    return {
      ok: false,
      message: `${setting.label} must be between ${formatLimit(min)} and ${formatLimit(max)}.`,
    };
  }
  return checked;
}

/**
 * The settings after `changes`: a later setting that still held its default follows its new
 * default (new weights for a new seed), and values with bounds stay inside them.
 */
function settle(kind: StoreKind, before: SettingValues, changes: SettingValues): SettingValues {
  const after: Record<string, unknown> = {};
  const earlierBefore: Record<string, unknown> = {};
  for (const setting of kind.settings) {
    const { key } = setting;
    let value = key in changes ? changes[key] : before[key];
    if (!(key in changes) && typeof setting.default === 'function') {
      const oldDefault = defaultOf(setting, earlierBefore);
      if (setting.codec.equals(before[key], oldDefault)) value = defaultOf(setting, after);
    }
    if (setting.bounds && typeof value === 'number') {
      const { min = -Infinity, max = Infinity } = setting.bounds(after);
      value = Math.min(max, Math.max(min, value));
    }
    earlierBefore[key] = before[key];
    after[key] = value;
  }
  return Object.freeze(after);
}

/** True when two settings differ in something the run depends on. */
function runChanged(kind: StoreKind, a: SettingValues, b: SettingValues): boolean {
  return kind.settings.some(
    (setting) => setting.affects === 'run' && !setting.codec.equals(a[setting.key], b[setting.key]),
  );
}

/** Makes a store of a kind; `name` is how pages, links and widgets refer to it. */
export function createStore<Run, View>(
  kind: StoreKind<Run, View>,
  name: string,
  options: StoreOptions = {},
): Store<Run, View> {
  const byKey = new Map(kind.settings.map((setting) => [setting.key, setting]));
  const settableKeys = options.settable
    ? expandKeys(kind, options.settable)
    : new Set(kind.settings.map((setting) => setting.key));
  const settable = kind.settings.map((s) => s.key).filter((key) => settableKeys.has(key));

  // The starting settings: each default in order, then the page's values on top.
  const starting: Record<string, unknown> = {};
  for (const setting of kind.settings) starting[setting.key] = defaultOf(setting, starting);
  const pageValues: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options.values ?? {})) {
    const setting = byKey.get(key);
    if (!setting) throw new RangeError(`the ${kind.id} store has no setting "${key}"`);
    const checked = checkSetting(setting, value, starting);
    if (!checked.ok) throw new RangeError(`${name}: ${checked.message}`);
    pageValues[key] = checked.value;
  }
  const defaults = settle(kind, Object.freeze(starting), pageValues);

  const defaultsFor = (current: SettingValues): SettingValues => {
    const result: Record<string, unknown> = {};
    for (const setting of kind.settings) {
      const { key } = setting;
      result[key] =
        key in pageValues
          ? pageValues[key]
          : typeof setting.default === 'function'
            ? defaultOf(setting, current)
            : setting.default;
    }
    return result;
  };

  const values = signal<SettingValues>(defaults);
  /** The last run and the settings it was made from: reused while no run setting changes. */
  let cached: { values: SettingValues; run: Run } | undefined;
  /** A run that nothing reads any more (replaced or refused): the next run may recycle it. */
  let spare: Run | undefined;

  const runOf = (settings: SettingValues): Run => {
    if (cached && !runChanged(kind, cached.values, settings)) return cached.run;
    const run = kind.run(settings, spare);
    spare = undefined;
    cached = { values: settings, run };
    return run;
  };

  /**
   * The starting run and its view, made when first read: a page shows them as built, so until a
   * reader changes a setting or a widget wakes, nothing needs them (a whole training run, on a
   * phone a long task at load).
   */
  let initial: { run: Run; view: View } | undefined;
  const start = (): { run: Run; view: View } => {
    if (initial) return initial;
    const startRun =
      cached && !runChanged(kind, cached.values, defaults) ? cached.run : kind.run(defaults);
    const refusal = kind.refuse(startRun, defaults);
    if (refusal) throw new RangeError(`${name}: ${refusal}`);
    initial = { run: startRun, view: kind.view(startRun, defaults) };
    cached ??= { values: defaults, run: startRun };
    return initial;
  };

  const run = computed(() => runOf(values.value));
  // At the starting settings the view is the starting view itself, so widgets can tell by identity.
  const view = computed(() => {
    const current = values.value;
    const starting = current === defaults ? start() : undefined;
    const currentRun = run.value;
    return starting && currentRun === starting.run ? starting.view : kind.view(currentRun, current);
  });
  const note = computed(() => kind.note(run.value, values.value) ?? '');
  const quantities = new Map<string, ReadonlySignal<number | undefined>>();

  const preset = signal<Preset>(NO_PRESET);
  /** The settings a preset fixed, which a reset returns to; the defaults without a preset. */
  let resetTo = defaults;
  const fixed = (key: string): boolean =>
    preset.peek().lock.has(key) || preset.peek().hide.has(key);

  /** Checks a change against the codec, the bounds and the engine; returns the next settings. */
  const prepare = (key: string, value: unknown): Checked<SettingValues> => {
    const setting = byKey.get(key);
    if (!setting || !settableKeys.has(key)) {
      return { ok: false, message: `${key} is not something this page can set.` };
    }
    const current = values.peek();
    const checked = checkSetting(setting, value, current);
    if (!checked.ok) return checked;
    /** Why the next settings cannot be: they move a setting a preset fixed; else undefined. */
    const movesFixed = (candidate: SettingValues): string | undefined => {
      const { lock, hide } = preset.peek();
      for (const other of [...lock, ...hide]) {
        if (!byKey.get(other)!.codec.equals(candidate[other], current[other])) {
          return `${setting.label} would change ${byKey.get(other)!.label}, which the link that opened this page fixed.`;
        }
      }
      return undefined;
    };
    let next = settle(kind, current, { [key]: checked.value });
    // A change may move settings that follow it (a seed's weights); a preset's stay as they are.
    const moved = movesFixed(next);
    if (moved) return { ok: false, message: moved };
    const shown = `With ${setting.label} = ${setting.codec.format(checked.value)}`;
    // A refused candidate's run is dropped again, so the current settings keep theirs.
    const previous = cached;
    let nextRun: Run;
    try {
      nextRun = runOf(next);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      cached = previous;
      return { ok: false, message: `${shown} the network cannot run.` };
    }
    // Fitted to the run (a diverged run's last epoch on view), checked again against the preset.
    if (setting.affects === 'run' && kind.fit) next = kind.fit(nextRun, next);
    const refusal = kind.refuse(nextRun, next);
    const message = movesFixed(next) ?? (refusal && `${shown} ${refusal}`);
    if (message) {
      cached = previous;
      if (nextRun !== previous?.run) spare = nextRun;
      return { ok: false, message };
    }
    return { ok: true, value: next };
  };

  const set = (key: string, value: unknown): SetResult => {
    if (fixed(key)) {
      const { label, codec } = byKey.get(key)!;
      const inForce = codec.format(values.peek()[key]);
      return {
        ok: false,
        message: `${label} is fixed at ${inForce} by the link that opened this page.`,
      };
    }
    const replaced = cached?.run;
    const prepared = prepare(key, value);
    if (!prepared.ok) return prepared;
    values.value = prepared.value;
    // The run these settings replaced is read by nothing now (the starting run stays: the
    // starting view, which hydrating widgets draw, holds it).
    if (replaced !== undefined && replaced !== cached?.run && replaced !== initial?.run) {
      spare = replaced;
    }
    return { ok: true };
  };

  return {
    name,
    kind,
    settings: computed(() => values.value),
    run,
    view,
    get initialView() {
      return start().view;
    },
    defaults,
    defaultsFor,
    settable,
    note,
    setting: (key) => byKey.get(key),
    quantity(key) {
      let found = quantities.get(key);
      if (!found) {
        found = computed(() => kind.read(view.value, key));
        quantities.set(key, found);
      }
      return found;
    },
    set,
    setMany(changes) {
      const results: Record<string, SetResult> = {};
      batch(() => {
        for (const setting of kind.settings) {
          if (setting.key in changes) results[setting.key] = set(setting.key, changes[setting.key]);
        }
        for (const key of Object.keys(changes)) {
          results[key] ??= { ok: false, message: `${key} is not something this page can set.` };
        }
      });
      return results;
    },
    reset() {
      values.value = resetTo;
    },
    preset,
    restrict(lock, hide) {
      const keep = (keys: Iterable<string>) =>
        new Set([...keys].filter((k) => settableKeys.has(k)));
      const next = { lock: keep(lock), hide: keep(hide) };
      const none = next.lock.size === 0 && next.hide.size === 0;
      preset.value = none ? NO_PRESET : next;
      resetTo = none ? defaults : values.peek();
    },
    editable: (key) =>
      settableKeys.has(key) && !preset.value.lock.has(key) && !preset.value.hide.has(key),
  };
}
