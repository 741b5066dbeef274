/**
 * Moves <style> elements that landed in a page's <body> into its <head>.
 *
 * Astro writes the style its islands need (`astro-island { display: contents }`) next to the
 * first island, inside the body, where HTML does not permit <style>. Browsers apply it anyway,
 * but the page would not validate. The same text in <head> does exactly the same, and its CSP
 * hash does not change.
 */
const BODY = /<body\b[\s\S]*<\/body>/;
const STYLE = /<style\b[^>]*>[\s\S]*?<\/style>/g;

export function hoistBodyStyles(html: string): string {
  const body = BODY.exec(html)?.[0];
  if (!body) return html;
  const styles = body.match(STYLE);
  if (!styles) return html;
  const unique = [...new Set(styles)];
  return html
    .replace(body, body.replace(STYLE, ''))
    .replace('</head>', `${unique.join('')}</head>`);
}
