/**
 * The gradient check: every derivative backprop gives, beside its estimate from the loss alone by
 * central differences, [L(θ + ε) − L(θ − ε)] / 2ε, and the relative difference of the two, with
 * a slider for the step ε = 10ᵏ. A row whose relative difference is above 10⁻⁶ is marked, in
 * words as well as in colour, and a sentence under the slider says which error dominates at the
 * current step.
 *
 * Why it renders again on each change instead of binding its numbers: a new ε changes every
 * estimate, the marks and the sentence at once, and the table is small. It reads the store's
 * view as it renders (`readerOf`), so it subscribes to the view and shows the starting state
 * until it has mounted. Nothing here computes a derivative: the store gives all three columns.
 */
import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { trainingStepOperations } from '../../engine/core/index.ts';
import { formatNumber, powerOfTen, scientific } from '../../state/format.ts';
import { networkKind } from '../network/network.kind.ts';
import type { NetworkKind } from '../../state/kind-parts/network-kind.ts';
import { MAX_EPSILON_POWER, MIN_EPSILON_POWER } from '../../state/kind-parts/network-settings.ts';
import { useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { readerOf, Sym } from './OperationFormula.tsx';
import { StoreActions } from '../StoreActions.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
  /** What the caption says the reader can do here (the chapter's words). */
  caption: string;
}

/** Backprop and its estimate agree when their relative difference is at most this. */
export const AGREEMENT = 1e-6;

/** Decimals of the derivatives and their estimates: enough to see a step that is off. */
const DIGITS = 6;

/** Steps from this power up are "large": there the truncation error dominates. */
const LARGE_POWER = -5;

type Group = 'nodes' | 'weights' | 'biases';

const GROUP_TITLES: Record<Group, string> = {
  nodes: 'Node inputs and outputs',
  weights: 'Weights',
  biases: 'Biases',
};

/**
 * Every ∂L/∂ key of the kind, grouped nodes, weights, biases, each in the order a training step
 * computes them (keys the steps do not name go last in their group).
 */
function derivativeGroups(kind: NetworkKind): { group: Group; keys: string[] }[] {
  const weights = new Set(kind.names.weights.map((name) => `dL/d${name.key}`));
  const biases = new Set(kind.names.biases.map((name) => `dL/d${name.key}`));
  const all = [...kind.quantityKeys].filter(
    (key) => key.startsWith('dL/d') && kind.quantityKeys.has(`reldiff(${key})`),
  );
  const stepOrder = trainingStepOperations(kind.names).map((operation) => operation.result);
  const rank = (key: string) => {
    const index = stepOrder.indexOf(key);
    return index === -1 ? stepOrder.length : index;
  };
  all.sort((a, b) => rank(a) - rank(b));
  const groupOf = (key: string): Group =>
    weights.has(key) ? 'weights' : biases.has(key) ? 'biases' : 'nodes';
  return (['nodes', 'weights', 'biases'] as const).map((group) => ({
    group,
    keys: all.filter((key) => groupOf(key) === group),
  }));
}

const GROUPS = derivativeGroups(networkKind);
const COUNT = GROUPS.reduce((total, group) => total + group.keys.length, 0);

/** An integer with a true minus sign: "−6". */
function signed(value: number): string {
  return String(value).replace('-', '\u2212');
}

/** A power of ten with a raised exponent: "10⁻⁶". */
function powerText(power: number): string {
  return powerOfTen(power);
}

/** What the numbers on show say about the step: which error dominates, from the worst row. */
function regime(power: number, worst: number, off: number): string {
  const step = `At ε = ${powerText(power)}`;
  if (off === 0) {
    return (
      `${step} every estimate agrees with backprop: the largest relative difference is ` +
      `${scientific(worst)}, below ${scientific(AGREEMENT)}. Both errors of a central ` +
      'difference are small at this step: its truncation error, which grows like ε², and the ' +
      'rounding error of L divided by 2ε, which grows like 1/ε. Steps near 10⁻⁵ to 10⁻⁶ keep ' +
      'both small.'
    );
  }
  const count = `${off} of ${COUNT} estimates differ from backprop by more than ${scientific(AGREEMENT)} (the largest relative difference is ${scientific(worst)})`;
  if (power >= LARGE_POWER) {
    return (
      `${step} the step is too large: ${count}. The truncation error of a central difference ` +
      'grows like ε²: over a step this long the loss curves away from its tangent. Make ε ' +
      'smaller.'
    );
  }
  return (
    `${step} the step is too small: ${count}. L is computed to about 16 significant digits, so ` +
    'L(θ + ε) − L(θ − ε) loses most of its digits to rounding, and that rounding error, divided ' +
    'by 2ε, grows like 1/ε. Make ε larger.'
  );
}

export function GradientCheck({ id, anchor, caption, ...storeProps }: Props) {
  const store = useStore(networkKind, storeProps);
  const mounted = useMountedSignal();
  const read = readerOf(store, mounted);
  /** Why the store refused a step, shown next to the slider. */
  const refusal = useSignal('');

  const power = read('epsilonPower');
  const epsilon = read('epsilon');
  const reldiffs = GROUPS.flatMap(({ keys }) => keys.map((key) => read(`reldiff(${key})`)));
  const isOff = (value: number) => !(value <= AGREEMENT);
  const off = reldiffs.filter(isOff).length;
  const worst = reldiffs.reduce((a, b) => (Number.isNaN(b) ? a : Math.max(a, b)), 0);

  const sliderId = `${id}-epsilon`;
  const labelId = `${sliderId}-label`;
  const regimeId = `${id}-regime`;
  const messageId = `${id}-message`;
  const captionId = `${id}-caption`;
  const startingPower = store.defaults['epsilonPower'] as number;

  const setPower = (next: number) => {
    const result = store.set('epsilonPower', next);
    refusal.value = result.ok ? '' : result.message;
  };
  const onSlid = (event: TargetedEvent<HTMLInputElement>) =>
    setPower(Number(event.currentTarget.value));

  return (
    <figure id={id} class="widget gradcheck" aria-labelledby={captionId}>
      <figcaption id={captionId} class="widget-caption">
        {caption}
      </figcaption>
      <div class="gradcheck-control">
        <label id={labelId} for={sliderId} class="gradcheck-label">
          Step ε = 10ᵏ
        </label>
        <input
          id={sliderId}
          type="range"
          class="gradcheck-slider"
          min={MIN_EPSILON_POWER}
          max={MAX_EPSILON_POWER}
          step={1}
          value={power}
          aria-valuetext={`k = ${signed(power)}, ε = ${powerText(power)}`}
          aria-describedby={`${regimeId}${refusal.value ? ` ${messageId}` : ''}`}
          onInput={onSlid}
        />
        <output class="gradcheck-epsilon" for={sliderId}>
          k = {signed(power)}, so ε ={' '}
          <span data-quantity="epsilon" data-value={String(epsilon)}>
            {powerText(power)}
          </span>
        </output>
        <button
          type="button"
          class="gradcheck-button"
          aria-disabled={power === startingPower ? 'true' : 'false'}
          onClick={() => setPower(startingPower)}
        >
          Back to ε = {powerText(startingPower)}
        </button>
        <p id={messageId} class="gradcheck-message" role="alert">
          {refusal.value}
        </p>
      </div>
      <p id={regimeId} class={`gradcheck-regime${off > 0 ? ' is-off' : ''}`} aria-live="polite">
        {regime(power, worst, off)}
      </p>
      <p class="gradcheck-count">
        At ε = {powerText(power)}, {COUNT - off} of {COUNT} derivatives agree to within a relative
        difference of {scientific(AGREEMENT)}.
      </p>
      {/* Focusable so that keyboard users can scroll the table sideways on a narrow screen. */}
      <div
        class="gradcheck-scroll table-fit"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-table`}
      >
        <table class="gradcheck-table">
          <caption id={`${id}-table`}>Backprop against central differences</caption>
          <thead>
            <tr>
              <th scope="col">Derivative</th>
              <th scope="col">Backprop</th>
              <th scope="col">Central difference</th>
              <th scope="col">Relative difference</th>
              <th scope="col">Agree?</th>
            </tr>
          </thead>
          {GROUPS.map(({ group, keys }) => (
            <tbody key={group}>
              <tr class="gradcheck-group">
                <th scope="rowgroup" colSpan={5}>
                  {GROUP_TITLES[group]}
                </th>
              </tr>
              {keys.map((key) => {
                const exact = read(key);
                const estimate = read(`fd(${key})`);
                const difference = read(`reldiff(${key})`);
                const bad = isOff(difference);
                return (
                  <tr key={key} class={`gradcheck-row${bad ? ' is-off' : ''}`}>
                    <th scope="row">
                      <Sym quantity={key} />
                    </th>
                    <td
                      class="gradcheck-number"
                      data-label="Backprop"
                      data-quantity={key}
                      data-value={String(exact)}
                      data-digits={DIGITS}
                    >
                      {formatNumber(exact, DIGITS)}
                    </td>
                    <td
                      class="gradcheck-number"
                      data-label="Central difference"
                      data-quantity={`fd(${key})`}
                      data-value={String(estimate)}
                      data-digits={DIGITS}
                    >
                      {formatNumber(estimate, DIGITS)}
                    </td>
                    <td
                      class="gradcheck-number"
                      data-label="Relative difference"
                      data-quantity={`reldiff(${key})`}
                      data-value={String(difference)}
                    >
                      {scientific(difference)}
                    </td>
                    <td class="gradcheck-verdict" data-label="Agree?">
                      <span aria-hidden="true">{bad ? '✗' : '✓'}</span>{' '}
                      {bad ? `off: above ${scientific(AGREEMENT)}` : 'agrees'}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
