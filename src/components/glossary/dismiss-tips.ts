/**
 * Escape hides an open glossary definition (WCAG 1.4.13) until the pointer or focus leaves its
 * term. Every page with terms runs it once: the chapters through Term.astro, the whole book's
 * page on its own (its chapters' scripts are left out).
 */
export function dismissTipsOnEscape(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of document.querySelectorAll<HTMLElement>('.term:hover, .term:focus-within')) {
      term.dataset['dismissed'] = '';
    }
  });
  for (const term of document.querySelectorAll<HTMLElement>('.term')) {
    const reopen = () => delete term.dataset['dismissed'];
    term.addEventListener('mouseleave', reopen);
    term.addEventListener('focusout', reopen);
  }
}
