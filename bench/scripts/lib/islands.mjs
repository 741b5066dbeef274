/** What the browser-driving benches share about the book's islands. */

/**
 * Resolves once the Astro island holding `locator`'s element has hydrated (Astro drops `ssr`
 * then), or at once for an element outside any island. Other islands of the page may sleep on.
 */
export function untilIslandHydrated(locator) {
  return locator.evaluate(
    (element) =>
      new Promise((resolve) => {
        const island = element.closest('astro-island');
        const check = () =>
          !island || !island.hasAttribute('ssr') ? resolve(undefined) : setTimeout(check, 50);
        check();
      }),
  );
}
