import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { expandLiveNumbers } from '../../../src/markdown/remark-live-numbers.ts';
import { katexOptions } from '../../../src/markdown/katex-options.ts';
import { initByHand } from '../../../src/engine/index.ts';

describe('\\live{key} in equations', () => {
  const init = initByHand(13);

  it('expands to the default value, with its key, full value and digits', () => {
    const tex = expandLiveNumbers(String.raw`\lambda_{1,4} = \live{w14}`);
    expect(tex).toContain(`quantity=w14, value=${init.w14}, digits=3`);
    expect(tex).toContain(`\\textrm{${init.w14.toFixed(3).replace('-', '\u2212')}}`);
  });

  it('honours a requested number of digits', () => {
    expect(expandLiveNumbers(String.raw`\live[1]{x1}`)).toContain(
      String.raw`digits=1}{\textrm{0.5}}`,
    );
  });

  it('reads derivatives by their dL/d key', () => {
    expect(expandLiveNumbers(String.raw`\live{dL/dw14}`)).toContain('quantity=dL/dw14');
  });

  it('stops the build on a key that names nothing', () => {
    expect(() => expandLiveNumbers(String.raw`\live{w99}`)).toThrow(/no quantity/);
    expect(() => expandLiveNumbers(String.raw`\live{dL/dy}`)).toThrow(/no quantity/);
  });

  it('renders with KaTeX into an element carrying data-quantity and data-value', () => {
    const html = katex.renderToString(expandLiveNumbers(String.raw`H_4 = \live{H4}`), katexOptions);
    expect(html).toMatch(/data-quantity="H4" data-value="0\.\d+" data-digits="3"/);
    expect(html).not.toContain('katex-error');
  });
});
