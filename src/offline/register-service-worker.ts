/**
 * Registers the book's service worker (src/integrations/service-worker.ts) once the page has
 * loaded, so its precaching does not compete with the page. Every page of a production build runs
 * this through Astro's page script. Where service workers are missing or refused (an old
 * browser, a private window, a blocked origin) the page simply stays online-only: nothing throws
 * and nothing is written to the console.
 */

/** Registers `<base>sw.js` for the base path, when the browser allows it. */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

registerServiceWorker(import.meta.env.BASE_URL.replace(/\/?$/, '/'));
