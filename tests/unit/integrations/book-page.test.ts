import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { bookHref, bookIslandProps } from '../../../src/integrations/book-chapter.ts';
import { composeBook } from '../../../src/integrations/book-page.ts';

/** SHA-256 in base64, computed here independently of the module under test. */
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const POLICY = "default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self'";

/** A page as Starlight builds it, reduced to what the book reads. */
function page(title: string, head: string, content: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${POLICY}"><link rel="stylesheet" href="/_astro/common.css">${head}</head><body><a class="sl-skip-link" href="#_top">Skip</a><nav class="sidebar"><a href="/forward-pass/">Forward pass</a></nav><main><h1 id="_top">${title}</h1><div class="sl-markdown-content">${content}</div></main></body></html>`;
}

const PLACEHOLDER = page(
  'The whole book',
  '<script>theme()</script>',
  '<nav><a href="#concepts">Concepts</a></nav><div class="book-chapters" data-book-chapters data-pagefind-ignore="all"><p>Put in at build time.</p></div>',
);

const CONCEPTS = page(
  'Concepts',
  '<style>.x{color:red}</style><link rel="preload" href="/_astro/KaTeX_Main.woff2" as="font">',
  [
    '<div class="sl-heading-wrapper level-h2"><h2 id="nodes">Nodes</h2><a class="sl-anchor-link" href="#nodes">§</a></div>',
    '<p>See <a href="/forward-pass/#a-simple-network">the network</a>, <a href="../forward-pass/">the next chapter</a>,',
    ' <a href="/forward-pass/?network.w14=0.3#a-simple-network">this state</a>, <a href="/">home</a>,',
    ' <a href="https://doi.org/10.5281/zenodo.15169138">the source</a> and <a href="#_top">the top</a>.</p>',
    '<div role="region" aria-label="Network diagram"><svg></svg></div><p aria-label="Plain">x</p>',
    '<aside class="source-note" aria-label="Source"><p>Pyrcz</p></aside>',
    '<h3 id="layers">Layers</h3>',
    '<script type="application/json" id="page-stores">{"network":{"kind":"network"}}</script>',
    '<p><math><mn data-store="network" data-quantity="H4">0.607</mn></math></p>',
    '<script type="module" src="/_astro/PageState.js"></script>',
  ].join(''),
);

const FORWARD_PASS = page(
  'Forward pass',
  '<style>.x{color:red}</style>',
  [
    '<h2 id="a-simple-network">A simple network</h2>',
    '<script type="application/json" id="page-stores">{"network":{"kind":"network","values":{"epochs":1}},"attempt":{"kind":"network"}}</script>',
    '<astro-island uid="a" component-url="/_astro/NetworkWidget.js" renderer-url="/_astro/client.js" props="{&quot;store&quot;:[0,&quot;network&quot;],&quot;id&quot;:[0,&quot;network&quot;],&quot;anchor&quot;:[0,&quot;a-simple-network&quot;],&quot;caption&quot;:[0,&quot;Live&quot;]}" ssr client="visible" opts="{&quot;name&quot;:&quot;NetworkWidget&quot;,&quot;value&quot;:true}">',
    '<figure id="network" aria-labelledby="network-caption"><figcaption id="network-caption">Live</figcaption>',
    '<svg><defs><marker id="network-arrow"></marker></defs><path marker-end="url(#network-arrow)" d="M0 0"></path></svg>',
    '<label for="network-w14">λ</label><input id="network-w14" type="range" value="0.1" aria-describedby="network-note">',
    '<p id="network-note">Note</p><button type="button">Reset</button>',
    '<a class="state-link" href="?#a-simple-network">Link to this exact state</a></figure></astro-island>',
    '<script>(()=>{self.Astro={}})()</script><style>astro-island{display:contents}</style>',
    '<p>Back to <a href="/concepts/#nodes">nodes</a>.</p>',
  ].join(''),
);

function compose(base = '/') {
  const html = composeBook(
    PLACEHOLDER,
    [
      { slug: 'concepts', html: CONCEPTS.replaceAll('"/', `"${base}`) },
      { slug: 'forward-pass', html: FORWARD_PASS.replaceAll('"/', `"${base}`) },
    ],
    base,
  );
  return { html, tree: fromHtml(html) };
}

const attribute = (html: string, selector: string, name: string) =>
  selectAll(selector, fromHtml(html)).map((element) => element.properties[name]);

describe('composeBook', () => {
  const { html, tree } = compose();

  it('puts every chapter in the placeholder, in order, under its title', () => {
    const sections = selectAll('[data-book-chapters] > section.book-chapter', tree);
    expect(sections.map((section) => section.properties['ariaLabelledBy'])).toEqual([
      ['concepts'],
      ['forward-pass'],
    ]);
    expect(html).not.toContain('Put in at build time');
    expect(attribute(html, 'section > h2.book-chapter-title', 'id')).toEqual([
      'concepts',
      'forward-pass',
    ]);
    expect(html).toMatch(/<h2 id="concepts"[^>]*>Concepts<\/h2>/);
    // Only the chapters' text: not their sidebars or skip links.
    expect(selectAll('[data-book-chapters] nav, [data-book-chapters] .sl-skip-link', tree)).toEqual(
      [],
    );
    expect(html).toContain('data-pagefind-ignore="all"');
  });

  it('runs nothing: scripts left out, controls disabled, islands asleep until their store moves', () => {
    expect(html).not.toContain('PageState');
    // Astro's island code is kept only as data, for the page to start when a link moves a store.
    expect(html).not.toMatch(/<script>[^<]*self\.Astro/);
    const code = select('head > script#book-islands[type="application/json"]', tree);
    expect(JSON.parse(toString(code!))).toEqual(['(()=>{self.Astro={}})()']);
    const islands = selectAll('[data-book-chapters] astro-island', tree);
    expect(islands.map((island) => island.properties['client'])).toEqual(['state']);
    expect(JSON.parse(String(islands[0]!.properties['opts']))).toEqual({
      name: 'NetworkWidget',
      value: 'moved',
    });
    // The island's HTML, as the build rendered it, stays.
    expect(html).toContain('<figcaption id="forward-pass--network-caption">Live</figcaption>');
    expect(
      attribute(html, '[data-book-chapters] input, [data-book-chapters] button', 'disabled'),
    ).toEqual([true, true]);
  });

  it('keeps each chapter’s stores under its slug: declarations, islands and equations', () => {
    const declarations = select('head > script#page-stores[type="application/json"]', tree);
    expect(JSON.parse(toString(declarations!))).toEqual({
      'concepts--network': { kind: 'network' },
      'forward-pass--network': { kind: 'network', values: { epochs: 1 } },
      'forward-pass--attempt': { kind: 'network' },
    });
    expect(selectAll('#page-stores', tree)).toHaveLength(1);
    const island = select('[data-book-chapters] astro-island', tree)!;
    expect(JSON.parse(String(island.properties['props']))).toEqual({
      store: [0, 'forward-pass--network'],
      id: [0, 'forward-pass--network'],
      anchor: [0, 'forward-pass--a-simple-network'],
      caption: [0, 'Live'],
    });
    expect(attribute(html, '[data-book-chapters] [data-store]', 'dataStore')).toEqual([
      'concepts--network',
    ]);
  });

  it('gives each id its chapter’s prefix, and every reference to it too', () => {
    const ids = selectAll('[data-book-chapters] [id]', tree).map(
      (element) => element.properties['id'],
    );
    expect(ids).toEqual([
      'concepts',
      'concepts--nodes',
      'concepts--layers',
      'forward-pass',
      'forward-pass--a-simple-network',
      'forward-pass--network',
      'forward-pass--network-caption',
      'forward-pass--network-arrow',
      'forward-pass--network-w14',
      'forward-pass--network-note',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).toContain('aria-labelledby="forward-pass--network-caption"');
    expect(html).toContain('<label for="forward-pass--network-w14">');
    expect(html).toContain('aria-describedby="forward-pass--network-note"');
    expect(html).toContain('marker-end="url(#forward-pass--network-arrow)"');
  });

  it('points links to chapters and their sections inside the page, and keeps the rest', () => {
    expect(attribute(html, '[data-book-chapters] a', 'href')).toEqual([
      '#concepts--nodes', // a heading's own anchor
      '#forward-pass--a-simple-network', // another chapter's section
      '#forward-pass', // another chapter, by a relative link
      '/forward-pass/?network.w14=0.3#a-simple-network', // a state needs the chapter itself
      '/', // the home page is not in the book
      'https://doi.org/10.5281/zenodo.15169138',
      '#concepts', // the chapter's top
      '#forward-pass--a-simple-network', // a state link with no state yet
      '#concepts--nodes',
    ]);
  });

  it('names each landmark after its chapter too, since every chapter has the same ones', () => {
    expect(html).toContain('<div role="region" aria-label="Network diagram (Concepts)">');
    expect(html).toContain('<aside class="source-note" aria-label="Source (Concepts)">');
    expect(html).toContain('<p aria-label="Plain">');
  });

  it('moves each heading one level down, under the chapter title', () => {
    expect(html).toContain('<div class="sl-heading-wrapper level-h3"><h3 id="concepts--nodes">');
    expect(html).toContain('<h4 id="concepts--layers">');
    expect(html).toContain('<h3 id="forward-pass--a-simple-network">');
  });

  it('adds what a chapter’s head has and the book’s lacks, once, with style hashes in the policy', () => {
    expect(html.match(/<style>\.x\{color:red\}<\/style>/g)).toHaveLength(1);
    expect(html.match(/KaTeX_Main\.woff2/g)).toHaveLength(1);
    expect(html.match(/common\.css/g)).toHaveLength(1);
    const policy = attribute(html, 'meta[http-equiv="content-security-policy"]', 'content')[0];
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' 'sha256-AAA=' ${sha('(()=>{self.Astro={}})()')} ${sha('theme()')}; style-src 'self' ${sha('.x{color:red}')}`,
    );
    // Written with plain quotes, as the page gates and finishPages read it.
    expect(html).toContain(`content="default-src 'self'; script-src 'self'`);
    expect(policy).not.toContain('unsafe-inline');
    // A style in a chapter's text is left out (Astro's for islands is in a chapter's head).
    expect(html).not.toContain('astro-island{display:contents}');
  });

  it('works under a base path', () => {
    const { html: based } = compose('/course/nn/');
    const hrefs = attribute(based, '[data-book-chapters] a', 'href');
    expect(hrefs).toContain('#forward-pass--a-simple-network');
    expect(hrefs).toContain('#forward-pass');
    expect(hrefs).toContain('/course/nn/forward-pass/?network.w14=0.3#a-simple-network');
    expect(hrefs).toContain('/course/nn/');
  });

  it('refuses a placeholder without a place for the chapters', () => {
    expect(() => composeBook(CONCEPTS, [], '/')).toThrow(/data-book-chapters/);
  });
});

describe('bookIslandProps', () => {
  it('names the store as the book does and prefixes ids, leaving every other prop', () => {
    const props = {
      store: [0, 'rates'],
      id: [0, 'rates'],
      idPrefix: [0, 'update'],
      anchor: [0, 'how-big-a-step'],
      plots: [0, 'rates'],
      only: [1, [[0, 'y']]],
      views: [0, true],
    };
    expect(JSON.parse(bookIslandProps(JSON.stringify(props), 'updating-parameters'))).toEqual({
      ...props,
      store: [0, 'updating-parameters--rates'],
      id: [0, 'updating-parameters--rates'],
      idPrefix: [0, 'updating-parameters--update'],
      anchor: [0, 'updating-parameters--how-big-a-step'],
    });
  });

  it('leaves an island without a store or ids as it is', () => {
    expect(bookIslandProps('{"set":[0,"forward-pass"]}', 'forward-pass')).toBe(
      '{"set":[0,"forward-pass"]}',
    );
  });
});

describe('bookHref', () => {
  const chapters = new Set(['concepts', 'forward-pass']);
  it.each([
    ['#nodes', 'concepts', '#concepts--nodes'],
    ['#_top', 'concepts', '#concepts'],
    ['?#x', 'forward-pass', '#forward-pass--x'],
    ['/forward-pass/', 'concepts', '#forward-pass'],
    ['/forward-pass/#sec%C3%A9', 'concepts', '#forward-pass--secé'],
    ['/forward-pass/?network.x1=1', 'concepts', '/forward-pass/?network.x1=1'],
    ['/book/', 'concepts', '/book/'],
    ['/_astro/a.png', 'concepts', '/_astro/a.png'],
    ['mailto:a@b.c', 'concepts', 'mailto:a@b.c'],
    ['https://example.org/x', 'concepts', 'https://example.org/x'],
  ])('%s in %s points to %s', (href, slug, expected) => {
    expect(bookHref(href, slug, chapters, '/')).toBe(expected);
  });
});
