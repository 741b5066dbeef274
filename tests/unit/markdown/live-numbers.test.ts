import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import {
  expandLiveNumbers,
  pageStoresOf,
  remarkLiveNumbers,
} from '../../../src/markdown/remark-live-numbers.ts';
import { katexOptions } from '../../../src/math/katex-options.ts';
import { rehypeLiveMathml } from '../../../src/markdown/rehype-live-mathml.ts';
import { countParameters, initByHand } from '../../../src/engine/index.ts';

const stores = pageStoresOf({
  network: { kind: 'network', settable: ['sample', 'parameters'], values: { epochs: 1 } },
  attempt: { kind: 'network', values: { epochs: 1, x1: 0.9 } },
});

describe('\\live{key} in equations', () => {
  const init = initByHand(13);

  it('expands to the starting value of the page’s first store, with its store, key, value and digits', () => {
    const tex = expandLiveNumbers(String.raw`\lambda_{1,4} = \live{w14}`, stores);
    expect(tex).toContain(`store=network, quantity=w14, value=${init.w14}, digits=3`);
    expect(tex).toContain(`\\textrm{${init.w14.toFixed(3).replace('-', '\u2212')}}`);
  });

  it('reads a number through the store an equation names', () => {
    expect(expandLiveNumbers(String.raw`\live{attempt:x1}`, stores)).toContain(
      'store=attempt, quantity=x1, value=0.9,',
    );
    expect(expandLiveNumbers(String.raw`\live{network:x1}`, stores)).toContain('value=0.5,');
  });

  it('honours a requested number of digits', () => {
    expect(expandLiveNumbers(String.raw`\live[1]{x1}`, stores)).toContain(
      String.raw`digits=1}{\textrm{0.5}}`,
    );
  });

  it('reads derivatives by their dL/d key and local derivatives by theirs', () => {
    expect(expandLiveNumbers(String.raw`\live{dL/dw14}`, stores)).toContain('quantity=dL/dw14');
    expect(expandLiveNumbers(String.raw`\live{dH4/dH4in}`, stores)).toContain('quantity=dH4/dH4in');
  });

  it('stops the build on a key, a store or a fact that names nothing', () => {
    expect(() => expandLiveNumbers(String.raw`\live{w99}`, stores)).toThrow(/no quantity/);
    expect(() => expandLiveNumbers(String.raw`\live{dL/dy}`, stores)).toThrow(/no quantity/);
    expect(() => expandLiveNumbers(String.raw`\live{other:w14}`, stores)).toThrow(
      /no store "other"/,
    );
    expect(() => expandLiveNumbers(String.raw`\fact{nothing}`, stores)).toThrow(/no fact/);
    expect(() => pageStoresOf({ net: { kind: 'spaceship' } })).toThrow(/no store kind/);
    expect(() => pageStoresOf({ 'bad name': { kind: 'network' } })).toThrow(
      /not a valid store name/,
    );
  });

  it('writes facts the engine computes into the TeX', () => {
    expect(expandLiveNumbers(String.raw`|\theta| = \fact{parameters}`, stores)).toBe(
      String.raw`|\theta| = \text{${countParameters([3, 2, 1]).total}}`,
    );
  });

  it('renders with KaTeX and the MathML plugin into a MathML number carrying data-store, data-quantity and data-value', () => {
    const html = katex.renderToString(
      expandLiveNumbers(String.raw`H_4 = \live{H4}`, stores),
      katexOptions,
    );
    const tree = fromHtml(html, { fragment: true });
    rehypeLiveMathml()(tree);
    expect(toHtml(tree)).toMatch(
      /<mn data-store="network" data-quantity="H4" data-value="0\.\d+" data-digits="3">0\.\d{3}<\/mn>/,
    );
    expect(html).not.toContain('katex-error');
  });
});

/** Runs the plugin on an MDX page with this front matter's stores. */
function run(mdx: string, declared: unknown) {
  const file = new VFile({ value: mdx, data: { astro: { frontmatter: { stores: declared } } } });
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMath)
    .use(remarkLiveNumbers);
  return processor.run(processor.parse(file), file);
}

describe('the remark plugin on a page', () => {
  const declared = { network: { kind: 'network', settable: ['parameters'] } };

  it('gives widgets their store’s declaration and PageState all of them', async () => {
    const tree = await run('<PageState />\n\n<NetworkWidget store="network" id="n" />\n', declared);
    const json = JSON.stringify(tree);
    expect(json).toContain(JSON.stringify(JSON.stringify(declared.network)));
    expect(json).toContain(JSON.stringify(JSON.stringify(declared)));
  });

  it('stops the build on a widget naming an undeclared store, or stores without PageState', async () => {
    await expect(
      run('<PageState />\n\n<NetworkWidget store="nope" />\n', declared),
    ).rejects.toThrow(/declares no such store/);
    await expect(run('<NetworkWidget store="network" />\n', declared)).rejects.toThrow(
      /exactly one <PageState \/>/,
    );
  });
});
