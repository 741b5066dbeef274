/**
 * "Check yourself" for the lab: one question about the reader's own network as the lab shows it,
 * at the epoch and the training sample on view. A seed chooses what it asks from the network's
 * shape ("New question" moves it on); the reader types an answer, checks it, and may open the
 * worked solution, the chain rule or the forward pass with the lab's numbers.
 *
 * What follows the lab: the question is drawn from the seed and the network's shape only, so a new
 * epoch or sample keeps it and its answer and worked solution follow the numbers there; a new
 * network draws a question of its own from the same seed. A verdict belongs to the state it was
 * given for: once the lab moves on, it is set aside and the reader is asked to check again. The
 * answer typed stays, as it is the reader's own. The seed is the widget's own and not in the link
 * (the lab's state is): a link reopens the lab as it was, and its first question.
 *
 * Bound to the page's `lab` store, loaded when a reader turns to it (CheckYourself.tsx).
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { labExercise, labQuestionFor, nextLabSeed } from '../../engine/exercises/index.ts';
import { checkAnswer, type AnswerCheck } from '../../state/answers.ts';
import { formatNumber } from '../../state/format.ts';
import { labKind, type LabView } from '../lab/lab.kind.ts';
import { useMountedSignal, useStore } from '../useStore.ts';
import { AnswerEntry, MarkedNumber, verdictWords } from './exercise-parts.tsx';
import type { ExercisesProps } from './Exercises.tsx';
import { labExerciseState } from './lab-exercise-state.ts';
import { QuestionText } from './lab-question-text.tsx';
import { LabSolution } from './LabSolution.tsx';
import { LabSym } from './lab-symbols.tsx';

/** The seed of the first question, as every chapter's exercises start. */
const FIRST_SEED = 1;

/** A verdict as the reader reads it: right, not yet, or what is wrong with the text. */
function verdictText(check: AnswerCheck, tolerance: number): string {
  const within = String(tolerance);
  return verdictWords(
    check,
    `Right: within ±${within} of the lab’s value.`,
    // A state with no finite value says so (checkAnswer's message) rather than "not yet".
    check.message.startsWith('This state')
      ? check.message
      : `Not yet: that is more than ${within} from the lab’s value. Go through each step again, or open the worked solution.`,
  );
}

/** A check of an answer, and the view it was given for. */
interface Checked {
  readonly check: AnswerCheck;
  readonly view: LabView;
}

export function LabQuestions({ id, ...storeProps }: ExercisesProps) {
  const store = useStore(labKind, storeProps);
  const mounted = useMountedSignal();
  const view = mounted.value ? store.view.value : store.initialView;
  const seed = useSignal(FIRST_SEED);
  const text = useSignal('');
  const checked = useSignal<Checked | null>(null);
  const open = useSignal(false);
  const box = useRef<HTMLInputElement>(null);

  const { names } = view.run;
  const exercise = labExercise(labQuestionFor(seed.value, names), labExerciseState(view));
  const { asks, tolerance } = exercise;
  const verdict = checked.value;
  const current = verdict !== null && verdict.view === view ? verdict.check : null;
  const status = current?.status ?? 'none';
  const invalid = status === 'wrong' || status === 'unreadable';
  /** A number of the state the question is asked of, marked under the widget's id. */
  const number = (key: string, digits = 3) => {
    const value = store.kind.read(view, key) ?? Number.NaN;
    return (
      <MarkedNumber quantity={`${id}.${key}`} value={value} text={formatNumber(value, digits)} />
    );
  };
  const check = () => {
    // The box's own text: a reader may have typed before the widget woke.
    const typed = box.current?.value ?? text.peek();
    text.value = typed;
    // Right near the exact answer, or near the one the numbers on the page give when a rounded
    // number changes the working (a ReLU input shown as 0.000): lab-shown.ts.
    const exact = checkAnswer(typed, exercise.answer, tolerance);
    const fromPage = checkAnswer(typed, exercise.shownAnswer, tolerance);
    checked.value = { check: fromPage.status === 'right' ? fromPage : exact, view };
  };
  const newQuestion = () => {
    seed.value = nextLabSeed(seed.peek(), names);
    text.value = '';
    checked.value = null;
    open.value = false;
  };

  return (
    // `is-live` once the widget answers (it was woken and hydrated): tests wait for it.
    <div id={id} class={`widget exercises lab-exercises${mounted.value ? ' is-live' : ''}`}>
      <p class="exercises-rule">
        Work it from the numbers the lab shows around it, on paper, then type your answer and press
        Enter or Check. A decimal comma (0,25) is fine.
      </p>
      <div class="exercises-controls">
        <button type="button" class="nn-button" onClick={newQuestion}>
          New question
        </button>
      </div>
      <div class={`exercise is-${status}`}>
        <p class="exercise-question" data-asks={asks.key}>
          In your network as the lab shows it now, at epoch ℓ = {number('epoch', 0)} with training
          sample {number('sampleOnView', 0)} (x₁ = {number('x1')},{' '}
          {names.widths[0] === 2 && <>x₂ = {number('x2')}, </>}y = {number('y')}):{' '}
          <QuestionText exercise={exercise} />
        </p>
        <p class="exercise-tolerance">
          Give it to within ±{String(tolerance)}: the lab shows its numbers to three decimals, and
          rounding the ones you read can move the answer that far.
        </p>
        <AnswerEntry
          idPrefix={id}
          asks={<LabSym number={asks} />}
          text={text}
          box={box}
          invalid={invalid}
          check={check}
        />
        <p id={`${id}-verdict`} class="exercise-verdict" role="status">
          {current
            ? verdictText(current, tolerance)
            : verdict &&
              'The lab has moved on since your check: check your answer again for this state.'}
        </p>
        <button
          type="button"
          class="nn-button exercise-reveal"
          aria-expanded={open.value ? 'true' : 'false'}
          aria-controls={`${id}-solution`}
          onClick={() => (open.value = !open.peek())}
        >
          {open.value ? 'Hide the worked solution' : 'Show the worked solution'}
        </button>
        <div id={`${id}-solution`} class="exercise-solution" hidden={!open.value}>
          {open.value && (
            <>
              <p class="exercise-solution-note">
                Numbers not worked here are the lab’s at this epoch and sample; each ∂L/∂ of the
                layer after a node comes from the same chain, one layer nearer the output.
              </p>
              <LabSolution steps={exercise.steps} prefix={id} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}
