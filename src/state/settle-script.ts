/**
 * The inline scripts a page with stores runs before its widgets are parsed. Kept apart from
 * moved-stores.ts, whose code the islands' directive bundles into every page.
 */
import { SETTLING_CLASS, STARTING_ATTRIBUTE, STORE_WARM_EVENT } from './moved-stores.ts';

/**
 * Opened with a query, the page hides its live numbers and islands until they show the link's
 * state (`SETTLING_CLASS`). The whole book runs this one alone.
 */
export const SETTLE_SCRIPT = `if(location.search.length>1)document.documentElement.classList.add('${SETTLING_CLASS}')`;

/**
 * A chapter also marks its stores as not yet made (`STARTING_ATTRIBUTE`) until page-state has made
 * them (`markStoresStarted`). Should a script fail to load (page-state's, or a module it imports:
 * the browser fires `error` at its element, which does not bubble, hence the capture), the mark is
 * taken off at once and the islands told, so that none waits for stores that will never be made.
 */
export const CHAPTER_START_SCRIPT = `${SETTLE_SCRIPT};var d=document,e=d.documentElement;e.setAttribute('${STARTING_ATTRIBUTE}','');addEventListener('error',function(v){if(v.target instanceof HTMLScriptElement&&e.hasAttribute('${STARTING_ATTRIBUTE}')){e.removeAttribute('${STARTING_ATTRIBUTE}');d.dispatchEvent(new CustomEvent('${STORE_WARM_EVENT}',{detail:''}))}},true)`;
