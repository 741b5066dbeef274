import { describe, expect, it } from 'vitest';
import { mathFontFiles, preloadMathFonts } from '../../../src/integrations/preload-math-fonts.ts';

const CSS =
  '@font-face{font-family:KaTeX_Main;src:url(KaTeX_Main-Regular.B22Nviop.woff2) format("woff2")}' +
  '@font-face{font-family:KaTeX_Math;src:url(KaTeX_Math-Italic.t53AETM-.woff2) format("woff2")}' +
  '@font-face{font-family:KaTeX_Size1;src:url(KaTeX_Size1-Regular.mCD8mA8B.woff2) format("woff2")}';

describe('preloading the math fonts', () => {
  it('finds the built names of KaTeX’s Main and Math Italic fonts, and no other', () => {
    expect(mathFontFiles(CSS)).toEqual([
      'KaTeX_Main-Regular.B22Nviop.woff2',
      'KaTeX_Math-Italic.t53AETM-.woff2',
    ]);
  });

  it('preloads them from the stylesheets’ folder, under the base path, on a page with equations', () => {
    const html =
      '<head><link rel="stylesheet" href="/course/nn/_astro/common.X.css"></head><span class="katex">';
    expect(preloadMathFonts(mathFontFiles(CSS))(html)).toBe(
      '<head><link rel="preload" href="/course/nn/_astro/KaTeX_Main-Regular.B22Nviop.woff2" as="font" type="font/woff2" crossorigin>' +
        '<link rel="preload" href="/course/nn/_astro/KaTeX_Math-Italic.t53AETM-.woff2" as="font" type="font/woff2" crossorigin>' +
        '<link rel="stylesheet" href="/course/nn/_astro/common.X.css"></head><span class="katex">',
    );
  });

  it('leaves a page without equations as it was', () => {
    const html = '<head><link rel="stylesheet" href="/_astro/common.X.css"></head><p>text</p>';
    expect(preloadMathFonts(mathFontFiles(CSS))(html)).toBe(html);
  });
});
