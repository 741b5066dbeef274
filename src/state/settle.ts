/**
 * Settings checked and settled: a value against its codec and bounds, and the settings after a
 * change, with defaults that follow the settings before them.
 */
import type { Checked, NumberLimits } from './codecs.ts';
import { formatLimit } from './format.ts';
import type { SettingDefinition, SettingValues, StoreKind } from './store-kind.ts';

/** Reads a default: a value, or a function of the settings before it. */
export function defaultOf(setting: SettingDefinition, earlier: SettingValues): unknown {
  return typeof setting.default === 'function'
    ? (setting.default as (values: SettingValues) => unknown)(earlier)
    : setting.default;
}

/** The setting keys named by a list of keys and group names. */
export function expandKeys(kind: StoreKind, names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    const group = kind.groups[name];
    if (group) for (const key of group) keys.add(key);
    else if (kind.settings.some((setting) => setting.key === name)) keys.add(name);
    else throw new RangeError(`the ${kind.id} store has no setting or group "${name}"`);
  }
  return keys;
}

/** Checks a value with its codec, its agreement and its bounds among the other settings. */
export function checkSetting(
  setting: SettingDefinition,
  value: unknown,
  values: SettingValues,
): Checked<unknown> {
  const checked = setting.codec.check(value, setting.label);
  const problem = checked.ok && setting.agreement?.problem(checked.value, values);
  if (problem) return { ok: false, message: problem };
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
 * default (new weights for a new seed), values with bounds stay inside them, and a value kept
 * that has an agreement follows the settings before it (a changed value was checked already).
 */
export function settle(
  kind: StoreKind,
  before: SettingValues,
  changes: SettingValues,
): SettingValues {
  const after: Record<string, unknown> = {};
  const earlierBefore: Record<string, unknown> = {};
  for (const setting of kind.settings) {
    const { key } = setting;
    let value = key in changes ? changes[key] : before[key];
    if (!(key in changes) && typeof setting.default === 'function') {
      const oldDefault = defaultOf(setting, earlierBefore);
      if (setting.codec.equals(before[key], oldDefault)) value = defaultOf(setting, after);
    }
    if (setting.agreement && !(key in changes)) value = setting.agreement.follow(value, after);
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
export function runChanged(kind: StoreKind, a: SettingValues, b: SettingValues): boolean {
  return kind.settings.some(
    (setting) => setting.affects === 'run' && !setting.codec.equals(a[setting.key], b[setting.key]),
  );
}
