import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { rehypeLiveMathml } from '../../../src/markdown/rehype-live-mathml.ts';
import { katexOptions } from '../../../src/math/katex-options.ts';

/** KaTeX's output for this TeX, then the plugin, as the build runs them. */
function render(tex: string, displayMode = true): string {
  const tree = fromHtml(katex.renderToString(tex, { ...katexOptions, displayMode }), {
    fragment: true,
  });
  rehypeLiveMathml()(tree);
  return toHtml(tree);
}

const live = (quantity: string, value: string, text: string) =>
  String.raw`\htmlData{store=network, quantity=${quantity}, value=${value}, digits=3}{\textrm{${text}}}`;

describe('the MathML plugin', () => {
  it('writes MathML alone: no HTML copy of the formula', () => {
    const html = render(String.raw`\frac{\partial L}{\partial w}`);
    expect(html).toContain('<math');
    expect(html).not.toMatch(/katex-html|katex-mathml/);
  });

  it('puts each live number’s attributes on the MathML number that shows it, in order', () => {
    const html = render(
      String.raw`\begin{aligned} a &= ${live('x1', '0.5', '0.500')} \\ &= ${live('x2', '-0.25', '−0.250')} + ${live('x1', '0.5', '0.500')} \end{aligned}`,
    );
    const numbers = [
      ...html.matchAll(
        /<mn data-store="network" data-quantity="([^"]+)" data-value="([^"]+)" data-digits="3">([^<]*)<\/mn>/g,
      ),
    ].map(([, quantity, value, text]) => [quantity, value, text]);
    expect(numbers).toEqual([
      ['x1', '0.5', '0.500'],
      ['x2', '-0.25', '−0.250'],
      ['x1', '0.5', '0.500'],
    ]);
    expect(html).not.toMatch(/<mtext[^>]*data-quantity/);
  });

  it('writes a number set as text as a MathML number, and leaves words as text', () => {
    const html = render(String.raw`L_{\text{example}} = \text{42}`);
    expect(html).toContain('<mtext>example</mtext>');
    expect(html).toContain('<mn>42</mn>');
  });

  it('sets a prime after its base, not as a superscript', () => {
    const html = render(String.raw`\sigma'(z)`);
    expect(html).not.toContain('<msup>');
    expect(html).toMatch(/<mi>σ<\/mi><mo[^>]*>′<\/mo>/);
  });

  it('wraps a display equation in its scrolling box, and leaves inline ones alone', () => {
    expect(render('x')).toMatch(
      /^<span class="katex-display" data-height="1"><span class="katex"><math/,
    );
    expect(render('x', false)).toMatch(/^<span class="katex"><math/);
  });

  it('leaves the formula alone in its <math>: no TeX source beside it, no namespace attribute', () => {
    // KaTeX's own output has both: the plugin is what takes them away.
    expect(katex.renderToString('x^2', katexOptions)).toMatch(/xmlns=.*<semantics>.*<annotation/);
    const html = render('x^2', false);
    expect(html).toBe(
      '<span class="katex"><math><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow></math></span>',
    );
  });

  it('stops the build when a live number has no MathML number to go on', () => {
    const tree = fromHtml(
      '<span class="katex"><math><semantics><mi>x</mi><annotation>' +
        live('x1', '0.5', '0.500') +
        '</annotation></semantics></math></span>',
      { fragment: true },
    );
    expect(() => rehypeLiveMathml()(tree)).toThrow(/x1/);
  });
});
