/** What the reader typed in each blank, and the verdicts on it against the network's numbers. */
import type { Signal } from '@preact/signals';
import {
  ANSWER_TOLERANCE,
  checkAnswer,
  type AnswerCheck,
  type AnswerStatus,
} from '../../state/answers.ts';
import type { NetworkView } from '../../state/kind-parts/network-kind.ts';
import type { Store } from '../../state/store.ts';

/** What the reader did in one blank. */
export interface Entry {
  /** The text as typed. */
  readonly text: string;
  /** True once the reader asked for a verdict on this text (Enter, leaving, Check). */
  readonly checked: boolean;
  /** The verdict when they asked: a later one that differs came from a change of the network. */
  readonly verdictThen?: AnswerStatus;
}

export const EMPTY: Entry = { text: '', checked: false };

/** The sentence a blank shows for a verdict, noting a change since the reader checked. */
export function verdictText(check: AnswerCheck, verdictThen: AnswerStatus | undefined): string {
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
export type Entries = ReadonlyMap<string, Signal<Entry>>;

/**
 * The verdict of every checked blank against a view. Reading each entry's `.value` subscribes
 * the component that calls it; handlers pass `peek` to read without subscribing.
 */
export function verdictsOf(
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

export function rightIn(verdicts: Map<string, AnswerCheck>): number {
  return [...verdicts.values()].filter((verdict) => verdict.status === 'right').length;
}

/** Reads the store's live view without subscribing: for event handlers, after mounting. */
export function liveReader(store: Store): (key: string) => number {
  const view = store.view.peek() as NetworkView;
  return (key) => store.kind.read(view, key) ?? Number.NaN;
}
