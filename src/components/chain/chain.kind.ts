/**
 * The store kind of the chain-rule chapter: a chain y = h(g(f(x))) of three functions a reader
 * picks from the engine's list, at an input x. Its run is the engine's chain rule at x (every
 * value, every local derivative, the products one, two and three steps back from y) and the
 * central difference that checks it; the view is the run itself.
 *
 * A chain whose numbers overflow (exp(exp(exp(x))) at x = 2) is refused, so the store keeps the
 * last chain it could compute.
 */
import {
  CHAIN_EPSILON,
  CHAIN_FUNCTIONS,
  chainOf,
  checkChain,
  composeText,
  formulaText,
  type ChainCheck,
  type ChainFunctionId,
  type ChainIds,
  type ChainResult,
} from '../../engine/index.ts';
import { number, oneOf, type EnumCodec } from '../../state/codecs.ts';
import { formatNumber } from '../../state/format.ts';
import { defineKind, setting } from '../../state/define-kind.ts';
import { quantities } from '../../state/quantities.ts';
import type { SettingValues } from '../../state/store.ts';

/** A chain at one x, with its check against a central difference. */
export interface ChainRun {
  readonly chain: ChainResult;
  readonly check: ChainCheck;
}

/** The three function settings: the name of each link and the name of its argument. */
export const CHAIN_LINKS = [
  { key: 'f', argument: 'x', role: 'inner', default: 'linear' },
  { key: 'g', argument: 'f', role: 'middle', default: 'sigmoid' },
  { key: 'h', argument: 'g', role: 'outer', default: 'square' },
] as const satisfies readonly {
  key: string;
  argument: string;
  role: string;
  default: ChainFunctionId;
}[];

/** Largest |x| typed or linked: beyond it most chains overflow and none teaches more. */
export const CHAIN_X_LIMIT = 5;

/** The functions one link may use, each labelled by its formula in that link's argument. */
function functionCodec(argument: string): EnumCodec<ChainFunctionId> {
  return oneOf(
    Object.fromEntries(
      CHAIN_FUNCTIONS.map((fn) => [fn.id, formulaText(fn.id, argument)]),
    ) as Record<ChainFunctionId, string>,
  );
}

const settings = [
  ...CHAIN_LINKS.map((link) =>
    setting(link.key, functionCodec(link.argument), {
      description: `the ${link.role} function, applied to ${link.argument}`,
      default: link.default,
    }),
  ),
  setting(
    'x',
    number({ min: -CHAIN_X_LIMIT, max: CHAIN_X_LIMIT, sliderMin: -3, sliderMax: 3, step: 0.01 }),
    { description: 'the input of the chain', default: 0.5 },
  ),
];

/** The functions of a chain's settings, innermost first. */
function idsOf(values: SettingValues): ChainIds {
  return CHAIN_LINKS.map((link) => values[link.key] as ChainFunctionId) as unknown as ChainIds;
}

/** Smallest relative difference whose logarithm is shown: about the precision of a double. */
export const RELATIVE_DIFFERENCE_FLOOR = 1e-16;

/** Every quantity of a chain view, by key. */
const QUANTITIES = quantities<ChainRun>({
  scalars: [
    ['x', (run) => run.chain.x],
    ['f', (run) => run.chain.f],
    ['g', (run) => run.chain.g],
    ['y', (run) => run.chain.y],
    // The local derivative of each link.
    ['df/dx', (run) => run.chain.dfdx],
    ['dg/df', (run) => run.chain.dgdf],
    ['dy/dg', (run) => run.chain.dydg],
    // The products one (dy/dg above), two and three steps back from y.
    ['dy/df', (run) => run.chain.dydf],
    ['dy/dx', (run) => run.chain.dydx],
    // The check: (y(x + ε) − y(x − ε)) / 2ε, its relative difference from dy/dx, and ε.
    ['dy/dx-fd', (run) => run.check.centralDifference],
    ['relDiff', (run) => run.check.relativeDifference],
    [
      'relDiffLog10',
      (run) => Math.log10(Math.max(run.check.relativeDifference, RELATIVE_DIFFERENCE_FLOOR)),
    ],
    ['epsilon', (run) => run.check.epsilon],
  ],
});

export const chainKind = defineKind<ChainRun>({
  id: 'chain',
  settings,
  groups: { functions: ['f', 'g', 'h'], input: ['x'] },
  run(values) {
    const chain = chainOf(idsOf(values), values['x'] as number);
    return { chain, check: checkChain(chain, CHAIN_EPSILON) };
  },
  refuse(run, values) {
    if (run.chain.finite && run.check.finite) return null;
    const x = formatNumber(values['x'] as number);
    return `the chain y = ${composeText(idsOf(values))} is too large to compute at x = ${x}; pick a smaller x or other functions.`;
  },
  quantities: QUANTITIES,
});

/** The kind this module holds, as the kind tables find it (kind-modules.ts). */
export default chainKind;
