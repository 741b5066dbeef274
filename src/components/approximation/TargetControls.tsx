/**
 * What the network fits and with what: the target (a shape, or the reader's points), the reader's
 * points as text ("x, y; x, y; …"), and the hidden nodes' activation. Native menus and a text box,
 * each named by a visible label. A refused choice or list says why next to its control
 * (`role="alert"`, `aria-invalid` on the box) and the store keeps what it had.
 */
import { useComputed, useSignal, type ReadonlySignal } from '@preact/signals';
import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import type { ApproximationView } from './approximation.kind.ts';
import { pointsCodec } from '../../state/points-codec.ts';
import type { SettingValues, Store } from '../../state/store.ts';
import { SettingMenu } from '../SettingMenu.tsx';
import { TYPED_BOX } from '../typedBox.ts';

interface Props {
  store: Store<unknown, ApproximationView>;
  settings: ReadonlySignal<SettingValues>;
  idPrefix: string;
}

/** The reader's points as a text box, applied at Enter or on leaving the box. */
function PointsBox({ store, settings, idPrefix }: Props) {
  const id = `${idPrefix}-points`;
  const messageId = `${id}-message`;
  const shown = useComputed(() => pointsCodec.format(settings.value['points'] as number[]));
  const text = useSignal(pointsCodec.format(store.defaults['points'] as number[]));
  const editing = useSignal(false);
  const error = useSignal('');

  const apply = () => {
    const parsed = pointsCodec.parse(text.peek(), 'Your points');
    let result = parsed.ok ? store.set('points', parsed.value) : parsed;
    if (result.ok && store.settings.peek()['target'] !== 'points') {
      result = store.set('target', 'points');
    }
    if (result.ok) {
      error.value = '';
      editing.value = false;
      text.value = shown.peek();
    } else {
      error.value = `${result.message} Kept ${shown.peek()}.`;
    }
  };

  const onInput = (event: TargetedEvent<HTMLInputElement>) => {
    editing.value = true;
    text.value = event.currentTarget.value;
  };
  const onKey = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply();
    } else if (event.key === 'Escape' && editing.peek()) {
      event.preventDefault();
      editing.value = false;
      error.value = '';
      text.value = shown.peek();
    }
  };
  const onBlur = () => {
    if (editing.peek()) apply();
  };
  // While the reader is not typing, the box follows the store (a reset, a link).
  const value = useComputed(() => (editing.value ? text.value : shown.value));
  const invalid = error.value !== '';
  return (
    <div class="approx-field approx-points">
      <label for={id} class="approx-label">
        Your points (x, y; x, y; …), x from −1 to 1
      </label>
      <input
        id={id}
        {...TYPED_BOX}
        class="approx-box"
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? messageId : `${id}-hint`}
        disabled={!store.settable.includes('points')}
        onInput={onInput}
        onKeyDown={onKey}
        onBlur={onBlur}
      />
      <p id={`${id}-hint`} class="approx-hint">
        Press Enter to fit them; the target switches to your points.
      </p>
      <p id={messageId} class="approx-message" role="alert">
        {error.value}
      </p>
    </div>
  );
}

/** The menus and the box, each drawn with the widget's store, settings on show and id prefix. */
export function TargetControls(part: Props) {
  return (
    <div class="approx-targets">
      <SettingMenu {...part} setting="target" label="Target" />
      <SettingMenu {...part} setting="activation" label="Hidden activation α" />
      <PointsBox {...part} />
    </div>
  );
}
