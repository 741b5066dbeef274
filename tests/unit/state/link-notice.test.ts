// @vitest-environment happy-dom
/**
 * The notice of a link that held something the page could not use (docs/architecture.md, "What a
 * link did"): one box where the reader lands (under the heading the #anchor names, else at the top
 * of the content), its problems as text, at most six listed and the rest counted, and a Dismiss
 * button that gives the focus back to the page's title.
 */
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showLinkNotice } from '../../../src/state/link-notice.ts';

/** The page at this address (its #anchor) with this body. */
function page(hash: string, body: string): void {
  window.history.replaceState(null, '', `/forward-pass/${hash}`);
  document.body.innerHTML = body;
}

const notices = () => document.querySelectorAll('.link-notice');
const listed = () =>
  Array.from(document.querySelectorAll('.link-notice-list li'), (item) => item.textContent);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('showLinkNotice', () => {
  it('lists each problem as text in a status box with its title, its closing words and a Dismiss button', () => {
    page('', '<main><h1>The forward pass</h1></main>');
    showLinkNotice(signal(['x1: 99 → 10', 'λ1,4: “<b>abc</b>” is not a number.']));
    const [notice] = notices();
    expect(notices()).toHaveLength(1);
    expect(notice!.getAttribute('role')).toBe('status');
    expect(notice!.querySelector('.link-notice-title')!.textContent).toBe(
      'Not all of this link could be used as given.',
    );
    expect(listed()).toEqual(['x1: 99 → 10', 'λ1,4: “<b>abc</b>” is not a number.']);
    expect(notice!.querySelector('b')).toBeNull();
    // The title, the list, the closing words and the button, and no text between them.
    const parts = Array.from(notice!.childNodes) as Element[];
    expect(parts.map((part) => part.nodeName)).toEqual(['P', 'UL', 'P', 'BUTTON']);
    expect(parts[2]!.textContent).toBe(
      'Everything else on the page is as the link gives it, or at the chapter’s values.',
    );
    // Only the notice's own parts carry a class: the items and the closing words none.
    expect(parts.map((part) => part.className)).toEqual([
      'link-notice-title',
      'link-notice-list',
      '',
      'nn-button link-notice-dismiss',
    ]);
    const button = notice!.querySelector('button')!;
    expect(button.className).toBe('nn-button link-notice-dismiss');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.textContent).toBe('Dismiss');
  });

  it('lists six problems, and of seven the first six and “and 1 more.”', () => {
    page('', '<main></main>');
    const six = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const problems = signal<readonly string[]>(six);
    showLinkNotice(problems);
    expect(listed()).toEqual(six);
    problems.value = [...six, 'p7'];
    expect(listed()).toEqual([...six, 'and 1 more.']);
    const items = document.querySelectorAll('.link-notice-list > *');
    expect(Array.from(items, (item) => `${item.nodeName}.${item.className}`)).toEqual(
      Array<string>(7).fill('LI.'),
    );
    problems.value = [...six, 'p7', 'p8', 'p9'];
    expect(listed()).toEqual([...six, 'and 3 more.']);
  });

  it('shows nothing for a link without problems, and one notice in place of the last', () => {
    page('', '<main></main>');
    const problems = signal<readonly string[]>([]);
    showLinkNotice(problems);
    expect(notices()).toHaveLength(0);
    problems.value = ['first'];
    problems.value = ['second'];
    expect(notices()).toHaveLength(1);
    expect(listed()).toEqual(['second']);
    problems.value = [];
    expect(notices()).toHaveLength(0);
  });

  it('puts the notice after the heading wrapper of the section the #anchor names, and scrolls that heading to the top', () => {
    page(
      '#a-simple-network',
      '<main><div class="sl-markdown-content"><p>Intro</p>' +
        '<div class="sl-heading-wrapper"><h2 id="a-simple-network">A simple network</h2><a href="#a-simple-network">#</a></div>' +
        '<p>Text</p></div></main>',
    );
    const heading = document.getElementById('a-simple-network')!;
    const scroll = vi.spyOn(heading, 'scrollIntoView');
    showLinkNotice(signal(['x1: 99 → 10']));
    expect(heading.parentElement!.nextElementSibling!.className).toBe('link-notice');
    expect(scroll).toHaveBeenCalledWith({ block: 'start' });
  });

  it('puts the notice right after the element the #anchor names when no heading wrapper holds it', () => {
    page('#caf%C3%A9', '<main><p>Intro</p><h2 id="café">Café</h2><p>Text</p></main>');
    showLinkNotice(signal(['x1: 99 → 10']));
    expect(document.getElementById('café')!.nextElementSibling!.className).toBe('link-notice');
  });

  it.each([
    ['an anchor the page does not have', '#nowhere'],
    ['an anchor that is no percent-encoding', '#%E0%A4%A'],
    ['no anchor', ''],
  ])('puts the notice at the top of the chapter’s text for %s', (_, hash) => {
    page(hash, '<main><h1>T</h1><div class="sl-markdown-content"><p>Intro</p></div></main>');
    showLinkNotice(signal(['x1: 99 → 10']));
    expect(document.querySelector('.sl-markdown-content')!.firstElementChild!.className).toBe(
      'link-notice',
    );
  });

  it('puts the notice at the top of the main content, or of the body, on a page without the chapter’s text', () => {
    page('', '<header></header><main><h1>T</h1></main>');
    showLinkNotice(signal(['x1: 99 → 10']));
    expect(document.querySelector('main')!.firstElementChild!.className).toBe('link-notice');
    page('', '<header></header><div><h1>T</h1></div>');
    showLinkNotice(signal(['x1: 99 → 10']));
    expect(document.body.firstElementChild!.className).toBe('link-notice');
  });

  it('is dismissed, giving the focus it held to the page’s title', () => {
    page('', '<h1>The forward pass</h1><main></main>');
    showLinkNotice(signal(['x1: 99 → 10']));
    const button = document.querySelector<HTMLButtonElement>('.link-notice-dismiss')!;
    button.focus();
    button.click();
    expect(notices()).toHaveLength(0);
    const title = document.querySelector('h1')!;
    expect(document.activeElement).toBe(title);
    expect(title.getAttribute('tabindex')).toBe('-1');
  });

  it('is dismissed without moving a focus it did not hold', () => {
    page('', '<h1>The forward pass</h1><main><input id="box"></main>');
    showLinkNotice(signal(['x1: 99 → 10']));
    const box = document.getElementById('box')!;
    box.focus();
    document.querySelector<HTMLButtonElement>('.link-notice-dismiss')!.click();
    expect(notices()).toHaveLength(0);
    expect(document.activeElement).toBe(box);
    expect(document.querySelector('h1')!.hasAttribute('tabindex')).toBe(false);
  });

  it('is dismissed on a page without a title, the focus left where the browser puts it', () => {
    page('', '<main></main>');
    showLinkNotice(signal(['x1: 99 → 10']));
    const button = document.querySelector<HTMLButtonElement>('.link-notice-dismiss')!;
    button.focus();
    button.click();
    expect(notices()).toHaveLength(0);
  });
});
