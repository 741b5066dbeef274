// @vitest-environment happy-dom
/**
 * The inline scripts a page with stores runs before its widgets are parsed (docs/architecture.md,
 * "True from the first paint"): opened with a query, the page is hidden while it settles
 * (`nn-settling` on <html>); a chapter also marks its stores as not yet made
 * (`data-stores-starting`) and, should a script fail to load, takes the mark off at once and tells
 * the islands (`nn-store-warm`, naming no store). Each test runs the script's text as the page does.
 */
import { describe, expect, it } from 'vitest';
import { CHAPTER_START_SCRIPT, SETTLE_SCRIPT } from '../../../src/state/settle-script.ts';
import { cleanPages, heard } from './page-open.ts';

cleanPages();

const html = () => document.documentElement;

/** Runs an inline script's text on a page at `path`. */
function run(script: string, path: string): void {
  window.history.replaceState(null, '', path);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the page runs this very text
  (new Function(script) as () => void)();
}

/** Fires a failed load at an element of this tag in the page, as the browser does. */
function failToLoad(tag: string): void {
  const element = document.createElement(tag);
  document.head.append(element);
  element.dispatchEvent(new Event('error'));
}

describe('SETTLE_SCRIPT', () => {
  it.each([
    ['a query', '/book/?network.w14=0.3', true],
    ['a query of one key', '/book/?a', true],
    ['a question mark alone', '/book/?', false],
    ['no query', '/book/', false],
    ['an #anchor alone', '/book/#top', false],
  ])('hides a page opened with %s while it settles: %s', (_, path, settling) => {
    run(SETTLE_SCRIPT, path);
    expect(html().classList.contains('nn-settling')).toBe(settling);
  });
});

describe('CHAPTER_START_SCRIPT', () => {
  it('hides a page opened with a query and marks its stores as not yet made', () => {
    run(CHAPTER_START_SCRIPT, '/forward-pass/?network.w14=0.3');
    expect(html().classList.contains('nn-settling')).toBe(true);
    expect(html().getAttribute('data-stores-starting')).toBe('');
  });

  it('marks the stores of a page opened plainly, which it does not hide', () => {
    run(CHAPTER_START_SCRIPT, '/forward-pass/');
    expect(html().classList.contains('nn-settling')).toBe(false);
    expect(html().hasAttribute('data-stores-starting')).toBe(true);
  });

  it('takes the mark off and tells the islands when a script fails to load', () => {
    run(CHAPTER_START_SCRIPT, '/forward-pass/');
    const warm = heard('nn-store-warm');
    failToLoad('img');
    expect(html().hasAttribute('data-stores-starting')).toBe(true);
    expect(warm).toEqual([]);
    failToLoad('script');
    expect(html().hasAttribute('data-stores-starting')).toBe(false);
    expect(warm).toEqual(['']);
  });

  it('says nothing of a script that fails after the stores were made', () => {
    run(CHAPTER_START_SCRIPT, '/forward-pass/');
    html().removeAttribute('data-stores-starting');
    const warm = heard('nn-store-warm');
    failToLoad('script');
    expect(warm).toEqual([]);
  });
});
