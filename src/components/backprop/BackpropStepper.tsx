/**
 * One training step of the chapter's network, one operation at a time: the forward pass, the
 * loss, the backward pass and the update as separate phases. The reader steps forward and back by
 * buttons or keys; the diagram marks the node or connection in use; the panel shows the rule with
 * the current numbers, the local derivative and the product it makes, and at a node reached by
 * two paths both terms and their sum. Each step is announced to screen readers.
 *
 * The step on view and the numbers are both the store's (its `step` setting, counted from 1), so a
 * link opens the stepper where the reader left it, and editing a weight anywhere on the page
 * redraws the step on view. A preset that fixes the step keeps the buttons from moving it.
 */
import { useComputed } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { trainingStepOperations, type Operation, type Phase } from '../../engine/core/index.ts';
import { stepFocusOf } from '../../state/highlight.ts';
import { networkKind } from '../network/network.kind.ts';
import { FIXED_BY_LINK, NO_PRESET } from '../../state/store.ts';
import { quantityText } from '../quantity-symbols.ts';
import { useMountedSignal, useShownSetting, useStore, type StoreProps } from '../useStore.ts';
import { LiveDiagram } from '../network/LiveDiagram.tsx';
import { layoutOf } from '../network/layout.ts';
import { Num, OperationFormula, Sym, readerOf } from './OperationFormula.tsx';
import { StoreActions } from '../StoreActions.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** What the caption says the reader can do here (the chapter's words). */
  caption: string;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string;
}

const OPERATIONS = trainingStepOperations(networkKind.names);

const PHASES: readonly { phase: Phase; label: string }[] = [
  { phase: 'forward', label: 'Forward pass' },
  { phase: 'loss', label: 'Loss' },
  { phase: 'backward', label: 'Backward pass' },
  { phase: 'update', label: 'Update' },
];

/** What an operation does, in words, for the panel and the announcement. */
function describe(operation: Operation): string {
  const node = operation.node?.key ?? '';
  const result = quantityText(operation.result);
  switch (operation.kind) {
    case 'weightedSum':
      return `Weighted sum into ${node}: each incoming signal times its weight, plus the bias, gives ${result}.`;
    case 'activation':
      return `Activation of ${node}: ${result} is the activation function applied to ${node}in.`;
    case 'loss':
      return 'The loss: half the squared difference between the prediction and the target.';
    case 'lossDerivative':
      return `The loss derivative at the output: ${result} = ŷ − y.`;
    case 'throughNode':
      return `Back through ${node}: multiply by the local derivative of its activation, ${quantityText(operation.local!)}, to get ${result}.`;
    case 'alongConnections':
      return operation.terms.length > 1
        ? `Back along the ${operation.terms.length} connections leaving ${node}: each path gives weight × derivative, and the paths add up to ${result}.`
        : `Back along the connection leaving ${node}: multiply by its weight to get ${result}.`;
    case 'weightGradient':
      return `A weight's derivative: the signal along the connection times the next node's input derivative gives ${result}.`;
    case 'biasGradient':
      return `A bias's derivative: it equals the derivative of its node's input, ${result}.`;
    case 'update':
      return `Update: step ${quantityText(operation.upstream!.replace('dL/d', ''))} against its derivative, scaled by the learning rate η.`;
  }
}

export function BackpropStepper({ id, anchor, caption, ...storeProps }: Props) {
  const store = useStore(networkKind, storeProps);
  const layout = layoutOf(networkKind);
  const mounted = useMountedSignal();
  // The step on view, from 0 here (the setting counts from 1): the page's starting step until
  // mounted, as the server drew it.
  const step = useShownSetting(store, 'step', mounted);
  const cursor = useComputed(() => (step.value as number) - 1);
  const { lock, hide } = mounted.value ? store.preset.value : NO_PRESET;
  const fixed = lock.has('step') || hide.has('step');
  const operation = OPERATIONS[cursor.value]!;
  const read = readerOf(store, mounted);
  const count = OPERATIONS.length;
  const announcement = useComputed(() => {
    const current = OPERATIONS[cursor.value]!;
    return mounted.value ? `Step ${cursor.value + 1} of ${count}. ${describe(current)}` : '';
  });

  // The diagram marks the node and connections of the step on view.
  useEffect(() => {
    const focus = stepFocusOf(store.name);
    focus.value = {
      nodes: operation.node ? [operation.node.key] : [],
      connections: operation.connections,
    };
  }, [store, operation]);
  useEffect(() => () => void (stepFocusOf(store.name).value = null), [store]);

  const go = (index: number) => {
    if (!fixed) store.set('step', Math.max(0, Math.min(count - 1, index)) + 1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: cursor.value + 1,
      ArrowDown: cursor.value + 1,
      ArrowLeft: cursor.value - 1,
      ArrowUp: cursor.value - 1,
      Home: 0,
      End: count - 1,
    };
    const target = moves[event.key];
    if (target === undefined || event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    go(target);
  };
  const view = operation.phase === 'forward' || operation.phase === 'loss' ? 'forward' : 'both';
  // The diagram's numbers follow the store (LiveDiagram); the panel's are drawn anew each render.
  const phaseStart = (phase: Phase) => OPERATIONS.findIndex((o) => o.phase === phase);

  return (
    <figure
      id={id}
      class="widget backprop-stepper"
      aria-labelledby={`${id}-caption`}
      onKeyDown={onKeyDown}
    >
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption}
      </figcaption>
      <div class="stepper-phases" role="group" aria-label="Jump to a phase">
        {PHASES.map(({ phase, label }) => (
          <button
            key={phase}
            type="button"
            class="stepper-phase"
            aria-pressed={operation.phase === phase}
            aria-disabled={fixed}
            onClick={() => go(phaseStart(phase))}
          >
            {label}
          </button>
        ))}
      </div>
      <div class="stepper-nav">
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus at either end. */}
        <button
          type="button"
          onClick={() => go(cursor.value - 1)}
          aria-disabled={fixed || cursor.value === 0}
        >
          ← Previous step
        </button>
        <span class="stepper-position" id={`${id}-position`}>
          Step {cursor.value + 1} of {count}
          {fixed && `. ${FIXED_BY_LINK}`}
        </span>
        <button
          type="button"
          onClick={() => go(cursor.value + 1)}
          aria-disabled={fixed || cursor.value === count - 1}
        >
          Next step →
        </button>
      </div>
      <div class="stepper-panel">
        <p class="stepper-what">{describe(operation)}</p>
        <OperationFormula operation={operation} kind={networkKind} read={read} showTerms />
        {operation.local && (
          <p class="stepper-local">
            Local derivative <Sym quantity={operation.local} /> ={' '}
            <Num quantity={operation.local} read={read} />; the product so far,{' '}
            <Sym quantity={operation.result} /> = <Num quantity={operation.result} read={read} />.
          </p>
        )}
      </div>
      <LiveDiagram
        store={store}
        mounted={mounted}
        layout={layout}
        view={view}
        idPrefix={`${id}-diagram`}
        label="Stepper diagram"
      />
      <p class="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <StoreActions store={store} anchor={anchor} />
    </figure>
  );
}
