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
import type { Checked } from './codecs.ts';
import type { Preset } from './preset.ts';
import { NO_PRESET } from './preset.ts';
import { checkSetting, defaultOf, expandKeys, runChanged, settle } from './settle.ts';
import { createWarming, type SlicePause } from './warm-run.ts';
import type {
  SetResult,
  SettingDefinition,
  SettingValues,
  StoreKind,
  StoreOptions,
} from './store-kind.ts';

export * from './preset.ts';
export type * from './store-kind.ts';

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
  /**
   * Makes the starting run a slice at a time (`runInSlices`), awaiting `pause()` between slices
   * (on at once when it answers null); a read of the run meanwhile finishes it. Resolves when done.
   */
  warm(pause: SlicePause): Promise<void>;
  /** The preset in force: locked and hidden keys (none unless a link set one). */
  readonly preset: ReadonlySignal<Preset>;
  /** Fixes (`lock`) and hides (`hide`) settable keys (others are ignored); a reset returns to now. */
  restrict(lock: Iterable<string>, hide: Iterable<string>): void;
  /** Whether a reader may change this key now: settable and not fixed by a preset. */
  editable(key: string): boolean;
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
  const given = options.values ?? {};
  const unknownKey = Object.keys(given).find((key) => !byKey.has(key));
  if (unknownKey) throw new RangeError(`the ${kind.id} store has no setting "${unknownKey}"`);
  // In the kind's order, each among the page's values before it (a last width with its output).
  const pageValues: Record<string, unknown> = {};
  for (const setting of kind.settings) {
    if (!Object.hasOwn(given, setting.key)) continue;
    const checked = checkSetting(setting, given[setting.key], { ...starting, ...pageValues });
    if (!checked.ok) throw new RangeError(`${name}: ${checked.message}`);
    pageValues[setting.key] = checked.value;
  }
  const defaults = settle(kind, Object.freeze(starting), pageValues);

  const defaultsFor = (current: SettingValues): SettingValues => {
    const result: Record<string, unknown> = {};
    for (const setting of kind.settings) {
      const { key } = setting;
      result[key] =
        key in pageValues
          ? pageValues[key]
          : // Stryker disable next-line ConditionalExpression: defaultOf gives a default that is no function as it is
            typeof setting.default === 'function'
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

  /** The starting run being made a slice at a time (`warm`); the first read finishes it. */
  const warming = createWarming<Run>();

  const runOf = (settings: SettingValues): Run => {
    if (cached && !runChanged(kind, cached.values, settings)) return cached.run;
    const warmed =
      warming.active && !runChanged(kind, defaults, settings) ? warming.finish() : undefined;
    const run = warmed ?? kind.run(settings, spare);
    if (!warmed) spare = undefined;
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
      cached && !runChanged(kind, cached.values, defaults)
        ? cached.run
        : (warming.finish() ?? kind.run(defaults));
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
    // Stryker disable next-line ConditionalExpression: any run of the starting settings shows what the starting run does
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
    async warm(pause) {
      if (initial || cached || warming.active || !kind.runInSlices) return;
      // A store that moves meanwhile makes its own run: this one is then dropped.
      const wanted = () => values.peek() === defaults;
      const keep = (run: Run) => void (cached ??= { values: defaults, run });
      await warming.make(kind.runInSlices(defaults), pause, keep, wanted);
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
