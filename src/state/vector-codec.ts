/** The vector codec: a list of numbers, each checked by a number codec, typed or in a link. */
import type { Checked, Codec } from './codec-contract.ts';
import type { NumberCodec } from './number-codecs.ts';
import { MAX_LINK_VALUE_LENGTH } from './number-codecs.ts';

/** A list of numbers, each checked by `element`, with a length in [minLength, maxLength]. */
export interface VectorCodec extends Codec<readonly number[]> {
  readonly type: 'vector';
  readonly element: NumberCodec;
  readonly minLength: number;
  readonly maxLength: number;
}

/** Separator of a vector's entries in a link ('_' needs no escaping in a query string). */
export const LINK_SEPARATOR = '_';

/**
 * A list of numbers. A reader may type it with commas, spaces or brackets ("3, 2, 1", "3 2 1",
 * "[3,2,1]"); a link writes "3_2_1".
 */
export function vector(
  element: NumberCodec,
  length: { minLength: number; maxLength: number },
): VectorCodec {
  const { minLength, maxLength } = length;
  const sizeMessage = (label: string) =>
    minLength === maxLength
      ? `${label} needs exactly ${minLength} numbers.`
      : `${label} needs ${minLength} to ${maxLength} numbers.`;
  const check = (value: unknown, label: string): Checked<readonly number[]> => {
    if (!Array.isArray(value)) return { ok: false, message: `${label} needs a list of numbers.` };
    if (value.length < minLength || value.length > maxLength) {
      return { ok: false, message: sizeMessage(label) };
    }
    for (let i = 0; i < value.length; i++) {
      const entry = element.check(value[i], `Entry ${i + 1} of ${label}`);
      if (!entry.ok) return entry;
    }
    return { ok: true, value: Object.freeze((value as number[]).slice()) };
  };
  return {
    type: 'vector',
    element,
    minLength,
    maxLength,
    check,
    parse(text, label) {
      const inner = text
        .trim()
        .replace(/^\[(.*)\]$/s, '$1')
        .trim();
      if (inner === '') return { ok: false, message: sizeMessage(label) };
      const parts = inner.split(/\s*[,;\s]\s*/);
      const values: number[] = [];
      for (let i = 0; i < parts.length; i++) {
        const entry = element.parse(parts[i]!, `Entry ${i + 1} of ${label}`);
        if (!entry.ok) return entry;
        values.push(entry.value);
      }
      return check(values, label);
    },
    fromLink(text) {
      // Only spares splitting long text: whatever it refuses has too many parts or a part too long.
      // (Empty text is one part that no element reads.)
      // Stryker disable next-line ConditionalExpression,EqualityOperator: only spares splitting; the parts refuse all text this long
      if (text.length > maxLength * (MAX_LINK_VALUE_LENGTH + 1)) return undefined;
      const parts = text.split(LINK_SEPARATOR);
      if (parts.length < minLength || parts.length > maxLength) return undefined;
      const values: number[] = [];
      for (const part of parts) {
        const value = element.fromLink(part);
        if (value === undefined) return undefined;
        values.push(value);
      }
      return Object.freeze(values);
    },
    toLink: (value) => value.map((entry) => element.toLink(entry)).join(LINK_SEPARATOR),
    format: (value) => value.map((entry) => element.format(entry)).join(', '),
    equals: (a, b) => a.length === b.length && a.every((entry, i) => entry === b[i]),
  };
}
