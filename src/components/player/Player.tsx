/**
 * Play, pause, step and reset a recorded training run. The run is already computed: playing moves
 * the store's epoch setting from where it is to the last recorded epoch, following the clock (a
 * whole run in six seconds, however many frames the machine draws), so the engine is never called
 * while it plays. With reduced motion, Play jumps to the end instead of animating.
 *
 * Shared by every widget that shows a run: the concepts chapter's fit (`epoch`, steps of a
 * twentieth of the run) and the training dashboard (`epochOnView`, one epoch at a time, forward
 * and back). The store says how far the run goes through its `lastEpoch` quantity.
 *
 * Play and pause are one button whose name says what it will do; a polite status line says what
 * happened (playing, paused, finished), without numbers, so it is read once, not every frame.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { SettingValues, Store } from '../../state/store.ts';
import type { ReadoutEntry } from '../ReadoutList.tsx';

/**
 * The learning rate at the epoch on view, η_ℓ = η / (1 + decay · ℓ), as a played run's readout
 * lists it (the dashboard's and the lab's).
 */
export const EPOCH_RATE_ENTRY: ReadoutEntry = {
  term: (
    <>
      learning rate η<sub>ℓ</sub>
    </>
  ),
  quantity: 'epochLearningRate',
  digits: 4,
};

interface Props {
  store: Store;
  /** The settings on view: the starting ones while hydrating, then the store's. */
  settings: ReadonlySignal<SettingValues>;
  idPrefix: string;
  /** The setting that holds the epoch on view. */
  epochKey: string;
  /** Epochs per step for these settings (one, or a share of the run). */
  stepSize: (settings: SettingValues) => number;
  /** Whether a button steps back as well as forward. */
  back?: boolean;
}

/** A whole run plays in this many milliseconds, however many frames the machine draws. */
const RUN_MS = 6000;

const FINISHED = 'Training finished: the last epoch is on view.';

/** A step button's name: "Step forward one epoch", "Step 50 epochs", "Step back one epoch". */
function stepName(size: number, back: boolean): string {
  if (size === 1) return back ? 'Step back one epoch' : 'Step forward one epoch';
  return back ? `Step back ${size} epochs` : `Step ${size} epochs`;
}

export function Player({ store, settings, idPrefix, epochKey, stepSize, back = false }: Props) {
  const playing = useSignal(false);
  const status = useSignal('');
  const frame = useRef(0);
  /** When the playing started, and from which epoch: the epoch on view follows the clock. */
  const started = useRef({ time: 0, epoch: 0 });
  const size = useComputed(() => stepSize(settings.value));

  const lastEpoch = () => store.kind.read(store.view.peek(), 'lastEpoch') ?? 0;
  const epoch = () => store.settings.peek()[epochKey] as number;
  const show = (next: number) => store.set(epochKey, next);

  const stop = (message: string) => {
    cancelAnimationFrame(frame.current);
    playing.value = false;
    status.value = message;
  };

  const tick = (now: number) => {
    const last = lastEpoch();
    const elapsed = Math.max(0, now - started.current.time);
    const next = Math.min(
      last,
      Math.max(epoch(), started.current.epoch + Math.round((elapsed / RUN_MS) * last)),
    );
    show(next);
    if (next >= last) stop(FINISHED);
    else frame.current = requestAnimationFrame(tick);
  };

  const play = () => {
    if (epoch() >= lastEpoch()) show(0);
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      show(lastEpoch());
      stop(FINISHED);
      return;
    }
    playing.value = true;
    status.value = 'Training plays.';
    started.current = { time: performance.now(), epoch: epoch() };
    frame.current = requestAnimationFrame(tick);
  };

  const toggle = () => (playing.peek() ? stop('Paused.') : play());

  const step = (direction: 1 | -1) => {
    if (playing.peek()) stop('Paused.');
    const next = Math.max(0, Math.min(lastEpoch(), epoch() + direction * size.peek()));
    show(next);
    status.value =
      next >= lastEpoch() ? FINISHED : next === 0 ? 'Epoch 0, before any training.' : '';
  };

  const reset = () => {
    if (playing.peek()) stop('');
    show(0);
    status.value = 'Back to epoch 0, before any training.';
  };

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const canPlay = store.settable.includes(epochKey);
  return (
    <div class="player" role="group" aria-labelledby={`${idPrefix}-player-label`}>
      <span id={`${idPrefix}-player-label`} class="player-label">
        Training
      </span>
      <button type="button" class="player-button" onClick={toggle} disabled={!canPlay}>
        {useComputed(() => (playing.value ? 'Pause' : 'Play'))}
      </button>
      {back && (
        <button type="button" class="player-button" onClick={() => step(-1)} disabled={!canPlay}>
          {useComputed(() => stepName(size.value, true))}
        </button>
      )}
      <button type="button" class="player-button" onClick={() => step(1)} disabled={!canPlay}>
        {useComputed(() => stepName(size.value, false))}
      </button>
      <button type="button" class="player-button" onClick={reset} disabled={!canPlay}>
        Reset to epoch 0
      </button>
      <p class="player-status" role="status">
        {status}
      </p>
    </div>
  );
}
