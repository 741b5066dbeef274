/**
 * The training loop as a figure the reader steps through: the six steps drawn as a cycle, the
 * current one marked, Previous and Next buttons (and the arrow keys, Home and End), a counter
 * of epochs (turns of the loop), what the current step does, and a polite live region that
 * says where the reader now is. The cursor is the widget's own (`useSignal`); it is not part of
 * any store or link.
 *
 * Why the steps are an ordered list: the list is the picture's text alternative, and without
 * JavaScript it still shows every step, with step 1 marked current. The cycle's arrows are
 * drawn by CSS, hidden from assistive technology.
 *
 * Bound to a network store (`store="network"`), each step also shows the numbers of the
 * chapter's network that it produces, kept live like every number on the page.
 */
import { useSignal } from '@preact/signals';
import type { RefObject, TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import { networkKind } from '../network/network.kind.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { QuantitySymbol } from '../QuantitySymbol.tsx';
import { useLiveNumbers, useStore, type StoreProps } from '../useStore.ts';
import {
  LOOP_STEPS,
  START,
  lastPosition,
  nextPosition,
  previousPosition,
  type LoopPosition,
} from './loop-steps.ts';

interface Props {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The network store whose numbers the steps show; none by default. */
  store?: string;
  /** The store's declaration, as JSON (added by the build). */
  storeOptions?: string;
  /** What the caption says. */
  caption?: string;
}

const DEFAULT_CAPTION =
  'The training loop. Step 1 happens once; steps 2 to 6 repeat, one turn per epoch. Move through it with the buttons, or with the arrow keys, Home and End.';

/** The arrow leaving each step in the wide drawing (the narrow one runs down a column). */
const WIDE_ARROWS = ['down', 'right', 'right', 'down', 'left', 'up'] as const;

export function TrainingLoop(props: Props) {
  return props.store === undefined ? (
    <UnboundLoop {...props} />
  ) : (
    <BoundLoop {...props} store={props.store} />
  );
}

/** The figure on its own: the steps without numbers. */
function UnboundLoop({ id, caption }: Props) {
  const figure = useRef<HTMLElement>(null);
  return <LoopFigure id={id} caption={caption} store={null} figureRef={figure} />;
}

/** The figure bound to its page's store: its numbers follow the store. */
function BoundLoop({ id, caption, ...storeProps }: Props & StoreProps) {
  const store = useStore(networkKind, storeProps);
  const figure = useRef<HTMLElement>(null);
  useLiveNumbers(figure, store);
  return <LoopFigure id={id} caption={caption} store={store} figureRef={figure} />;
}

interface FigureProps {
  id: string;
  caption: string | undefined;
  store: Store | null;
  figureRef: RefObject<HTMLElement>;
}

function LoopFigure({ id, caption = DEFAULT_CAPTION, store, figureRef }: FigureProps) {
  const position = useSignal<LoopPosition>(START);
  const announcement = useSignal('');
  const { step, epoch } = position.value;
  const current = LOOP_STEPS[step - 1]!;
  const atStart = step === START.step && epoch === START.epoch;

  const moveTo = (next: LoopPosition) => {
    const before = position.value;
    if (next.step === before.step && next.epoch === before.epoch) return;
    const title = LOOP_STEPS[next.step - 1]!.title;
    const epochNote = next.epoch === before.epoch ? '' : ` Epoch ${next.epoch}.`;
    position.value = next;
    announcement.value = `Step ${next.step} of ${LOOP_STEPS.length}: ${title}.${epochNote}`;
  };

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const moves: Record<string, () => LoopPosition> = {
      ArrowRight: () => nextPosition(position.value),
      ArrowLeft: () => previousPosition(position.value),
      Home: () => START,
      End: () => lastPosition(position.value),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    moveTo(move());
  };

  return (
    <figure
      ref={figureRef}
      id={id}
      class="widget loop-figure"
      aria-labelledby={`${id}-caption`}
      onKeyDown={onKeyDown}
    >
      <figcaption id={`${id}-caption`} class="widget-caption">
        {caption}
      </figcaption>
      <ol
        class="loop-steps"
        tabIndex={0}
        aria-label="The steps of the training loop"
        aria-describedby={`${id}-keys`}
      >
        {LOOP_STEPS.map((item, index) => {
          const number = index + 1;
          const isCurrent = number === step;
          return (
            <li
              key={item.title}
              class={`loop-step${isCurrent ? ' is-current' : ''}`}
              aria-current={isCurrent ? 'step' : undefined}
            >
              <span class="loop-step-number">{number}</span>
              <span class="loop-step-text">
                <span class="loop-step-title">{item.title}</span>
                {store && item.quantities.length > 0 && (
                  <span class="loop-step-values">
                    {item.quantities.map((q, i) => (
                      <span key={q.quantity} class="loop-value">
                        <QuantitySymbol symbol={q.symbol} /> ={' '}
                        <LiveNumber store={store} quantity={q.quantity} digits={q.digits ?? 3} />
                        {i < item.quantities.length - 1 && ','}
                      </span>
                    ))}
                  </span>
                )}
              </span>
              <span class={`loop-arrow loop-arrow-${WIDE_ARROWS[index]!}`} aria-hidden="true" />
            </li>
          );
        })}
      </ol>
      <p id={`${id}-keys`} class="loop-sr-only">
        Use the arrow keys to go to the previous or next step, Home for the first and End for the
        last.
      </p>
      <div class="loop-controls">
        <button
          type="button"
          class="loop-button"
          aria-disabled={atStart ? 'true' : 'false'}
          onClick={() => moveTo(previousPosition(position.value))}
        >
          Previous step
        </button>
        <button
          type="button"
          class="loop-button"
          onClick={() => moveTo(nextPosition(position.value))}
        >
          Next step
        </button>
        <p class="loop-epoch">
          Epoch <span class="loop-epoch-count">{epoch}</span>
        </p>
      </div>
      <div class="loop-detail">
        <p class="loop-detail-title">
          Step {step} of {LOOP_STEPS.length}: {current.title}
        </p>
        <p class="loop-detail-text">{current.description}</p>
        {store && epoch > 0 && (
          <p class="loop-detail-note">
            The numbers in the steps are those of epoch 0, the first turn. Each later epoch starts
            from updated parameters, so its numbers differ.
          </p>
        )}
      </div>
      <p class="loop-sr-only" aria-live="polite">
        {announcement.value}
      </p>
    </figure>
  );
}
