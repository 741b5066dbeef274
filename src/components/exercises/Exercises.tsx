/**
 * "Check yourself": a chapter's exercises, with numbers drawn from a seed the reader can change
 * (a seed box, "New numbers") and a link that carries it, so an instructor can assign one set.
 * Each exercise states its question with its numbers and the tolerance it accepts; the reader
 * types an answer (a decimal comma is fine) and checks it with Enter or the Check button; the
 * verdict is announced (`role="status"`) and never gives the answer away. "Show the worked
 * solution" opens the steps with the numbers put in.
 *
 * Why the answers are the widget's own (local state, keyed by the seed): they are the reader's
 * work, not a state to share, so they stay out of the store and the link, and new numbers start
 * every exercise afresh. The server renders the starting seed's questions with empty boxes and
 * closed solutions, so a page without JavaScript still shows them and no answer is in the HTML.
 */
import { signal, useSignal, type Signal } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { useRef } from 'preact/hooks';
import type { Exercise, ExerciseTopic } from '../../engine/exercises/index.ts';
import { checkAnswer, type AnswerCheck } from '../../state/answers.ts';
import {
  seedCodec,
  type ExerciseRun,
  type ExercisesKind,
} from '../../state/kind-parts/exercises.ts';
import type { Store } from '../../state/store.ts';
import { StateLink } from '../StateLink.tsx';
import { TYPED_BOX } from '../typedBox.ts';
import { useMountedSignal, useStore, type StoreProps } from '../useStore.ts';
import { AnswerEntry, verdictWords } from './exercise-parts.tsx';
import { ExerciseSym, Givens, workedDigits, type Wording } from './wording.tsx';

/**
 * The worked solutions' module, loaded on the first "Show the worked solution": a reader who
 * never opens one never loads it. (Made on first use: importing this module runs nothing, so the
 * islands that import it only for the server leave it out of the browser's bundle.)
 */
let solutionsModule: Signal<typeof import('./WorkedSolution.tsx') | null> | undefined;
let loadingSolutions: Promise<void> | undefined;

function solutions(): Signal<typeof import('./WorkedSolution.tsx') | null> {
  return (solutionsModule ??= signal(null));
}

function loadSolutions(): void {
  loadingSolutions ??= import('./WorkedSolution.tsx').then(
    (module) => {
      solutions().value = module;
    },
    () => {
      loadingSolutions = undefined; // the next click tries again
    },
  );
}

/** What a chapter's island takes from its page. */
export interface ExercisesProps extends StoreProps {
  /** Unique on the page; prefixes every element id of this widget. */
  id: string;
  /** The heading id of the section, for the link to this state. */
  anchor?: string;
}

interface Props extends ExercisesProps {
  /** The chapter's exercises kind. */
  kind: ExercisesKind;
  /** The chapter's question for each topic of its exercises. */
  wording: (topic: ExerciseTopic) => Wording;
}

/**
 * The exercises of a chapter, each chapter's island (ForwardPassExercises, …) giving its kind and
 * its questions, so that a page ships only its own chapter's.
 */
export function Exercises({ id, anchor, kind, wording, ...storeProps }: Props) {
  const store = useStore(kind, storeProps);
  const mounted = useMountedSignal();
  const run = mounted.value ? store.view.value : store.initialView;
  return (
    // `is-live` once the widget answers (it was woken and hydrated): tests wait for it.
    <div id={id} class={`widget exercises${mounted.value ? ' is-live' : ''}`}>
      <p class="exercises-rule">
        Work each exercise on paper, type your answer and press Enter or Check. Keep four decimals
        along the way and round only the answer; a decimal comma (0,25) is fine.
      </p>
      <SeedControls store={store} run={run} idPrefix={id} anchor={anchor} />
      <ol class="exercises-list">
        {run.exercises.map((exercise, i) => (
          <ExerciseItem
            key={`${run.seed}-${i}`}
            exercise={exercise}
            number={i + 1}
            idPrefix={`${id}-${i + 1}`}
            wording={wording(exercise.topic)}
          />
        ))}
      </ol>
    </div>
  );
}

interface SeedProps {
  store: Store;
  run: ExerciseRun;
  idPrefix: string;
  anchor: string | undefined;
}

/** The seed box, "Use this seed", "New numbers", the link, and which seed is on view. */
function SeedControls({ store, run, idPrefix, anchor }: SeedProps) {
  /** The box's text while the reader edits it; null while it shows the store's seed. */
  const typed = useSignal<string | null>(null);
  const error = useSignal('');
  const boxId = `${idPrefix}-seed`;
  const messageId = `${boxId}-message`;

  const apply = () => {
    const text = typed.peek();
    if (text === null) return;
    const parsed = seedCodec.parse(text, 'The seed');
    const result = parsed.ok ? store.set('seed', parsed.value) : parsed;
    if (result.ok) {
      typed.value = null;
      error.value = '';
    } else {
      error.value = result.message;
    }
  };
  const newNumbers = () => {
    typed.value = null;
    error.value = '';
    store.set('seed', run.nextSeed);
  };

  const invalid = error.value !== '';
  return (
    <div class="exercises-controls">
      <label for={boxId} class="exercises-seed-label">
        Seed
      </label>
      <input
        id={boxId}
        {...TYPED_BOX}
        class="nn-field exercises-seed"
        inputMode="numeric"
        value={typed.value ?? String(run.seed)}
        aria-invalid={invalid ? 'true' : 'false'}
        aria-describedby={invalid ? messageId : undefined}
        onInput={(event: TargetedEvent<HTMLInputElement>) => {
          typed.value = event.currentTarget.value;
          error.value = '';
        }}
        onKeyDown={(event: TargetedKeyboardEvent<HTMLInputElement>) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          apply();
        }}
      />
      <button type="button" class="nn-button" onClick={apply}>
        Use this seed
      </button>
      <button type="button" class="nn-button" onClick={newNumbers}>
        New numbers
      </button>
      <StateLink anchor={anchor} />
      <p id={messageId} class="setting-message is-error exercises-seed-message" role="alert">
        {error.value}
      </p>
      <p class="exercises-source" role="status">
        The numbers below come from seed {run.seed}.
      </p>
    </div>
  );
}

/** A verdict as the reader reads it: right, not yet, or what is wrong with the text. */
function verdictText(check: AnswerCheck, tolerance: number): string {
  return tolerance === 0
    ? verdictWords(
        check,
        'Right: that is the count.',
        'Not yet: that is not the count. Go through each layer again, or open the worked solution.',
      )
    : verdictWords(
        check,
        'Right: within ±0.001.',
        'Not yet: that is more than 0.001 from the answer. Check each step, or open the worked solution.',
      );
}

interface ItemProps {
  exercise: Exercise;
  number: number;
  idPrefix: string;
  wording: Wording;
}

/** One exercise: its question, answer box, Check, verdict and worked solution. */
function ExerciseItem({ exercise, number, idPrefix, wording }: ItemProps) {
  const text = useSignal('');
  const box = useRef<HTMLInputElement>(null);
  const verdict = useSignal<AnswerCheck | null>(null);
  const open = useSignal(false);
  const { givens, asks, tolerance } = exercise;
  const check = () => {
    // The box's own text: a reader may have typed before the widget woke.
    const typed = box.current?.value ?? text.peek();
    text.value = typed;
    verdict.value = checkAnswer(typed, exercise.answer, tolerance);
  };
  const status = verdict.value?.status ?? 'none';
  const invalid = status === 'wrong' || status === 'unreadable';
  const isOpen = open.value;
  const solved = solutions().value;
  return (
    <li class={`exercise is-${status}`}>
      <p class="exercise-question">
        {wording.lead}
        {givens.length > 0 && (
          <>
            {' '}
            <Givens exercise={number} givens={givens} />
            {wording.after ?? '.'}
          </>
        )}{' '}
        {wording.ask}
      </p>
      <p class="exercise-tolerance">
        {tolerance === 0 ? 'Give the exact count.' : 'Give it to within ±0.001.'}
      </p>
      <AnswerEntry
        idPrefix={idPrefix}
        asks={<ExerciseSym quantity={asks} />}
        text={text}
        box={box}
        invalid={invalid}
        check={check}
        checkSuffix={<span class="sr-only"> exercise {number}</span>}
      />
      <p id={`${idPrefix}-verdict`} class="exercise-verdict" role="status">
        {verdict.value && verdictText(verdict.value, tolerance)}
      </p>
      <button
        type="button"
        class="nn-button exercise-reveal"
        aria-expanded={isOpen ? 'true' : 'false'}
        aria-controls={`${idPrefix}-solution`}
        onClick={() => {
          loadSolutions();
          open.value = !open.peek();
        }}
      >
        {isOpen ? 'Hide the worked solution' : 'Show the worked solution'}
        <span class="sr-only"> to exercise {number}</span>
      </button>
      <div id={`${idPrefix}-solution`} class="exercise-solution" hidden={!isOpen}>
        {isOpen && solved && (
          <solved.WorkedSolution
            exercise={number}
            steps={exercise.steps}
            digits={workedDigits(tolerance)}
          />
        )}
      </div>
    </li>
  );
}
