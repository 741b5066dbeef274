/**
 * The page-level store for the chapter's 3-2-1 network.
 *
 * Why a module and not a context: every widget on a page is its own island (a separate Preact
 * root), and islands share nothing but modules. The bundler emits this module once per page, so
 * every island that imports it reads and writes the same signals, and a change in one island
 * re-renders the others synchronously, in the same frame.
 *
 * The store holds only what a reader sets. Everything shown (the forward pass, the derivatives,
 * the training history) is derived from the engine in computed signals, which run lazily: a page
 * that never shows training never trains.
 */
import { batch, computed, signal } from '@preact/signals';
import {
  BY_HAND_DEFAULTS,
  BY_HAND_NODE_KEYS,
  BY_HAND_PARAM_KEYS,
  initByHand,
  trainByHand,
  type ByHandParams,
} from '../engine/index.ts';
import { formatNumber } from './format.ts';
import { settingSpec, type InputKey, type PageView, type SettingKey } from './quantities.ts';
import type { SettingValues } from './url-state.ts';

/** What a reader can set on a page. */
export interface ByHandSettings {
  x: [number, number, number];
  y: number;
  /** The parameters at epoch 0; training starts from them. */
  init: ByHandParams;
  learningRate: number;
  decay: number;
  /** How many epochs the training history holds. */
  epochs: number;
  /** The epoch whose forward and backward pass the page shows (0 = before any update). */
  epochOnView: number;
}

/** The chapter's example: its inputs, target, learning rate and its initial weights (seed 13). */
export function defaultSettings(): ByHandSettings {
  return {
    x: [BY_HAND_DEFAULTS.x[0], BY_HAND_DEFAULTS.x[1], BY_HAND_DEFAULTS.x[2]],
    y: BY_HAND_DEFAULTS.y,
    init: initByHand(BY_HAND_DEFAULTS.seed),
    learningRate: BY_HAND_DEFAULTS.learningRate,
    decay: BY_HAND_DEFAULTS.decay,
    epochs: BY_HAND_DEFAULTS.epochs,
    epochOnView: 0,
  };
}

export const settings = signal<ByHandSettings>(defaultSettings());

/** Trains the chapter's network from these settings for a number of epochs. */
function train(s: ByHandSettings, epochs: number) {
  return trainByHand({
    x: s.x,
    y: s.y,
    learningRate: s.learningRate,
    decay: s.decay,
    epochs,
    init: s.init,
  });
}

/**
 * The last settings checked by setSetting and their view: the `view` signal recomputes from the
 * very same settings object right after, and can take the result instead of training again.
 */
let checked: { settings: ByHandSettings; view: PageView } | undefined;

/** Builds what the page shows from settings (up to the epoch on view); throws if the engine cannot. */
function viewOf(s: ByHandSettings): PageView {
  if (checked?.settings === s) return checked.view;
  const epoch = train(s, s.epochOnView + 1).epochs[s.epochOnView];
  if (!epoch) throw new RangeError(`epoch ${s.epochOnView} was not computed`);
  return { x: s.x, y: s.y, learningRate: s.learningRate, epoch };
}

/** The forward and backward pass at the epoch on view, as every widget reads it. */
export const view = computed<PageView>(() => viewOf(settings.value));

/** The view of the chapter's example: what the server renders and a page without JavaScript shows. */
export const exampleView = computed<PageView>(() => viewOf(defaultSettings()));

/** The full training run (every epoch's values), for plots and the training chapters. */
export const history = computed(() => train(settings.value, settings.value.epochs));

/** The settings as a flat table of values, keyed as in the settings table and the URL. */
export function settingValues(s: ByHandSettings): SettingValues {
  return {
    x1: s.x[0],
    x2: s.x[1],
    x3: s.x[2],
    y: s.y,
    learningRate: s.learningRate,
    ...s.init,
  };
}

/** A copy of the settings with one value replaced. */
function withSetting(s: ByHandSettings, key: SettingKey, value: number): ByHandSettings {
  if (key === 'x1' || key === 'x2' || key === 'x3') {
    const x: [number, number, number] = [...s.x];
    x[INPUT_INDEX[key]] = value;
    return { ...s, x };
  }
  if (key === 'y') return { ...s, y: value };
  if (key === 'learningRate') return { ...s, learningRate: value };
  return { ...s, init: { ...s.init, [key]: value } };
}

const INPUT_INDEX: Record<InputKey, 0 | 1 | 2> = { x1: 0, x2: 1, x3: 2 };

/** The outcome of a reader's edit: applied, or refused with a sentence that says why. */
export type SetResult = { ok: true } | { ok: false; message: string };

/** True when every number the view shows is finite. */
function isFiniteView(v: PageView): boolean {
  const e = v.epoch;
  return (
    Number.isFinite(e.loss) &&
    BY_HAND_NODE_KEYS.every((key) => Number.isFinite(e.nodes[key])) &&
    BY_HAND_PARAM_KEYS.every((key) => Number.isFinite(e.grads[key]))
  );
}

/**
 * Sets one quantity, if the value is allowed and the network still gives finite numbers with it.
 * Otherwise the page keeps its last good state and the caller gets a message to show.
 */
export function setSetting(key: SettingKey, value: number): SetResult {
  const spec = settingSpec(key);
  if (!spec) return { ok: false, message: `${key} is not something this page can set.` };
  if (!Number.isFinite(value)) {
    return { ok: false, message: `${spec.label} needs a number. Kept the last value.` };
  }
  if (value < spec.min || value > spec.max) {
    return {
      ok: false,
      message: `${spec.label} must be between ${formatNumber(spec.min, 0)} and ${formatNumber(spec.max, 0)}. Kept the last value.`,
    };
  }
  const next = withSetting(settings.value, key, value);
  try {
    const nextView = viewOf(next);
    if (!isFiniteView(nextView)) throw new RangeError('not finite');
    checked = { settings: next, view: nextView };
  } catch {
    return {
      ok: false,
      message: `With ${spec.label} = ${formatNumber(value)} the network gives no finite result. Kept the last value.`,
    };
  }
  settings.value = next;
  return { ok: true };
}

/** Applies several values at once (for example from a link), skipping any that are refused. */
export function applySettings(values: SettingValues): void {
  batch(() => {
    for (const [key, value] of Object.entries(values)) {
      if (value !== undefined) setSetting(key as SettingKey, value);
    }
  });
}

/** Back to the chapter's example. */
export function resetSettings(): void {
  settings.value = defaultSettings();
}
