/**
 * Without a nonlinearity the chapter's 3-2-1 network is one linear model. The reader picks the
 * hidden activation (identity or sigmoid) and edits x and any weight or bias; the widget shows
 * the network's output O₆ beside the output of the linear model γ₁x₁ + γ₂x₂ + γ₃x₃ + γ₀ that the
 * same weights collapse to with identity activations, the difference, and each γ. With identity
 * hidden nodes the difference is zero for every setting; with sigmoid ones it is not.
 *
 * Every number is read from the collapse store (the engine's forward pass and collapse); the
 * sentence that says whether the two agree follows the activation setting.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { HIDDEN_LABELS, collapseKind } from './collapse.kind.ts';
import type { SettingValues } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { ReadoutList, type ReadoutEntry } from '../ReadoutList.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { Sym } from '../Sym.tsx';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import type { WidgetPartProps } from '../widgetPart.ts';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

/** The controls, grouped by the node each setting feeds. */
const GROUPS = [
  { legend: 'The sample', keys: ['x1', 'x2', 'x3'] },
  { legend: 'Into H4', keys: ['w14', 'w24', 'w34', 'b4'] },
  { legend: 'Into H5', keys: ['w15', 'w25', 'w35', 'b5'] },
  { legend: 'Into O6', keys: ['w46', 'w56', 'b6'] },
] as const;

/**
 * Each coefficient of the collapsed model, γ with its subscript, and how the weights make it: a
 * sum of products of the parameters named by their keys (γ₁ = λ₁,₄λ₄,₆ + λ₁,₅λ₅,₆).
 */
const COEFFICIENTS = [
  {
    key: 'beta1',
    sub: '1',
    formula: [
      ['w14', 'w46'],
      ['w15', 'w56'],
    ],
  },
  {
    key: 'beta2',
    sub: '2',
    formula: [
      ['w24', 'w46'],
      ['w25', 'w56'],
    ],
  },
  {
    key: 'beta3',
    sub: '3',
    formula: [
      ['w34', 'w46'],
      ['w35', 'w56'],
    ],
  },
  { key: 'beta0', sub: '0', formula: [['b4', 'w46'], ['b5', 'w56'], ['b6']] },
] as const;

/** A sum of products of parameters in the book's notation: λ₁,₄·λ₄,₆ + λ₁,₅·λ₅,₆. */
function Formula({ terms }: { terms: readonly (readonly string[])[] }) {
  return (
    <>
      {terms.map((product, i) => (
        <span key={i}>
          {i > 0 && ' + '}
          {product.map((key, j) => (
            <span key={key}>
              {j > 0 && '·'}
              <Sym quantity={key} />
            </span>
          ))}
        </span>
      ))}
    </>
  );
}

/** What the comparison says, by hidden activation. */
const VERDICTS = {
  identity:
    'With identity hidden nodes the two outputs are the same number: whatever you set, this network is the linear model below.',
  sigmoid:
    'With sigmoid hidden nodes the outputs differ, and by an amount that changes with x: no single linear model matches the network.',
} as const;

type Hidden = keyof typeof HIDDEN_LABELS;

/** The hidden activation as two radio buttons, bound to the store. */
function HiddenChoice({ store, settings, id }: WidgetPartProps) {
  const picked = (event: TargetedEvent<HTMLInputElement>) => {
    store.set('hidden', event.currentTarget.value);
  };
  return (
    <fieldset class="collapse-choice">
      <legend>Activation of the hidden nodes H4 and H5</legend>
      {(Object.keys(HIDDEN_LABELS) as Hidden[]).map((hidden) => (
        <HiddenOption
          key={hidden}
          hidden={hidden}
          settings={settings}
          id={`${id}-hidden-${hidden}`}
          name={`${id}-hidden`}
          onPicked={picked}
        />
      ))}
    </fieldset>
  );
}

function HiddenOption({
  hidden,
  settings,
  id,
  name,
  onPicked,
}: {
  hidden: Hidden;
  settings: ReadonlySignal<SettingValues>;
  id: string;
  name: string;
  onPicked: (event: TargetedEvent<HTMLInputElement>) => void;
}) {
  const checked = useComputed(() => settings.value['hidden'] === hidden);
  return (
    <label class="collapse-option" for={id}>
      <input
        type="radio"
        id={id}
        name={name}
        value={hidden}
        checked={checked}
        onChange={onPicked}
      />
      {HIDDEN_LABELS[hidden]}
    </label>
  );
}

/** The two outputs side by side, and how far apart they are. */
const OUTPUTS: readonly ReadoutEntry[] = [
  { term: 'the network’s output O6', quantity: 'O6', digits: 6 },
  {
    term: (
      <>
        the linear model’s output γ<sub>1</sub>x<sub>1</sub> + γ<sub>2</sub>x<sub>2</sub> + γ
        <sub>3</sub>x<sub>3</sub> + γ<sub>0</sub>
      </>
    ),
    quantity: 'linear',
    digits: 6,
  },
  { term: 'difference, network minus linear model', quantity: 'difference', digits: 6 },
];

export function CollapseWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(collapseKind, storeProps);
  const mounted = useMountedSignal();
  const settings = useComputed(() => (mounted.value ? store.settings.value : store.defaults));
  const verdict = useComputed(() => VERDICTS[settings.value['hidden'] as Hidden]);
  const figure = useRef<HTMLElement>(null);
  useLiveNumbers(figure, store);
  return (
    <figure ref={figure} id={id} class="widget collapse-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        The chapter’s network beside the linear model its weights collapse to. Change the hidden
        activation, the sample or any weight, and compare the two outputs.
      </figcaption>
      <HiddenChoice store={store} settings={settings} id={id} />
      <ReadoutList store={store} class="collapse-outputs" entries={OUTPUTS} />
      <p class="collapse-verdict" aria-live="polite">
        {verdict}
      </p>
      <div class="table-fit">
        <table class="collapse-coefficients">
          <caption>The linear model the weights give with identity activations</caption>
          <thead>
            <tr>
              <th scope="col">coefficient</th>
              <th scope="col">made of</th>
              <th scope="col">value</th>
            </tr>
          </thead>
          <tbody>
            {COEFFICIENTS.map((c) => (
              <tr key={c.key}>
                <th scope="row">
                  γ<sub>{c.sub}</sub>
                </th>
                <td data-label="made of">
                  <Formula terms={c.formula} />
                </td>
                <LiveNumber store={store} quantity={c.key} as="td" label="value" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="collapse-controls">
        {GROUPS.map((group) => (
          <fieldset key={group.legend} class="setting-group">
            <legend>{group.legend}</legend>
            {group.keys.map((key) => (
              <SettingControl key={key} store={store} setting={key} idPrefix={id} />
            ))}
          </fieldset>
        ))}
      </div>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
