/**
 * What every box a reader types a value into has in common (a setting's number, a sample table's
 * cell, a network's widths, the approximation's points, an exercise's answer or seed, a worksheet's
 * answer, a link to turn into an embed code): a plain text input, whose text the widget reads
 * itself (SettingControl.tsx says why not `type="number"`), with neither the browser's suggestions
 * nor its spelling marks, which know nothing of numbers or addresses. Each box adds its own
 * `inputMode`, the keyboard a phone shows for it.
 */
export const TYPED_BOX = { type: 'text', autoComplete: 'off', spellcheck: false } as const;

/**
 * A pause in typing this long applies the number typed so far, in every box that applies what is
 * typed without waiting for Enter: the same wait wherever the reader types.
 */
export const TYPING_PAUSE_MS = 700;
