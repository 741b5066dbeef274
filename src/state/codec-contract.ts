/**
 * The contract every codec keeps (codecs.ts, number-codecs.ts, vector-codec.ts): how a value is
 * checked, typed, compared, and written to and read from a link. Apart from the codecs themselves,
 * so that each codec's file imports the contract and codecs.ts imports the codecs, never round.
 */

/** A value judged: accepted (possibly normalised), or refused with a sentence for the reader. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** What every codec can do. */
export interface Codec<T> {
  readonly type: 'number' | 'integer' | 'enum' | 'vector' | 'boolean';
  /** Accepts a value within the limits, or says why not (`label` names it in the sentence). */
  check(value: unknown, label: string): Checked<T>;
  /** Reads text a reader typed into a box; refuses with a sentence. */
  parse(text: string, label: string): Checked<T>;
  /** Reads a link's text, clamping numbers into the limits; undefined when it is not usable. */
  fromLink(text: string): T | undefined;
  /** The value as a link writes it: short, URL-safe, and read back to the same value. */
  toLink(value: T): string;
  /** The value as the page shows it. */
  format(value: T): string;
  equals(a: T, b: T): boolean;
}
