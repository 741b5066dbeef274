/**
 * The instructors' page's snippet maker: a reader pastes a link copied from any widget of the book
 * (or an embed's address) and gets the iframe code for that widget's embed in the link's exact
 * state. The paste is read as hostile input by `snippetFromLink`; the code is shown as the value
 * of a read-only text box, never as markup.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { snippetFromLink, type EmbedTarget } from '../../state/embed-snippet.ts';
import { TYPED_BOX } from '../typedBox.ts';
import { copyFromBox } from './copy.ts';
import { embedWidth } from './embed-width.ts';

interface Props {
  /** Unique on the page; prefixes every element id. */
  id: string;
  /** What the maker knows of each embeddable widget (written by the build). */
  embeds: readonly EmbedTarget[];
  /** The site's base path, with a slash at each end. */
  base: string;
}

/** What the code leaves out of the link, in a sentence ("" for nothing). */
function leftOutNote(count: number): string {
  if (count === 0) return '';
  return count === 1
    ? ' One part of the link, which sets nothing of this widget, was left out.'
    : ` ${count} parts of the link, which set nothing of this widget, were left out.`;
}

export function SnippetMaker({ id, embeds, base }: Props) {
  const pasted = useSignal('');
  const copied = useSignal('');
  const box = useRef<HTMLTextAreaElement>(null);
  const result = useComputed(() => {
    if (pasted.value.trim() === '') return undefined;
    // The book's address is the one it is read at: links to it, and codes from it, use that.
    const book = { origins: [window.location.origin], base, width: embedWidth.value };
    return snippetFromLink(pasted.value, book, embeds);
  });
  const read = result.value;
  const describedBy = `${id}-result`;
  return (
    <div class="snippet-maker">
      <label for={`${id}-link`}>Link to a widget’s state</label>
      <input
        id={`${id}-link`}
        {...TYPED_BOX}
        class="nn-field snippet-link"
        inputMode="url"
        placeholder="https://…/forward-pass/?network.w14=0.3#a-simple-network"
        aria-describedby={describedBy}
        aria-invalid={read?.ok === false}
        onInput={(event) => {
          pasted.value = event.currentTarget.value;
          copied.value = '';
        }}
      />
      <p id={describedBy} class="snippet-result" role="status">
        {read === undefined
          ? ''
          : read.ok
            ? `The embed code for “${read.embed.title}” in this state.` + leftOutNote(read.leftOut)
            : read.message}
      </p>
      {read?.ok && (
        <>
          <label for={`${id}-code`}>Embed code: {read.embed.title}</label>
          <textarea
            ref={box}
            id={`${id}-code`}
            class="nn-field embed-code"
            readOnly
            rows={4}
            spellcheck={false}
            value={read.code}
          />
          <p class="embed-copy">
            <button
              type="button"
              class="nn-button"
              onClick={() => {
                if (box.current) void copyFromBox(box.current).then((m) => (copied.value = m));
              }}
            >
              Copy
            </button>{' '}
            <a href={read.src}>Open this embed</a>
            <span role="status">{copied.value}</span>
          </p>
        </>
      )}
    </div>
  );
}
