/**
 * Connects the store to the address bar: a page opened from a link starts in the linked state,
 * and the address follows what the reader sets, so copying it shares that exact state.
 */
import { effect } from '@preact/signals';
import { applySettings, defaultSettings, settings, settingValues } from './by-hand-store.ts';
import { readSettingsFromQuery, writeSettingsToQuery, type SettingValues } from './url-state.ts';

/** Browsers limit how often a page may rewrite its address; wait for the reader to pause. */
const WRITE_DELAY_MS = 300;

let started = false;

/** The chapter's example as setting values, computed once: links only record differences. */
let defaultValues: SettingValues | undefined;

/** The query string for the current settings ("" for the chapter's example). */
export function currentQuery(): string {
  defaultValues ??= settingValues(defaultSettings());
  return writeSettingsToQuery(settingValues(settings.value), defaultValues);
}

/** Reads the linked state once, then keeps the address up to date. Safe to call many times. */
export function startUrlSync(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  applySettings(readSettingsFromQuery(window.location.search));
  let timer: ReturnType<typeof setTimeout> | undefined;
  effect(() => {
    const query = currentQuery();
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (query === window.location.search || (query === '' && window.location.search === ''))
        return;
      const url = `${window.location.pathname}${query}${window.location.hash}`;
      window.history.replaceState(window.history.state, '', url);
    }, WRITE_DELAY_MS);
  });
}
