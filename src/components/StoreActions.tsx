/**
 * A widget's closing row: reset its store, copy a link to the exact state the reader has set,
 * save that state as a file or open a saved one, and the link itself. A link opened at this
 * widget's section puts the keyboard focus on the widget once it is ready.
 */
import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { markShared, pageLink } from '../state/page-stores.ts';
import type { Store } from '../state/store.ts';
import { StateLink } from './StateLink.tsx';

interface Props {
  store: Store;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string | undefined;
  /** Runs after a reset, for a widget that keeps state of its own (a half-typed box). */
  onReset?: () => void;
}

/** The address of the page in its current state, at a section. */
function linkTo(anchor: string | undefined): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${pageLink.peek()}${anchor ? `#${anchor}` : ''}`;
}

/** Saving and opening state files, loaded at the first click that needs it. */
const stateFiles = () => import('./store-files.ts');

export function StoreActions({ store, anchor: given, onReset }: Props) {
  const status = useSignal('');
  /** The link, shown for copying by hand when the clipboard is not available. */
  const manual = useSignal('');
  const row = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** The section to link to: as given, or the one the widget sits in. */
  const section = useSignal(given);

  // A widget not given its section finds it in the page; a link to this section with a state in
  // it gives the widget the focus. Both load their code only when needed.
  useEffect(() => {
    const { hash, search } = window.location;
    if (given && !(search && hash === `#${given}`)) return;
    void import('./store-sections.ts').then(({ sectionOf, focusIfLinked }) => {
      if (!given && row.current) section.value = sectionOf(row.current);
      if (row.current) focusIfLinked(row.current, section.peek());
    });
  }, [given]);

  const reset = () => {
    store.reset();
    onReset?.();
    status.value = '';
  };

  const copy = async () => {
    const link = linkTo(section.peek());
    markShared();
    try {
      await navigator.clipboard.writeText(link);
      manual.value = '';
      status.value = 'Link copied: it opens this section in exactly this state.';
    } catch {
      manual.value = link;
      status.value = 'Copy the link from the box below.';
    }
  };

  const save = async () => {
    status.value = (await stateFiles()).saveState(store);
  };

  const open = async (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (file) status.value = await (await stateFiles()).openState(store, file);
  };

  const preset = store.preset.value;
  const restricted = preset.lock.size > 0 || preset.hide.size > 0;
  return (
    <div class="controls-actions store-actions" ref={row}>
      <button type="button" class="reset-button" onClick={reset}>
        {restricted ? 'Reset to the link’s state' : 'Reset to the chapter’s example'}
      </button>
      <button type="button" class="nn-button" onClick={() => void copy()}>
        Copy link
      </button>
      <button type="button" class="nn-button" onClick={() => void save()}>
        Save as file
      </button>
      <button type="button" class="nn-button" onClick={() => fileInput.current?.click()}>
        Open a saved file
      </button>
      {/* The file picker itself stays out of sight and out of the tab order: the button opens it. */}
      <input
        ref={fileInput}
        class="store-file-input"
        type="file"
        accept=".json,application/json"
        hidden
        tabIndex={-1}
        aria-label="Saved state file"
        onChange={(event) => void open(event)}
      />
      <StateLink anchor={section.value} />
      <p class="store-actions-status" role="status">
        {status}
      </p>
      {manual.value && (
        <input
          class="nn-field store-actions-link"
          type="text"
          readOnly
          aria-label="Link to this exact state"
          value={manual}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
