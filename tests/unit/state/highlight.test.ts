/**
 * What the widgets of one store mark together (docs/architecture.md, section 2): a highlighted
 * quantity and a stepper's focus per store name, made on first use, starting at null, so the
 * widgets of one store share them and another store's do not react.
 */
import { describe, expect, it } from 'vitest';
import { highlightOf, stepFocusOf } from '../../../src/state/highlight.ts';

describe('highlightOf and stepFocusOf', () => {
  it('give every widget of a store the same signal, starting with nothing marked', () => {
    const highlight = highlightOf('highlight-network');
    expect(highlight.value).toBeNull();
    highlight.value = 'w14';
    expect(highlightOf('highlight-network')).toBe(highlight);
    expect(highlightOf('highlight-network').value).toBe('w14');
    const focus = stepFocusOf('highlight-network');
    expect(focus.value).toBeNull();
    focus.value = { nodes: ['H4'], connections: ['w14'] };
    expect(stepFocusOf('highlight-network').value).toEqual({ nodes: ['H4'], connections: ['w14'] });
  });

  it('keep another store’s marks apart, and a highlight apart from a stepper’s focus', () => {
    highlightOf('highlight-first').value = 'b4';
    expect(highlightOf('highlight-second').value).toBeNull();
    expect(highlightOf('highlight-second')).not.toBe(highlightOf('highlight-first'));
    expect(stepFocusOf('highlight-first').value).toBeNull();
  });
});
