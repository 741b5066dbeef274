/** What a kind of store declares: its settings, each with a codec, and what the engine makes of them. */
import type { Codec } from './codecs.ts';

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
  /**
   * What a setting that is not a number must agree with among the settings before it (a
   * network's last width with its output's nodes), checked and kept as bounds are.
   */
  readonly agreement?: Agreement<T>;
}

/**
 * A setting's agreement with the settings before it. A value given that disagrees is refused
 * with `problem`'s sentence; a value kept while those settings change is made to agree by
 * `follow` (an output of two nodes for softmax turns the last width into 2, the hidden widths
 * stay). Neither `fit` nor a default can do this: `fit` sees only the settings after a change,
 * which are the same whether the output changed or the widths were typed, and a default follows
 * only a value still at its default.
 */
export interface Agreement<T> {
  // Methods, as a codec's are, so a setting of any value type is a SettingDefinition.
  /** Why `value` disagrees with `earlier` (the settings before it), or null. */
  problem(value: T, earlier: SettingValues): string | null;
  /** `value` changed as little as it must to agree with `earlier`. */
  follow(value: T, earlier: SettingValues): T;
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
  /**
   * The same run as `run`, made a slice at a time: each `next()` does one slice, and the last
   * returns the run. For a kind whose starting run is long enough to block a page at load.
   */
  runInSlices?(values: SettingValues): Iterator<unknown, Run, void>;
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
