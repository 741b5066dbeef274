/**
 * The lab's layer widths L = [l₀, …, lₙ]: a codec for the box labelled "layer widths"
 * ("2, 4, 3, 1", "2 4 3 1", "[2,4,3,1]") and for links ("2-4-3-1"), and the agreement of the
 * last width with the output. The parameter counter's codec (parameters/widths.kind.ts)
 * reads text the same way (state/width-text.ts); the lab's limits are its own, small enough that
 * every number of the network can be shown: 2 to 6 layers, at most 8 nodes in a hidden layer.
 *
 * A link's widths out of these limits are set aside, not clamped: a clamped list could not be
 * reported as clamped (a link reports a number the limits moved only for numbers it reads one by
 * one), and a network the reader did not ask for would be trained without a word.
 */
import type { OutputActivationName } from '../../engine/core/index.ts';
import type { Agreement } from '../../state/store.ts';
import type { Checked, Codec } from '../../state/codecs.ts';
import { readWidthText, type WidthTextWords } from '../../state/width-text.ts';
import { dataInputsOf } from './lab-data.ts';
import {
  LAB_INPUTS,
  MAX_HIDDEN_WIDTH,
  MAX_LAB_LAYERS,
  MIN_LAB_LAYERS,
} from '../../state/kind-parts/lab-limits.ts';

export {
  LAB_INPUTS,
  MAX_HIDDEN_WIDTH,
  MAX_LAB_LAYERS,
  MIN_LAB_LAYERS,
} from '../../state/kind-parts/lab-limits.ts';
/** Longest text read from the box: six widths with generous spaces fit many times over. */
export const MAX_WIDTHS_TEXT = 100;

/** What the box's refusals of its text say. */
const WIDTH_TEXT: WidthTextWords = {
  maxLength: MAX_WIDTHS_TEXT,
  maxLengthText: String(MAX_WIDTHS_TEXT),
  list: '2, 4, 3, 1',
  one: '4',
};

/** Output nodes an output needs: 2 for softmax, else 1 (as the engine’s `labOutputWidth`). */
export function outputWidthOf(output: OutputActivationName): number {
  return output === 'softmax' ? 2 : 1;
}

/** What every width must be, as each refusal of one width ends. */
const WHOLE_POSITIVE = 'each width is a whole positive number of nodes, such as 2, 4, 3, 1.';

/** Judges one width of a list of `count`: a refusal that names its layer, or null. */
function widthProblem(width: unknown, layer: number, count: number): string | null {
  const which = `Layer ${layer + 1}`;
  if (typeof width !== 'number' || !Number.isFinite(width)) {
    return `${which} needs a whole number of nodes: ${WHOLE_POSITIVE}`;
  }
  if (width <= 0) return `${which} has ${width} nodes: ${WHOLE_POSITIVE}`;
  if (!Number.isInteger(width)) return `${which} has ${width} nodes: ${WHOLE_POSITIVE}`;
  const hidden = layer > 0 && layer < count - 1;
  if (hidden && width > MAX_HIDDEN_WIDTH) {
    return `${which} has ${width} nodes: the lab’s hidden layers take 1 to ${MAX_HIDDEN_WIDTH} nodes.`;
  }
  return null;
}

/**
 * Judges widths as numbers, whatever the data and output: each width, then the number of layers,
 * then the last (one node, or two for softmax). The first width is the data's inputs, which the
 * agreement below checks, as only the settings before the widths know the data.
 */
function checkWidthList(values: readonly unknown[]): Checked<readonly number[]> {
  if (values.length > MAX_LAB_LAYERS) {
    return {
      ok: false,
      message: `That is ${values.length} layers; the lab takes ${MIN_LAB_LAYERS} to ${MAX_LAB_LAYERS}, inputs and outputs included.`,
    };
  }
  for (let layer = 0; layer < values.length; layer++) {
    const problem = widthProblem(values[layer], layer, values.length);
    if (problem) return { ok: false, message: problem };
  }
  if (values.length < MIN_LAB_LAYERS) {
    return {
      ok: false,
      message: `One layer is not a network: give the inputs and the outputs at least, such as ${LAB_INPUTS}, 1.`,
    };
  }
  const widths = values as readonly number[];
  const last = widths[widths.length - 1]!;
  if (last > 2) {
    return {
      ok: false,
      message: `The output layer has ${last} nodes: the lab’s output has 1 node (identity or sigmoid) or 2 (softmax).`,
    };
  }
  return { ok: true, value: Object.freeze(widths.slice()) };
}

/** One width in a link: one or two digits (a hidden layer holds at most 8). */
const LINK_WIDTH = /^\d{1,2}$/;
/** A link's first width: the inputs of some lab set, 1 or 2. */
const LINK_INPUTS = /^[1-2]$/;
/** Longest link text: six widths of two digits and five separators. */
const MAX_LINK_TEXT = MAX_LAB_LAYERS * 3 - 1;

/** The lab's widths codec: typed text, link text and the checks they share. */
export const labWidthsCodec: Codec<readonly number[]> = {
  type: 'vector',
  check(value) {
    if (!Array.isArray(value)) {
      return { ok: false, message: 'The layer widths must be a list of numbers.' };
    }
    return checkWidthList(value);
  },
  parse(text) {
    const read = readWidthText(text, WIDTH_TEXT);
    return read.ok ? checkWidthList(read.value) : read;
  },
  fromLink(text) {
    if (text.length === 0 || text.length > MAX_LINK_TEXT) return undefined;
    const parts = text.split(/[-_,]/);
    if (!parts.every((part) => LINK_WIDTH.test(part)) || !LINK_INPUTS.test(parts[0]!)) {
      return undefined;
    }
    const checked = checkWidthList(parts.map(Number));
    return checked.ok ? checked.value : undefined;
  },
  toLink: (value) => value.join('-'),
  format: (value) => value.join(', '),
  equals: (a, b) => a.length === b.length && a.every((width, i) => width === b[i]),
};

/** The output activation the settings before the widths chose. */
const outputOf = (earlier: Readonly<Record<string, unknown>>) =>
  earlier['output'] as OutputActivationName;

/** The refusal of a first width that is not the data's inputs, naming the number needed. */
function inputNodes(inputs: number): string {
  const noun = inputs === 1 ? 'input' : 'inputs';
  return `This data has ${inputs} ${noun}: the first width must be ${inputs}.`;
}

/** The last width an output needs, as a refusal says it. */
function outputNodes(output: OutputActivationName): string {
  const nodes = outputWidthOf(output);
  if (output === 'softmax') {
    return `A softmax output has ${nodes} nodes, one per class: the last width must be ${nodes}.`;
  }
  const article = output === 'identity' ? 'An' : 'A';
  return `${article} ${output} output has ${nodes} node: the last width must be ${nodes}.`;
}

/**
 * The widths agree with the data and the output: the first width is the data's inputs (1 or 2),
 * the last the output's nodes. Typed widths that begin or end otherwise are refused; kept widths
 * follow a new data set and a new output, their hidden widths unchanged.
 */
export const widthsAgreement: Agreement<readonly number[]> = {
  problem(widths, earlier) {
    const inputs = dataInputsOf(earlier);
    if (widths[0] !== inputs) return inputNodes(inputs);
    const output = outputOf(earlier);
    return widths[widths.length - 1] === outputWidthOf(output) ? null : outputNodes(output);
  },
  follow(widths, earlier) {
    const first = dataInputsOf(earlier);
    const last = outputWidthOf(outputOf(earlier));
    if (widths[0] === first && widths[widths.length - 1] === last) return widths;
    return Object.freeze([first, ...widths.slice(1, -1), last]);
  },
};
