/**
 * Asks the browser for the math font as soon as a page with equations starts to load, instead of
 * once its first layout has found it in the stylesheet. Without this every equation is laid out
 * twice: in a fallback font, then again when the font arrives, which on a chapter of equations is
 * the largest piece of work as the page loads.
 */

/** The font every formula uses (math.css). */
const EVERYDAY_FONTS = ['stix-two-math-book'];

/** The built names of the math font (with their content hashes) in a stylesheet's text. */
export function mathFontFiles(css: string): string[] {
  return EVERYDAY_FONTS.flatMap((font) => {
    const found = new RegExp(`${font}\\.[\\w-]+\\.woff2`).exec(css);
    return found ? [found[0]] : [];
  });
}

const STYLESHEET = /<link rel="stylesheet" href="([^"]*\/)[^"/]*\.css"/;

/**
 * Adds a preload for each font file before a page's first stylesheet, when the page has
 * equations. The fonts sit next to the stylesheets, so they share its folder (and base path).
 */
export function preloadMathFonts(files: readonly string[]): (html: string) => string {
  return (html) => {
    if (files.length === 0 || !html.includes('class="katex"')) return html;
    const stylesheet = STYLESHEET.exec(html);
    if (!stylesheet) return html;
    const folder = stylesheet[1]!;
    const links = files
      .map(
        (file) =>
          `<link rel="preload" href="${folder}${file}" as="font" type="font/woff2" crossorigin>`,
      )
      .join('');
    return html.replace(stylesheet[0], `${links}${stylesheet[0]}`);
  };
}
