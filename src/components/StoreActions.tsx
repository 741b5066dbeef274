/**
 * A widget's closing row: reset its store, copy a link to the exact state the reader has set,
 * save that state as a file or open a saved one, and the link itself. A link opened at this
 * widget's section puts the keyboard focus on the widget once it is ready.
 */
import { useSignal } from '@preact/signals';
import type { TargetedEvent } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { applyStoreLink, markShared, pageLink } from '../state/page-stores.ts';
import type { Store } from '../state/store.ts';
import { StateLink } from './StateLink.tsx';

interface Props {
  store: Store;
  /** The heading id of the section the widget sits in, for the link to this state. */
  anchor?: string | undefined;
  /** Runs after a reset, for a widget that keeps state of its own (a half-typed box). */
  onReset?: () => void;
}

/** Whether a widget already took the focus a link asked for (only the first one does). */
let focusTaken = false;

/** The id of the last heading before an element in the page: the section it sits in. */
function sectionOf(element: Element): string | undefined {
  const headings = document.querySelectorAll('h2[id], h3[id]');
  let found: string | undefined;
  for (const heading of headings) {
    // DOCUMENT_POSITION_FOLLOWING: the element comes after this heading.
    if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
      found = heading.id;
    else break;
  }
  return found;
}

/** The address of the page in its current state, at a section. */
function linkTo(anchor: string | undefined): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}${pageLink.peek()}${anchor ? `#${anchor}` : ''}`;
}

/** The code that saves and opens state files, loaded at the first click that needs it. */
const stateFiles = () => import('../state/state-file.ts');

/** Offers a text as a file download. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function StoreActions({ store, anchor: given, onReset }: Props) {
  const status = useSignal('');
  /** The link, shown for copying by hand when the clipboard is not available. */
  const manual = useSignal('');
  const row = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** The section to link to: as given, or the one the widget sits in. */
  const section = useSignal(given);

  // A link to this section with a state in it: the widget takes the focus, once the browser has
  // scrolled to the section (so it does not scroll again).
  useEffect(() => {
    if (!given && row.current) section.value = sectionOf(row.current);
    const anchor = section.peek();
    const { hash, search } = window.location;
    if (focusTaken || !anchor || !search || hash !== `#${anchor}`) return;
    const figure = row.current?.closest<HTMLElement>('figure, .widget');
    if (!figure) return;
    focusTaken = true;
    if (!figure.hasAttribute('tabindex')) figure.setAttribute('tabindex', '-1');
    figure.focus({ preventScroll: true });
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
    const { stateFileName, stateFileOf } = await stateFiles();
    const page = window.location.pathname;
    download(stateFileOf(store, page), stateFileName(store, page));
    status.value = 'Saved this widget’s state as a file.';
  };

  const open = async (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { MAX_STATE_FILE_BYTES, readStateFile } = await stateFiles();
    if (file.size > MAX_STATE_FILE_BYTES) {
      status.value = 'This file is too large to be a saved state; nothing changed.';
      return;
    }
    const read = readStateFile(await file.text(), store);
    if ('error' in read) {
      status.value = `${read.error} Nothing changed.`;
      return;
    }
    const problems = applyStoreLink(store, read);
    status.value =
      problems.length === 0
        ? 'Opened the saved state.'
        : `Opened the saved state, except: ${problems.slice(0, 3).join(' ')}`;
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
