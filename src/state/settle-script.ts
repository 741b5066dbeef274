/**
 * The inline script a page with stores runs before its widgets are parsed: opened with a query, it
 * hides the live numbers and islands until they show the link's state (`SETTLING_CLASS`). Kept
 * apart from moved-stores.ts, whose code the islands' directive bundles into every page.
 */
import { SETTLING_CLASS } from './moved-stores.ts';

export const SETTLE_SCRIPT = `if(location.search.length>1)document.documentElement.classList.add('${SETTLING_CLASS}')`;
