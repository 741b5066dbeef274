import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { rehypeLiveMathml } from '../../../src/markdown/rehype-live-mathml.ts';
import { estimateHeight, heightStep, HEIGHT_STEPS } from '../../../src/markdown/equation-height.ts';
import { katexOptions } from '../../../src/math/katex-options.ts';

/** A display equation's box and MathML, as the build writes them. */
function display(tex: string): { box: Element; math: Element } {
  const tree = fromHtml(katex.renderToString(tex, { ...katexOptions, displayMode: true }), {
    fragment: true,
  });
  rehypeLiveMathml()(tree);
  return { box: select('.katex-display', tree)!, math: select('math', tree)! };
}

/**
 * Heights Chromium gave these equations of the book (STIX Two Math, in em of the text around
 * them, the box's padding set aside), measured on the built pages: the references the estimate
 * must come near.
 */
const MEASURED: [tex: string, em: number][] = [
  [String.raw`Y = f(X) + \xi`, 1.13],
  [String.raw`x' = 2\,\frac{x - \min}{\max - \min} - 1`, 2.16],
  [
    String.raw`\tanh(z) = \frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}, \qquad \tanh'(z) = 1 - \tanh^2(z)`,
    2.24,
  ],
  [String.raw`O_j = \frac{e^{O_{j_{in}}}}{\sum_{\iota=1}^{K} e^{O_{\iota_{in}}}}`, 3.25],
  [
    String.raw`\begin{aligned} H_2 &= h(I_1) \\ O_3 &= o(H_2) = o\bigl(h(I_1)\bigr) \end{aligned}`,
    3.82,
  ],
  [
    String.raw`\begin{aligned} |\theta| &= \text{3} \cdot \text{2} + \text{2} \cdot \text{1} + \text{2} + \text{1} \\ &= \text{6} + \text{2} + \text{2} + \text{1} \\ &= \text{11} \end{aligned}`,
    4.6,
  ],
  [
    String.raw`\begin{aligned} \frac{\partial O_3}{\partial H_2} &= o'(H_2) \\ \frac{\partial O_3}{\partial I_1} &= \frac{\partial H_2}{\partial I_1} \cdot \frac{\partial O_3}{\partial H_2} \end{aligned}`,
    6.29,
  ],
  [
    String.raw`\begin{aligned} |\theta_{\text{weights}}| &= \sum_{i=1}^{n} l_{i-1} \cdot l_i \\ |\theta_{\text{biases}}| &= \sum_{i=1}^{n} l_i \\ |\theta| &= \sum_{i=1}^{n} \left( l_{i-1} \cdot l_i + l_i \right) = \sum_{i=1}^{n} l_i \cdot (l_{i-1} + 1) \end{aligned}`,
    10.8,
  ],
];

describe('the room kept for a display equation off screen', () => {
  it.each(MEASURED)('comes within 1em of the height Chromium gives %s', (tex, em) => {
    expect(Math.abs(estimateHeight(display(tex).math) - em)).toBeLessThan(1);
  });

  it('grows with the equation: a line, a fraction, then two and three rows of an aligned block', () => {
    const heights = [
      'x',
      String.raw`\frac{a}{b}`,
      String.raw`\begin{aligned} a &= b \\ c &= d \end{aligned}`,
      String.raw`\begin{aligned} a &= b \\ c &= d \\ e &= f \end{aligned}`,
    ].map((tex) => estimateHeight(display(tex).math));
    for (let i = 1; i < heights.length; i++)
      expect(heights[i]).toBeGreaterThan(heights[i - 1]! + 0.5);
  });

  it('is written on the box as the nearest step, which has its CSS rule', () => {
    const { box, math } = display(String.raw`x' = 2\,\frac{x - \min}{\max - \min} - 1`);
    expect(box.properties['dataHeight']).toBe(heightStep(math));
    expect(heightStep(math)).toBe('2.5');
  });

  it('has one rule in equation-heights.css for each step, and no other', () => {
    const css = readFileSync('src/styles/equation-heights.css', 'utf8');
    const rules = [
      ...css.matchAll(
        /\.katex-display\[data-height='([\d.]+)'\] \{\s*contain-intrinsic-size: auto ([\d.]+)em;\s*\}/g,
      ),
    ];
    expect(rules.map(([, step]) => step)).toEqual(HEIGHT_STEPS.map(String));
    for (const [, step, size] of rules) expect(size).toBe(step);
    expect(new Set(HEIGHT_STEPS).size).toBe(HEIGHT_STEPS.length);
  });

  it('gives the tallest step to an equation taller than every step, the shortest to a tiny one', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `a_{${i}} &= \\frac{1}{2}`).join(' \\\\ ');
    expect(heightStep(display(`\\begin{aligned} ${rows} \\end{aligned}`).math)).toBe(
      String(HEIGHT_STEPS.at(-1)),
    );
    expect(heightStep(display('x').math)).toBe(String(HEIGHT_STEPS[0]));
  });
});
