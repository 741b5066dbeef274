/**
 * The chain rule, live: a reader picks three functions f, g, h and an input x, and sees the chain
 * y = h(g(f(x))) run forward (each value, and each link's local derivative), the derivatives
 * multiplied back from y one, two and three steps, and the product held up against a central
 * difference. One island, bound to one chain store.
 *
 * Everything is text (a list of boxes and arrows drawn by CSS), so it needs no separate text
 * alternative: a screen reader reads the chain in order, and the arrows are hidden from it.
 * The numbers are bound (`useLiveNumbers`); a formula follows its function through a signal; only
 * the function picker renders again, when it has a refusal to show.
 */
import { useComputed, type ReadonlySignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import {
  composeText,
  derivativeText,
  formulaText,
  type ChainFunctionId,
} from '../../engine/index.ts';
import { CHAIN_LINKS, chainKind } from './chain.kind.ts';
import type { SettingValues, Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { SettingControl } from '../SettingControl.tsx';
import { StoreActions } from '../StoreActions.tsx';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import type { WidgetPartProps } from '../widgetPart.ts';
import { FunctionPicker } from './FunctionPicker.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

/** A factor of a product: a negative one is bracketed by CSS, from its `data-value`. */
function Factor({ store, quantity }: { store: Store; quantity: string }) {
  return <LiveNumber store={store} quantity={quantity} class="chain-factor" />;
}

/** Each link's local derivative, by the quantity key the store gives it. */
const DERIVATIVE_KEYS = { f: 'df/dx', g: 'dg/df', h: 'dy/dg' } as const;

type Link = (typeof CHAIN_LINKS)[number];

/** One link of the chain: the arrow with its local derivative, then the value it gives. */
function ChainStep({
  store,
  settings,
  link,
}: {
  store: Store;
  settings: ReadonlySignal<SettingValues>;
  link: Link;
}) {
  const name = link.key === 'h' ? 'y' : link.key;
  const fn = () => settings.value[link.key] as ChainFunctionId;
  const formula = useComputed(() => `${name} = ${formulaText(fn(), link.argument)}`);
  const derivative = useComputed(
    () => `${link.key}′(${link.argument}) = ${derivativeText(fn(), link.argument)}`,
  );
  return (
    <li class="chain-step">
      <p class="chain-edge">
        <span class="chain-arrow" aria-hidden="true" />
        <span>
          <span class="chain-formula">{derivative}</span> ={' '}
          <LiveNumber store={store} quantity={DERIVATIVE_KEYS[link.key]} />
        </span>
      </p>
      <p class="chain-node">
        <span class="chain-formula">{formula}</span> = <LiveNumber store={store} quantity={name} />
      </p>
    </li>
  );
}

/** The chain's forward run: x, then each link's local derivative and the value it gives. */
function ChainFlow({ store, settings, id }: WidgetPartProps) {
  const nest = useComputed(
    () =>
      `y = ${composeText(CHAIN_LINKS.map((link) => settings.value[link.key] as ChainFunctionId))}`,
  );
  return (
    <section class="chain-section" aria-labelledby={`${id}-forward`}>
      <h3 id={`${id}-forward`} class="chain-heading">
        Forward: <span class="chain-formula">{nest}</span>
      </h3>
      <ol class="chain-flow">
        <li class="chain-node chain-start">
          <span class="chain-formula">x</span> = <LiveNumber store={store} quantity="x" />
        </li>
        {CHAIN_LINKS.map((link) => (
          <ChainStep key={link.key} store={store} settings={settings} link={link} />
        ))}
      </ol>
    </section>
  );
}

/** The local derivatives multiplied from y back to x, one step at a time. */
function StepsBack({ store, id }: { store: Store; id: string }) {
  return (
    <section class="chain-section" aria-labelledby={`${id}-backward`}>
      <h3 id={`${id}-backward`} class="chain-heading">
        Backward: multiply the local derivatives, starting at y
      </h3>
      <ol class="chain-steps">
        <li>
          <span class="chain-step-name">One step back</span>{' '}
          <span class="chain-formula chain-keep">∂y/∂g = h′(g)</span> ={' '}
          <LiveNumber store={store} quantity="dy/dg" />
        </li>
        <li>
          <span class="chain-step-name">Two steps back</span>{' '}
          <span class="chain-formula chain-keep">∂y/∂f = h′(g) · g′(f)</span> ={' '}
          <Factor store={store} quantity="dy/dg" /> · <Factor store={store} quantity="dg/df" /> ={' '}
          <LiveNumber store={store} quantity="dy/df" />
        </li>
        <li>
          <span class="chain-step-name">Three steps back</span>{' '}
          <span class="chain-formula chain-keep">∂y/∂x = h′(g) · g′(f) · f′(x)</span> ={' '}
          <Factor store={store} quantity="dy/dg" /> · <Factor store={store} quantity="dg/df" /> ·{' '}
          <Factor store={store} quantity="df/dx" /> = <LiveNumber store={store} quantity="dy/dx" />
        </li>
      </ol>
    </section>
  );
}

/** The chain rule's ∂y/∂x beside a central difference, and how far apart they are. */
function Check({ store, id }: { store: Store; id: string }) {
  return (
    <section class="chain-section" aria-labelledby={`${id}-check`}>
      <h3 id={`${id}-check`} class="chain-heading">
        Check: the same slope from values alone
      </h3>
      <dl class="chain-check">
        <div>
          <dt>
            Chain rule, <span class="chain-formula chain-keep">∂y/∂x</span>
          </dt>
          <dd>
            <LiveNumber store={store} quantity="dy/dx" digits={9} />
          </dd>
        </div>
        <div>
          <dt>
            Central difference,{' '}
            <span class="chain-formula chain-keep">(y(x + ε) − y(x − ε)) / 2ε</span> with{' '}
            <span class="chain-keep">
              ε = <LiveNumber store={store} quantity="epsilon" digits={5} />
            </span>
          </dt>
          <dd>
            <LiveNumber store={store} quantity="dy/dx-fd" digits={9} />
          </dd>
        </div>
        <div>
          <dt>
            Relative difference,{' '}
            <span class="chain-formula chain-keep">|a − b| / max(|a|, |b|)</span>
          </dt>
          <dd>
            about 10
            <sup>
              <LiveNumber store={store} quantity="relDiffLog10" digits={1} />
            </sup>
          </dd>
        </div>
      </dl>
    </section>
  );
}

export function ChainRuleWidget({ id, anchor, ...storeProps }: Props) {
  const store = useStore(chainKind, storeProps);
  const mounted = useMountedSignal();
  /** The settings on view: the starting ones while hydrating, then the store's. */
  const settings = useComputed(() => (mounted.value ? store.settings.value : store.defaults));
  const figure = useRef<HTMLElement>(null);
  useLiveNumbers(figure, store);
  return (
    <figure ref={figure} id={id} class="widget chain-widget" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Pick three functions and an input x. The chain runs forward, its local derivatives are
        multiplied back from y, and a central difference checks the result.
      </figcaption>
      <div class="chain-controls">
        <FunctionPicker store={store} settings={settings} idPrefix={id} />
        <div class="chain-input">
          <SettingControl store={store} setting="x" idPrefix={id} />
        </div>
      </div>
      <ChainFlow store={store} settings={settings} id={id} />
      <StepsBack store={store} id={id} />
      <Check store={store} id={id} />
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
