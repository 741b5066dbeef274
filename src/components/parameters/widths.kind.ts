/**
 * The store kind of the parameter counter: one setting, the layer widths L = [l₀, …, lₙ] of a
 * fully connected network, and the engine's count of its weights and biases, term by term.
 *
 * The widths have a codec of their own: a reader types them as "3, 2, 1", "3 2 1" or "[3,2,1]",
 * and each kind of mistake (a letter, a negative or zero width, a fraction, one layer alone, a
 * network too large to count) gets a sentence that names it. A link writes them "3-2-1", the way
 * the book names a network, and reads commas, underscores or dashes between them.
 */
import { parameterTerms, type ParameterTerms } from '../../engine/index.ts';
import type { Checked, Codec } from '../../state/codecs.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { SOURCE_NETWORKS } from '../../state/kind-parts/source-networks.ts';
import { quantities, type Reader } from '../../state/quantities.ts';
import { readWidthText, type WidthTextWords } from '../../state/width-text.ts';

/** Widest layer the counter takes: ten million nodes (the engine counts exactly up to it). */
export const MAX_WIDTH = 10_000_000;
/** Most layers, inputs and outputs included: enough for any network a reader would count. */
export const MAX_LAYERS = 64;
/** Longest text read from the box: 64 widths of eight digits with their separators fit. */
export const MAX_TEXT_LENGTH = 1000;

/** A count as the counter shows it: every digit, in groups of three (narrow no-break spaces). */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value)) return '—';
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return value < 0 ? `\u2212${digits}` : digits;
}

/** What the box's refusals of its text say. */
const WIDTH_TEXT: WidthTextWords = {
  maxLength: MAX_TEXT_LENGTH,
  maxLengthText: formatCount(MAX_TEXT_LENGTH),
  list: '3, 2, 1',
  one: '16',
};

/** "3, 2, 1": the widths as the box shows them. */
function widthsText(widths: readonly number[]): string {
  return widths.join(', ');
}

/** What every width must be, as each refusal of a width ends. */
const WHOLE_POSITIVE = 'the widths must be whole positive numbers of nodes, such as 3, 2, 1.';

/** Judges one width: a refusal that names the layer, or null for a good width. */
function widthProblem(width: number, which: string): string | null {
  if (typeof width !== 'number' || !Number.isFinite(width)) {
    return `${which} needs a whole number of nodes, such as 16.`;
  }
  if (width < 0) return `${which} is negative: ${WHOLE_POSITIVE}`;
  if (width === 0) return `${which} has 0 nodes: ${WHOLE_POSITIVE}`;
  if (!Number.isInteger(width)) {
    return `${which} has ${width} nodes: a layer holds a whole number of nodes; ${WHOLE_POSITIVE}`;
  }
  if (width > MAX_WIDTH) {
    return `${which} is wider than the counter takes: at most ${formatCount(MAX_WIDTH)} nodes a layer.`;
  }
  return null;
}

/**
 * Judges widths as numbers: each width first (so "−0.5" alone is refused for its width, not for
 * being one layer), then their count, then the total they make.
 */
function checkWidthList(values: readonly number[]): Checked<readonly number[]> {
  for (let i = 0; i < values.length; i++) {
    const problem = widthProblem(values[i]!, values.length === 1 ? 'The width' : `Layer ${i + 1}`);
    if (problem) return { ok: false, message: problem };
  }
  if (values.length < 2) {
    return {
      ok: false,
      message:
        'One layer is not a network: give at least an input layer and an output layer, such as 3, 1.',
    };
  }
  if (values.length > MAX_LAYERS) {
    return {
      ok: false,
      message: `That is ${values.length} layers; the counter takes at most ${MAX_LAYERS}, inputs and outputs included.`,
    };
  }
  let total = 0;
  // Stryker disable next-line ConditionalExpression,AssignmentOperator: within the limits (64 layers of at most 10⁷ nodes) a total stays below 6.4·10¹⁵, so a total of 0, or one subtracted, is as safe an integer as the true one
  for (let i = 1; i < values.length; i++) total += values[i]! * (values[i - 1]! + 1);
  // Stryker disable next-line BlockStatement: no widths within the limits reach 2⁵³ − 1 parameters, so this refusal is never made
  if (!Number.isSafeInteger(total)) {
    return {
      ok: false,
      // Stryker disable next-line StringLiteral: never shown, as no widths within the limits reach 2⁵³ − 1 parameters
      message: `That network has more parameters than a number in the browser can count exactly (${formatCount(Number.MAX_SAFE_INTEGER)}).`,
    };
  }
  return { ok: true, value: Object.freeze(values.slice()) };
}

/** Reads typed widths, then judges them; a width too large to hold is named by its layer. */
function parseWidths(text: string): Checked<readonly number[]> {
  const read = readWidthText(text, WIDTH_TEXT);
  if (!read.ok) return read;
  const endless = read.value.findIndex((value) => !Number.isFinite(value));
  if (endless >= 0) {
    return {
      ok: false,
      message: `Layer ${endless + 1} is wider than the counter takes: at most ${formatCount(MAX_WIDTH)} nodes a layer.`,
    };
  }
  return checkWidthList(read.value);
}

/** One width in a link: digits only, clamped into 1 … MAX_WIDTH. */
const LINK_WIDTH = /^\d{1,9}$/;

/** The widths codec: typed text, link text and the checks they share. */
export const widthsCodec: Codec<readonly number[]> = {
  type: 'vector',
  check(value) {
    if (!Array.isArray(value)) {
      return { ok: false, message: 'The layer widths must be a list of numbers.' };
    }
    return checkWidthList(value as number[]);
  },
  parse: (text) => parseWidths(text),
  fromLink(text) {
    // Stryker disable next-line LogicalOperator,ConditionalExpression: the test made false in part or whole (or never true, with &&) lets through only texts refused below as well: empty, or past 64 widths of nine digits (its made-true form does not compile)
    if (text.length === 0 || text.length > MAX_LAYERS * 10) return undefined;
    const parts = text.split(/[-_,\s]/);
    // Stryker disable next-line LogicalOperator,ConditionalExpression: the test made false in part or whole (or never true, with &&) lets through only one layer or more than 64, which checkWidthList refuses as well (its made-true form does not compile)
    if (parts.length < 2 || parts.length > MAX_LAYERS) return undefined;
    if (!parts.every((part) => LINK_WIDTH.test(part))) return undefined;
    const values = parts.map((part) => Math.min(MAX_WIDTH, Math.max(1, Number(part))));
    const checked = checkWidthList(values);
    return checked.ok ? checked.value : undefined;
  },
  toLink: (value) => value.join('-'),
  format: widthsText,
  equals: (a, b) => a.length === b.length && a.every((width, i) => width === b[i]),
};

const settings = [
  setting('widths', widthsCodec, {
    label: 'layer widths',
    symbol: ['L', ''],
    description: 'the number of nodes in each layer, inputs first',
    default: Object.freeze([...SOURCE_NETWORKS[0].widths]),
  }),
];

/** The quantity keys of one layer i: lᵢ, lᵢ₋₁·lᵢ and lᵢ·(lᵢ₋₁ + 1). */
export const widthKey = (layer: number) => `l${layer}`;
export const layerWeightsKey = (layer: number) => `weights${layer}`;
export const layerParametersKey = (layer: number) => `parameters${layer}`;

/** Every quantity of a count, by key. */
const SCALARS: [string, Reader<ParameterTerms>][] = [
  ['weights', (run) => run.weights],
  ['biases', (run) => run.biases],
  ['parameters', (run) => run.total],
  ['layers', (run) => run.widths.length],
  ['hiddenLayers', (run) => run.widths.length - 2],
];
for (let layer = 0; layer < MAX_LAYERS; layer++) {
  SCALARS.push([widthKey(layer), (run) => run.widths[layer]]);
  if (layer >= 1) {
    SCALARS.push([layerWeightsKey(layer), (run) => run.layers[layer - 1]?.weights]);
    SCALARS.push([layerParametersKey(layer), (run) => run.layers[layer - 1]?.parameters]);
  }
}

export const widthsKind = defineKind<ParameterTerms>({
  id: 'widths',
  settings,
  groups: { network: ['widths'] },
  run: (values) => parameterTerms(values['widths'] as readonly number[]),
  quantities: quantities({ scalars: SCALARS }),
});

export { SOURCE_NETWORKS };

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default widthsKind;
