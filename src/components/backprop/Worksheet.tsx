/**
 * "Do it by hand": one blank for every number a training step computes before its update (each
 * node's input and output, the loss, every ∂L/∂ of nodes, weights and biases), grouped by phase.
 * The reader types an answer; at Enter, on leaving the box or with its Check button the blank
 * says whether it is right to three decimals (`checkAnswer`), against the store's value now.
 * Each blank can also show its step worked out with the current numbers (`OperationFormula`).
 *
 * Why the answers stay the widget's own (one signal per blank, made by the widget): they are the
 * reader's work, not a state of the network, so they are kept out of the store and the link, and
 * a key typed renders that blank alone. The typed text is never rewritten. When the network changes (a weight edited elsewhere on the page), every checked
 * answer is checked again against the new values, and a blank whose verdict changed says so.
 *
 * Why nothing reveals an answer before it is asked for: the server renders the blanks empty and
 * the worked steps closed; a step's numbers are rendered only once its button opens it. The
 * givens (the sample and the parameters) are settings, not answers, and are shown throughout.
 */
import { signal, useSignal } from '@preact/signals';
import { useMemo, useRef } from 'preact/hooks';
import { checkAnswer, toleranceRule } from '../../state/answers.ts';
import { networkKind } from '../network/network.kind.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { quantityText } from '../quantity-symbols.ts';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { Sym } from './OperationFormula.tsx';
import { BLANKS, GIVENS, SECTIONS, idPart } from './worksheet-blanks.ts';
import {
  EMPTY,
  liveReader,
  rightIn,
  verdictsOf,
  type Entries,
  type Entry,
} from './worksheet-entries.ts';
import { BlankCell } from './WorksheetCell.tsx';
import { Summary } from './WorksheetSummary.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
}

/** Decimals of the givens: one more than an answer needs, so rounding them costs no answer. */
const GIVEN_DIGITS = 4;

export function Worksheet({ id, ...storeProps }: Props) {
  const store = useStore(networkKind, storeProps);
  const mounted = useMountedSignal();
  const figure = useRef<HTMLElement>(null);
  // The givens are the only numbers present at mounting: they are bound, not rendered again.
  useLiveNumbers(figure, store);
  const entries = useMemo<Entries>(
    () => new Map(BLANKS.map(({ key }) => [key, signal<Entry>(EMPTY)])),
    [],
  );
  /** What the polite region last said: a verdict asked for, or what a change of network did. */
  const announcement = useSignal('');

  /** Checks one blank as it is typed now and says the verdict in the polite region. */
  const check = (key: string) => {
    const entry = entries.get(key)!;
    const read = liveReader(store);
    const verdict = checkAnswer(entry.peek().text, read(key));
    entry.value = { ...entry.peek(), checked: true, verdictThen: verdict.status };
    if (verdict.status === 'empty') return;
    const right = rightIn(verdictsOf(entries, read, true));
    announcement.value = `${quantityText(key)}: ${verdict.message} ${right} of ${BLANKS.length} right.`;
  };

  return (
    <figure ref={figure} id={id} class="widget worksheet" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} class="widget-caption">
        Do it by hand: one training step of this network, from its current weights and sample,
        before the update. Work out each number on paper and type it in its blank; press Enter or
        Check to see whether it is right.
      </figcaption>
      <p class="worksheet-rule">
        <strong>{toleranceRule()}</strong> Type a decimal point or a comma (0.25 or 0,25) and a
        minus sign for a negative number. The givens are shown to {GIVEN_DIGITS} decimals: keep at
        least as many as you go, and round only what you type.
      </p>
      <div class="worksheet-givens">
        <h3 class="worksheet-heading" id={`${id}-givens`}>
          Given
        </h3>
        <ul class="worksheet-given-list" aria-labelledby={`${id}-givens`}>
          {GIVENS.map((key) => (
            <li key={key} class="worksheet-given">
              <Sym quantity={key} /> ={' '}
              <LiveNumber
                store={store}
                quantity={key}
                digits={GIVEN_DIGITS}
                class="worksheet-given-value"
              />
            </li>
          ))}
        </ul>
      </div>
      {SECTIONS.map((section) => {
        const headingId = `${id}-${section.slug}`;
        return (
          <section key={section.slug} class="worksheet-section" aria-labelledby={headingId}>
            <h3 class="worksheet-heading" id={headingId}>
              {section.title}
            </h3>
            <ul class="worksheet-cells">
              {section.blanks.map((blank) => (
                <BlankCell
                  key={blank.key}
                  blank={blank}
                  entry={entries.get(blank.key)!}
                  store={store}
                  mounted={mounted}
                  idPrefix={`${id}-${idPart(blank.key)}`}
                  onCheck={check}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <Summary store={store} mounted={mounted} entries={entries} announcement={announcement} />
    </figure>
  );
}
