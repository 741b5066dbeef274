/** An instructor's preset from a link: settings fixed or hidden, and the words next to them. */
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
