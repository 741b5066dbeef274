/**
 * The iframe code made from a pasted link: the links the book writes give the right embed in
 * their state; anything else gives a message; and whatever is pasted, the reading never throws
 * and the code never holds a quote or an angle bracket outside its own markup.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LINK_LENGTH,
  escapeHtml,
  iframeCode,
  snippetFromLink,
  type BookPlace,
  type EmbedTarget,
} from '../../../src/state/embed-snippet.ts';

const NETWORK_KEYS = ['x1', 'x2', 'x3', 'y', 'w14', 'w24', 'b4', 'b6'];

/** A few embeds as the build describes them (keys shortened). */
const EMBEDS: readonly EmbedTarget[] = [
  {
    slug: 'forward-pass',
    title: 'The network’s forward pass',
    chapter: 'forward-pass',
    anchor: 'a-simple-network',
    heights: { 360: 2175, 700: 1424, 1000: 1300 },
    store: 'network',
    keys: NETWORK_KEYS,
  },
  {
    slug: 'activation-functions',
    title: 'Activation functions',
    chapter: 'activation-functions',
    anchor: 'the-functions-and-their-slopes',
    heights: { 360: 1500, 700: 1100, 1000: 1000 },
    store: 'curves',
    keys: ['function', 'z'],
  },
  {
    slug: 'softmax',
    title: 'Softmax, term by term',
    chapter: 'activation-functions',
    anchor: 'softmax',
    heights: { 360: 900, 700: 800, 1000: 700 },
    store: 'outputs',
    keys: ['z1', 'z2', 'z3'],
  },
];

const ORIGIN = 'https://courses.example.edu';
const BOOK: BookPlace = { origins: [ORIGIN, 'http://127.0.0.1:4404'], base: '/ml/nn/' };

/**
 * The whole of a well-formed code: the frame, whose src and title values vary and may hold none of
 * " < > ', then, for a web address, the script that follows the embed's height, which names only
 * the address's origin.
 */
const CODE =
  /^<iframe src="([^"<>']*)" title="([^"<>']*)" width="100%" height="(\d+)" loading="lazy" style="border: 0; width: 100%"><\/iframe>(\n<script>addEventListener\("message",function\(e\)\{var d=e\.data,f=document\.getElementsByTagName\("iframe"\),i;if\(e\.origin!=="(https?:\/\/[a-z0-9.:-]+)"\|\|!d\|\|d\.type!=="nn-embed-height"\|\|!\(d\.height>0\)\)return;for\(i=0;i<f\.length;i\+\+\)if\(f\[i\]\.contentWindow===e\.source\)f\[i\]\.style\.height=Math\.min\(Math\.ceil\(d\.height\),20000\)\+"px"\}\)<\/script>)?$/;

function read(text: string) {
  return snippetFromLink(text, BOOK, EMBEDS);
}

describe('a link the book writes', () => {
  it('gives its widget’s embed in the link’s state, without the other stores', () => {
    const result = read(
      `${ORIGIN}/ml/nn/forward-pass/?network.w14=0.3&attempt.w14=-1&network.x1=0.25#a-simple-network`,
    );
    expect(result).toMatchObject({ ok: true, leftOut: 1 });
    if (!result.ok) return;
    expect(result.embed.slug).toBe('forward-pass');
    expect(result.src).toBe(`${ORIGIN}/ml/nn/embed/forward-pass/?network.w14=0.3&network.x1=0.25`);
    // The height the widget needs in a 700 px course page (the default width), then the script.
    const [frame, script] = result.code.split('\n');
    expect(frame).toBe(
      `<iframe src="${ORIGIN}/ml/nn/embed/forward-pass/?network.w14=0.3&amp;network.x1=0.25" ` +
        'title="The network’s forward pass" width="100%" height="1424" loading="lazy" ' +
        'style="border: 0; width: 100%"></iframe>',
    );
    expect(script).toContain(`if(e.origin!=="${ORIGIN}"`);
    expect(CODE.exec(result.code)?.[5]).toBe(ORIGIN);
  });

  it('gives the height measured for the course page width picked', () => {
    const link = `${ORIGIN}/ml/nn/forward-pass/`;
    const heightFor = (width: number) => {
      const result = snippetFromLink(link, { ...BOOK, width }, EMBEDS);
      return result.ok ? CODE.exec(result.code)?.[3] : result.message;
    };
    expect([heightFor(360), heightFor(700), heightFor(1000)]).toEqual(['2175', '1424', '1300']);
  });

  it('picks the widget by the link’s section, else the chapter’s first', () => {
    const at = (hash: string) => {
      const result = read(`${ORIGIN}/ml/nn/activation-functions/?outputs.z1=2${hash}`);
      return result.ok ? [result.embed.slug, result.src.split('?')[1] ?? ''] : result.message;
    };
    expect(at('#softmax')).toEqual(['softmax', 'outputs.z1=2']);
    expect(at('')).toEqual(['activation-functions', '']);
    expect(at('#no-such-section')).toEqual(['activation-functions', '']);
    expect(at('#%E0%A4%A')).toEqual(['activation-functions', '']); // not decodable
  });

  it('reads an embed’s own address, the page’s own origin, and presets', () => {
    const result = read(
      'http://127.0.0.1:4404/ml/nn/embed/softmax?outputs.z2=-1.5&outputs.lock=z1,z3&outputs.only=z2',
    );
    expect(result.ok && result.src).toBe(
      'http://127.0.0.1:4404/ml/nn/embed/softmax/?outputs.z2=-1.5&outputs.lock=z1%2Cz3&outputs.only=z2',
    );
  });

  it('keeps the first of a repeated setting, as the page does', () => {
    const result = read(`${ORIGIN}/ml/nn/forward-pass/?network.y=1&network.y=2`);
    expect(result.ok && [result.src.split('?')[1], result.leftOut]).toEqual(['network.y=1', 1]);
  });
});

describe('anything else', () => {
  it.each([
    ['', /Paste a link/],
    ['   ', /Paste a link/],
    ['javascript:alert(1)', /not a web link/],
    ['JAVASCRIPT:alert(document.cookie)//https://courses.example.edu/ml/nn/', /not a web link/],
    ['data:text/html,<script>alert(1)</script>', /not a web link/],
    ['forward-pass/?network.w14=0.3', /not a web link/],
    ['https://evil.example/ml/nn/forward-pass/', /another site/],
    ['https://courses.example.edu.evil.example/ml/nn/forward-pass/', /another site/],
    ['https://user:pw@courses.example.edu/ml/nn/forward-pass/', /another site/],
    ['http://courses.example.edu/ml/nn/forward-pass/', /another site/], // not the book's scheme
    ['https://courses.example.edu/forward-pass/', /not to a page of this book/],
    ['https://courses.example.edu/ml/nn/../nn/forward-pass/x/y/', /not to a page of this book/],
    ['https://courses.example.edu/ml/nn/Forward-Pass/', /not to a page of this book/],
    ['https://courses.example.edu/ml/nn/notation/', /no widget that can be embedded/],
    ['https://courses.example.edu/ml/nn/embed/nothing/', /no embed at that address/],
    ['https://courses.example.edu/ml/nn/forward-pass/?network.w14="><script>', /characters/],
    ['https://courses.example.edu/ml/nn/forward-pass/?other.x=%22%3E%3Cb%3E', /characters/],
    ['https://courses.example.edu/ml/nn/forward-pass/?network.w14=%27onload%3D', /characters/],
    [`${ORIGIN}/ml/nn/forward-pass/?${'network.w14=1&'.repeat(65)}`, /more settings/],
    [`${ORIGIN}/ml/nn/forward-pass/?network.x1=${'1'.repeat(4100)}`, /longer than/],
    [`${ORIGIN}/ml/nn/forward-pass/?${'a'.repeat(MAX_LINK_LENGTH)}`, /too long/],
    ['https://[::1', /cannot be read/],
  ])('%j gives a message and no code', (text, message) => {
    const result = read(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('whatever is pasted', () => {
  /** Pieces of links, good and hostile, to combine. */
  const piece = fc.oneof(
    fc.constantFrom(
      ORIGIN,
      'http://127.0.0.1:4404',
      '/ml/nn/',
      'forward-pass/',
      'embed/softmax/',
      'activation-functions',
      '?',
      '&',
      '=',
      '#',
      'network.w14=',
      'outputs.z1=',
      'curves.function=',
      'network.lock=',
      '"',
      "'",
      '<',
      '>',
      '%22',
      '%3C',
      '&quot;',
      'javascript:',
      '\u2028',
      ' ',
    ),
    fc.string({ maxLength: 12 }),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
  );
  /** Links of the book's shape, with good and hostile settings, written raw or encoded. */
  const shaped = fc
    .record({
      origin: fc.constantFrom(ORIGIN, 'http://127.0.0.1:4404', 'https://evil.example'),
      page: fc.constantFrom(
        'forward-pass/',
        'embed/softmax/',
        'embed/softmax',
        'activation-functions/',
        'notation/',
      ),
      pairs: fc.array(
        fc.tuple(
          fc.constantFrom('network.w14', 'outputs.z1', 'outputs.lock', 'curves.z', 'attempt.x1'),
          fc.oneof(
            fc.constantFrom('0.3', '-1e-3', 'z1,z2', 'leakyRelu', '"><script>', "'", '<b>'),
            fc.string({ maxLength: 10 }),
          ),
        ),
        { maxLength: 5 },
      ),
      hash: fc.constantFrom('', '#softmax', '#a-simple-network', '#"><b>'),
      encode: fc.boolean(),
    })
    .map(({ origin, page, pairs, hash, encode }) => {
      const write = encode ? encodeURIComponent : (text: string) => text;
      const query = pairs.map(([key, value]) => `${key}=${write(value)}`).join('&');
      return `${origin}/ml/nn/${page}${query ? `?${query}` : ''}${hash}`;
    });
  const pasted = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')),
    shaped,
  );

  it('never throws, and its code has no quote or angle bracket outside the markup', () => {
    let codes = 0;
    fc.assert(
      fc.property(pasted, (text) => {
        const result = read(text);
        if (result.ok) codes++;
        if (!result.ok) {
          expect(result.message.length).toBeGreaterThan(0);
          return;
        }
        const match = CODE.exec(result.code);
        expect(match, result.code).not.toBeNull();
        expect(
          result.src.startsWith(`${ORIGIN}/ml/nn/embed/`) ||
            result.src.startsWith('http://127.0.0.1:4404/ml/nn/embed/'),
        ).toBe(true);
        // Unescaped, the src attribute is the address itself.
        expect(match![1]!.replace(/&amp;/g, '&')).toBe(result.src);
        for (const key of new URL(result.src).searchParams.keys()) {
          expect(key.startsWith(`${result.embed.store}.`)).toBe(true);
        }
      }),
      // A fixed seed: the same 2,000 pastes each run, so the count below cannot drift.
      { numRuns: 2000, seed: 20261126 },
    );
    // The pieces make real links often enough for the code's checks to have been run.
    expect(codes).toBeGreaterThan(100);
  });

  it('escapes every character that could end an attribute or open a tag', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer(), (src, title, height) => {
        const match = CODE.exec(iframeCode(src, title, height));
        expect(match).not.toBeNull();
        expect(Number(match![3])).toBeGreaterThanOrEqual(200);
        expect(Number(match![3])).toBeLessThanOrEqual(8000);
      }),
    );
    expect(escapeHtml(`"><script>'&`)).toBe('&quot;&gt;&lt;script&gt;&#39;&amp;');
  });
});
