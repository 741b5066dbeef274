/**
 * Play, pause, step and reset the training run. The run is already computed: playing moves the
 * store's epoch on view from where it is to the end, following the clock (a whole run in six
 * seconds, however many frames the machine draws), so the engine is never called while it plays. With reduced motion, Play jumps to the end instead of animating.
 *
 * Play and pause are one button whose name says what it will do; a polite status line says what
 * happened (playing, paused, finished), without numbers, so it is read once, not every frame.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { ApproximationView } from '../../state/kinds/approximation.ts';
import type { SettingValues, Store } from '../../state/store.ts';

interface Props {
  store: Store<unknown, ApproximationView>;
  /** The settings on view: the starting ones while hydrating, then the store's. */
  settings: ReadonlySignal<SettingValues>;
  idPrefix: string;
}

/** A whole run plays in this many milliseconds, however many frames the machine draws. */
const RUN_MS = 6000;
/** Step moves on by this share of the run. */
const STEPS_PER_RUN = 20;

/** Epochs per step of the Step button: a twentieth of the run, at least one. */
function stepSize(epochs: number): number {
  return Math.max(1, Math.round(epochs / STEPS_PER_RUN));
}

export function Player({ store, settings, idPrefix }: Props) {
  const playing = useSignal(false);
  const status = useSignal('');
  const frame = useRef(0);
  /** When the playing started, and from which epoch: the epoch on view follows the clock. */
  const started = useRef({ time: 0, epoch: 0 });
  const stepLabel = useComputed(
    () => `Step ${stepSize(settings.value['epochs'] as number)} epochs`,
  );

  const lastEpoch = () => store.kind.read(store.view.peek(), 'lastEpoch') ?? 0;
  const epoch = () => store.settings.peek()['epoch'] as number;

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
    store.set('epoch', next);
    if (next >= last) stop('Training finished: the last epoch is on view.');
    else frame.current = requestAnimationFrame(tick);
  };

  const play = () => {
    if (epoch() >= lastEpoch()) store.set('epoch', 0);
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) {
      store.set('epoch', lastEpoch());
      stop('Training finished: the last epoch is on view.');
      return;
    }
    playing.value = true;
    status.value = 'Training plays.';
    started.current = { time: performance.now(), epoch: epoch() };
    frame.current = requestAnimationFrame(tick);
  };

  const toggle = () => (playing.peek() ? stop('Paused.') : play());

  const step = () => {
    if (playing.peek()) stop('Paused.');
    const next = Math.min(
      lastEpoch(),
      epoch() + stepSize(store.settings.peek()['epochs'] as number),
    );
    store.set('epoch', next);
    status.value = next >= lastEpoch() ? 'Training finished: the last epoch is on view.' : '';
  };

  const reset = () => {
    if (playing.peek()) stop('');
    store.set('epoch', 0);
    status.value = 'Back to epoch 0, before any training.';
  };

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const canPlay = store.settable.includes('epoch');
  return (
    <div class="approx-player" role="group" aria-labelledby={`${idPrefix}-player-label`}>
      <span id={`${idPrefix}-player-label`} class="approx-player-label">
        Training
      </span>
      <button type="button" class="approx-button" onClick={toggle} disabled={!canPlay}>
        {useComputed(() => (playing.value ? 'Pause' : 'Play'))}
      </button>
      <button type="button" class="approx-button" onClick={step} disabled={!canPlay}>
        {stepLabel}
      </button>
      <button type="button" class="approx-button" onClick={reset} disabled={!canPlay}>
        Reset to epoch 0
      </button>
      <p class="approx-status" role="status">
        {status}
      </p>
    </div>
  );
}
