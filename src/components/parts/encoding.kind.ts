/**
 * The store kind of categorical inputs: a reader's list of the facies of a few samples, encoded
 * one-hot (one input node per facies) and, for comparison, as ordinal ranks (one input node).
 * Categories are numbered in the order they first appear in the list.
 *
 * The list is a setting of its own codec: words of letters, digits, spaces and hyphens, compared
 * without regard to case, so "Shale" and "shale" are one facies.
 */
import { categoriesOf, oneHot, ordinalRanks } from '../../engine/index.ts';
import type { Checked, Codec } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { quantities, type Reader } from '../../state/quantities.ts';
import type { SettingValues } from '../../state/store.ts';

/** Most samples in the list. */
export const MAX_SAMPLES = 8;
/** Most distinct categories (input nodes of the one-hot code). */
export const MAX_CATEGORIES = 6;
/** Longest name of one category. */
export const MAX_NAME_LENGTH = 20;

/** A category name: letters, digits, inner spaces and hyphens. */
const NAME = /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u;
/** Separator of the names in a link ('_' needs no escaping and is never part of a name). */
const LINK_SEPARATOR = '_';

/**
 * A list of category names. A reader types it with commas or semicolons between the names
 * ("shale, sandstone"); a link writes "shale_sandstone".
 */
export function categoryListCodec(): Codec<readonly string[]> {
  const check = (value: unknown, label: string): Checked<readonly string[]> => {
    if (!Array.isArray(value) || value.length === 0) {
      return { ok: false, message: `${label} needs at least one name, such as shale.` };
    }
    if (value.length > MAX_SAMPLES) {
      return { ok: false, message: `${label} takes at most ${MAX_SAMPLES} samples.` };
    }
    const names: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const entry: unknown = value[i];
      const name = typeof entry === 'string' ? entry.trim().replace(/\s+/g, ' ') : '';
      if (name === '') {
        return { ok: false, message: `Sample ${i + 1} has no name.` };
      }
      if (name.length > MAX_NAME_LENGTH || !NAME.test(name)) {
        return {
          ok: false,
          message: `Sample ${i + 1} must be a word of letters or digits (at most ${MAX_NAME_LENGTH}).`,
        };
      }
      names.push(name.toLowerCase());
    }
    const categories = categoriesOf(names).length;
    if (categories > MAX_CATEGORIES) {
      return {
        ok: false,
        message: `${label} has ${categories} different names; at most ${MAX_CATEGORIES} fit.`,
      };
    }
    return { ok: true, value: Object.freeze(names) };
  };
  return {
    // A list, of words rather than numbers: nothing draws it as a slider.
    type: 'vector',
    check,
    parse(text, label) {
      const trimmed = text.trim();
      return check(trimmed === '' ? [] : trimmed.split(/\s*[,;\n]\s*/), label);
    },
    fromLink(text) {
      // Stryker disable next-line LogicalOperator: with && the test is never true, and each text it stops (empty, or past 8 names of 20 letters) is refused by check as well
      if (text.length === 0 || text.length > MAX_SAMPLES * (MAX_NAME_LENGTH + 1)) return undefined;
      // Stryker disable next-line StringLiteral: fromLink drops a refusal's message, so the label that would name the list in it is never shown
      const checked = check(text.split(LINK_SEPARATOR), 'A link');
      return checked.ok ? checked.value : undefined;
    },
    toLink: (value) => value.join(LINK_SEPARATOR),
    format: (value) => value.join(', '),
    equals: (a, b) => a.length === b.length && a.every((name, i) => name === b[i]),
  };
}

/** The samples, their categories and both codes. */
export interface EncodingRun {
  readonly samples: readonly string[];
  readonly categories: readonly string[];
  /** One row per sample, one entry per category. */
  readonly oneHot: readonly Float64Array[];
  /** One rank per sample: its category's position, 1-based. */
  readonly ranks: Float64Array;
  /** Each category's own rank, 1 … K. */
  readonly codes: Float64Array;
}

const settings = [
  setting('facies', categoryListCodec(), {
    label: 'Facies',
    description: 'the facies of each sample, in order',
    default: Object.freeze(['shale', 'sandstone', 'siltstone', 'sandstone', 'shale']),
  }),
];

/**
 * Every quantity of an encoding run: `s2c3` is sample 2's one-hot entry for category 3, `rank2`
 * its ordinal rank, `code3` category 3's rank.
 */
const SCALARS: [string, Reader<EncodingRun>][] = [
  ['samples', (run) => run.samples.length],
  ['categories', (run) => run.categories.length],
];
for (let j = 0; j < MAX_CATEGORIES; j++) SCALARS.push([`code${j + 1}`, (run) => run.codes[j]]);
for (let i = 0; i < MAX_SAMPLES; i++) {
  SCALARS.push([`rank${i + 1}`, (run) => run.ranks[i]]);
  for (let j = 0; j < MAX_CATEGORIES; j++) {
    SCALARS.push([`s${i + 1}c${j + 1}`, (run) => run.oneHot[i]?.[j]]);
  }
}

export const encodingKind = defineKind<EncodingRun>({
  id: 'encoding',
  settings,
  groups: { samples: ['facies'] },
  run(values: SettingValues) {
    const samples = values['facies'] as readonly string[];
    const categories = categoriesOf(samples);
    return {
      samples,
      categories,
      oneHot: oneHot(samples, categories),
      ranks: ordinalRanks(samples, categories),
      codes: ordinalRanks(categories, categories),
    };
  },
  quantities: quantities({ scalars: SCALARS }),
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default encodingKind;
