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
import { batch, signal, useSignal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { trainingStepOperations, type Operation } from '../../engine/core/index.ts';
import {
  ANSWER_TOLERANCE,
  checkAnswer,
  toleranceRule,
  type AnswerCheck,
  type AnswerStatus,
} from '../../state/answers.ts';
import { networkKind } from '../../state/kinds/network.ts';
import type { NetworkKind, NetworkView } from '../../state/kinds/parts/network-kind.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import { quantityText } from '../quantity-symbols.ts';
import { useLiveNumbers, useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { OperationFormula, readerOf, Sym } from './OperationFormula.tsx';

interface Props extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
}

/** Decimals of the givens: one more than an answer needs, so rounding them costs no answer. */
const GIVEN_DIGITS = 4;

/** One blank: the quantity it asks for and the operation that produces it. */
interface Blank {
  readonly key: string;
  readonly operation: Operation;
}

interface Section {
  readonly title: string;
  readonly slug: string;
  readonly blanks: readonly Blank[];
}

/** The blanks of a network kind, by phase: every operation of a training step but the update. */
function sectionsOf(kind: NetworkKind): Section[] {
  const sections: (Section & { blanks: Blank[] })[] = [
    { title: 'Forward pass', slug: 'forward', blanks: [] },
    { title: 'Loss', slug: 'loss', blanks: [] },
    { title: 'Backward pass', slug: 'backward', blanks: [] },
    { title: 'Weights and biases', slug: 'parameters', blanks: [] },
  ];
  for (const operation of trainingStepOperations(kind.names)) {
    if (operation.phase === 'update') continue;
    const parameter = operation.kind === 'weightGradient' || operation.kind === 'biasGradient';
    const index = parameter ? 3 : ['forward', 'loss', 'backward'].indexOf(operation.phase);
    sections[index]!.blanks.push({ key: operation.result, operation });
  }
  return sections.filter((section) => section.blanks.length > 0);
}

const SECTIONS = sectionsOf(networkKind);
const BLANKS = SECTIONS.flatMap((section) => section.blanks);

/** The givens of a worked step: the sample and every parameter, as the store holds them. */
const GIVENS = [
  ...networkKind.names.features,
  ...networkKind.names.targets,
  ...networkKind.names.weights.map((name) => name.key),
  ...networkKind.names.biases.map((name) => name.key),
];

/** What the reader did in one blank. */
interface Entry {
  /** The text as typed. */
  readonly text: string;
  /** True once the reader asked for a verdict on this text (Enter, leaving, Check). */
  readonly checked: boolean;
  /** The verdict when they asked: a later one that differs came from a change of the network. */
  readonly verdictThen?: AnswerStatus;
}

const EMPTY: Entry = { text: '', checked: false };

/** A blank's id part: `dL/dH4in` → `dL-dH4in`. */
function idPart(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** The sentence a blank shows for a verdict, noting a change since the reader checked. */
function verdictText(check: AnswerCheck, verdictThen: AnswerStatus | undefined): string {
  const changed =
    verdictThen !== undefined &&
    verdictThen !== check.status &&
    (check.status === 'right' || check.status === 'wrong');
  if (!changed) return check.message;
  return check.status === 'wrong'
    ? `Wrong now: the network has changed since you checked, and this answer is no longer within ${String(ANSWER_TOLERANCE)}.`
    : 'Right now: the network has changed since you checked, and this answer now matches.';
}

/** Each blank's entry, by key: one signal each, so a key typed renders that blank alone. */
type Entries = ReadonlyMap<string, Signal<Entry>>;

/**
 * The verdict of every checked blank against a view. Reading each entry's `.value` subscribes
 * the component that calls it; handlers pass `peek` to read without subscribing.
 */
function verdictsOf(
  entries: Entries,
  read: (key: string) => number,
  peek = false,
): Map<string, AnswerCheck> {
  const found = new Map<string, AnswerCheck>();
  for (const [key, entry] of entries) {
    const { text, checked } = peek ? entry.peek() : entry.value;
    if (checked) found.set(key, checkAnswer(text, read(key)));
  }
  return found;
}

function rightIn(verdicts: Map<string, AnswerCheck>): number {
  return [...verdicts.values()].filter((verdict) => verdict.status === 'right').length;
}

/** Reads the store's live view without subscribing: for event handlers, after mounting. */
function liveReader(store: Store): (key: string) => number {
  const view = store.view.peek() as NetworkView;
  return (key) => store.kind.read(view, key) ?? Number.NaN;
}

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

interface CellProps {
  blank: Blank;
  entry: Signal<Entry>;
  store: Store;
  mounted: ReadonlySignal<boolean>;
  idPrefix: string;
  onCheck: (key: string) => void;
}

/**
 * One blank: its label, box, Check and Show the step, its verdict and its step. It reads the
 * store only while it has a verdict or an open step, so a change of the network renders again
 * only the blanks that show something of it.
 */
function BlankCell({ blank, entry, store, mounted, idPrefix, onCheck }: CellProps) {
  const { key, operation } = blank;
  const open = useSignal(false);
  const { text, checked, verdictThen } = entry.value;
  const isOpen = open.value;
  const read = checked || isOpen ? readerOf(store, mounted) : undefined;
  const verdict = checked && read ? checkAnswer(text, read(key)) : undefined;
  const status = verdict?.status ?? 'empty';
  const name = quantityText(key);
  const invalid = status === 'wrong' || status === 'unreadable';
  return (
    <li class={`worksheet-cell is-${status}`}>
      <div class="worksheet-entry">
        <label for={`${idPrefix}-answer`} class="worksheet-label">
          <span aria-hidden="true">
            <Sym quantity={key} />
          </span>
          <span class="sr-only">{name}</span>
        </label>
        <input
          id={`${idPrefix}-answer`}
          type="text"
          class="worksheet-input"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={invalid ? 'true' : 'false'}
          aria-describedby={`${idPrefix}-verdict`}
          onInput={(event: TargetedEvent<HTMLInputElement>) => {
            // A new text has no verdict until the reader asks again.
            entry.value = { text: event.currentTarget.value, checked: false };
          }}
          onKeyDown={(event: TargetedKeyboardEvent<HTMLInputElement>) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onCheck(key);
          }}
          onBlur={() => {
            if (!entry.peek().checked) onCheck(key);
          }}
        />
        <button type="button" class="worksheet-button" onClick={() => onCheck(key)}>
          Check<span class="sr-only"> {name}</span>
        </button>
        <button
          type="button"
          class="worksheet-button"
          aria-expanded={isOpen ? 'true' : 'false'}
          aria-controls={`${idPrefix}-step`}
          onClick={() => (open.value = !open.peek())}
        >
          Show the step<span class="sr-only"> for {name}</span>
        </button>
      </div>
      <p id={`${idPrefix}-verdict`} class="worksheet-verdict">
        {verdict && status !== 'empty' && (
          <>
            <span class="worksheet-icon" aria-hidden="true">
              {status === 'right' ? '✓' : status === 'wrong' ? '✗' : '?'}
            </span>{' '}
            {verdictText(verdict, verdictThen)}
          </>
        )}
      </p>
      <div id={`${idPrefix}-step`} class="worksheet-step" hidden={!isOpen}>
        {isOpen && read && (
          <OperationFormula operation={operation} kind={networkKind} read={read} showTerms />
        )}
      </div>
    </li>
  );
}

interface SummaryProps {
  store: Store;
  mounted: ReadonlySignal<boolean>;
  entries: Entries;
  announcement: Signal<string>;
}

/**
 * The count of right answers, Check every answer, and the polite region. After a change of the
 * network it says which checked answers changed their verdict.
 */
function Summary({ store, mounted, entries, announcement }: SummaryProps) {
  const read = readerOf(store, mounted);
  const verdicts = verdictsOf(entries, read);
  const total = entries.size;
  const count = `${rightIn(verdicts)} of ${total} right`;

  const seen = useRef<{ view: unknown; verdicts: Map<string, AnswerStatus> } | null>(null);
  useEffect(() => {
    if (!mounted.peek()) return;
    const view = store.view.peek();
    const now = new Map([...verdicts].map(([key, verdict]) => [key, verdict.status]));
    const before = seen.current;
    seen.current = { view, verdicts: now };
    if (!before || before.view === view) return;
    const flipped = (to: AnswerStatus) =>
      [...now].filter(([key, status]) => status === to && before.verdicts.get(key) !== to).length;
    const nowWrong = flipped('wrong');
    const nowRight = flipped('right');
    if (nowWrong + nowRight === 0) return;
    const parts = [
      nowWrong > 0
        ? `${nowWrong} checked ${nowWrong === 1 ? 'answer is' : 'answers are'} now wrong`
        : '',
      nowRight > 0 ? `${nowRight} now right` : '',
    ].filter(Boolean);
    announcement.value = `The network changed: ${parts.join(', ')}. ${count}.`;
  });

  const checkAll = () => {
    const live = liveReader(store);
    let answered = 0;
    batch(() => {
      for (const [key, entry] of entries) {
        const current = entry.peek();
        const verdict = checkAnswer(current.text, live(key));
        entry.value = { ...current, checked: true, verdictThen: verdict.status };
        if (verdict.status !== 'empty') answered++;
      }
    });
    const right = rightIn(verdictsOf(entries, live, true));
    announcement.value =
      answered === 0
        ? 'Nothing to check yet: type an answer in a blank first.'
        : `Checked ${answered} ${answered === 1 ? 'answer' : 'answers'}: ${right} of ${total} right.`;
  };

  return (
    <>
      <div class="worksheet-summary">
        <p class="worksheet-count">{count}</p>
        <button type="button" class="worksheet-button" onClick={checkAll}>
          Check every answer
        </button>
      </div>
      <p class="sr-only" role="status" aria-live="polite">
        {announcement.value}
      </p>
    </>
  );
}
