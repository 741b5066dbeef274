/**
 * What remembered.ts writes and recall.ts reads: the localStorage key, the limits and which
 * settings are remembered. Apart, so that a page that only reads does not load the writer.
 */
import type { SettingDefinition, StoreKind } from './store.ts';

/** The localStorage key; a new layout of what is stored gets a new version. */
export const REMEMBERED_KEY = 'nn-by-hand.parameters.v1';

/** Longer stored text is not read at all. */
export const MAX_REMEMBERED_LENGTH = 2048;

/** A page title is cut to this many characters. */
export const MAX_TITLE_LENGTH = 80;

/** The part of the Web Storage API used here. */
export interface TextStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The settings that are remembered: the seed, then every weight and bias. */
export function rememberedKeys(kind: StoreKind): string[] {
  return ['seed', ...(kind.groups['parameters'] ?? [])];
}

/** The kind's settings under `rememberedKeys`, in that order: what is written and read back. */
export function rememberedSettings(kind: StoreKind): SettingDefinition[] {
  const settings: SettingDefinition[] = [];
  for (const key of rememberedKeys(kind)) {
    const setting = kind.settings.find((entry) => entry.key === key);
    if (setting) settings.push(setting);
  }
  return settings;
}
