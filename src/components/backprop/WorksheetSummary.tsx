/** The worksheet's count of right answers, its Check every answer, and its polite region. */
import { batch, type ReadonlySignal, type Signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { checkAnswer, type AnswerStatus } from '../../state/answers.ts';
import type { Store } from '../../state/store.ts';
import { readerOf } from './OperationFormula.tsx';
import { liveReader, rightIn, verdictsOf, type Entries } from './worksheet-entries.ts';

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
export function Summary({ store, mounted, entries, announcement }: SummaryProps) {
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
