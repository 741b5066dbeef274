import { describe, expect, it } from 'vitest';
import { mathFontFiles, preloadMathFonts } from '../../../src/integrations/preload-math-fonts.ts';

const CSS =
  '@font-face{font-family:STIX Two Math;src:url(stix-two-math-book.tfF5U0vx.woff2) format("woff2")}' +
  '@font-face{font-family:Other;src:url(other-font-latin-400-normal.mCD8mA8B.woff2) format("woff2")}';

describe('preloading the math fonts', () => {
  it('finds the built name of the math font, and no other', () => {
    expect(mathFontFiles(CSS)).toEqual(['stix-two-math-book.tfF5U0vx.woff2']);
  });

  it('preloads it from the stylesheets’ folder, under the base path, on a page with equations', () => {
    const html =
      '<head><link rel="stylesheet" href="/course/nn/_astro/common.X.css"></head><span class="katex">';
    expect(preloadMathFonts(mathFontFiles(CSS))(html)).toBe(
      '<head><link rel="preload" href="/course/nn/_astro/stix-two-math-book.tfF5U0vx.woff2" as="font" type="font/woff2" crossorigin>' +
        '<link rel="stylesheet" href="/course/nn/_astro/common.X.css"></head><span class="katex">',
    );
  });

  it('leaves a page without equations as it was', () => {
    const html = '<head><link rel="stylesheet" href="/_astro/common.X.css"></head><p>text</p>';
    expect(preloadMathFonts(mathFontFiles(CSS))(html)).toBe(html);
  });
});
