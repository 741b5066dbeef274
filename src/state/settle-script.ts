/**
 * The inline script a page with stores runs before its widgets are parsed: it marks the stores as
 * not yet made (`STARTING_ATTRIBUTE`), and, opened with a query, hides the live numbers and islands
 * until they show the link's state (`SETTLING_CLASS`). Kept apart from moved-stores.ts, whose
 * code the islands' directive bundles into every page.
 */
import { SETTLING_CLASS, STARTING_ATTRIBUTE } from './moved-stores.ts';

export const SETTLE_SCRIPT = `document.documentElement.setAttribute('${STARTING_ATTRIBUTE}','');if(location.search.length>1)document.documentElement.classList.add('${SETTLING_CLASS}')`;
