/**
 * The link gate: every link and resource reference inside the site points at a file the build
 * produced, and every #fragment names an element id on the page it points to. Off-site links
 * (another origin) are not followed: the book works offline.
 */

export interface Page {
  url: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const REFERENCE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/**
 * Decodes the character references that appear in attribute values: numeric ones (MDX writes a
 * link's `&` as `&#x26;`) and the few named ones, `&amp;` last so that nothing is decoded twice.
 */
function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]{1,6});/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d{1,7});/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Ids on a page, as fragments may target them. */
export function idsOf(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(ID), (match) => decode(match[1] ?? '')));
}

/**
 * Finds broken internal references across a set of pages.
 * @param exists answers whether a path (without query or fragment) is a file of the build
 */
export function findBrokenLinks(
  pages: Page[],
  exists: (path: string) => boolean,
  origin = 'http://site.test',
): BrokenLink[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const idCache = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const [, raw = ''] of page.html.matchAll(REFERENCE)) {
      const href = decode(raw);
      if (href.startsWith('data:') || href.startsWith('mailto:') || href.startsWith('javascript:'))
        continue;
      const target = new URL(href, origin + page.url);
      if (target.origin !== origin) continue;
      const targetPage = byUrl.get(target.pathname);
      if (!targetPage && !exists(target.pathname)) {
        broken.push({ page: page.url, href, reason: `${target.pathname} is not in the build` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (!fragment || !targetPage) continue;
      let ids = idCache.get(targetPage.url);
      if (!ids) idCache.set(targetPage.url, (ids = idsOf(targetPage.html)));
      if (fragment !== 'top' && !ids.has(fragment)) {
        broken.push({
          page: page.url,
          href,
          reason: `no element with id "${fragment}" on ${targetPage.url}`,
        });
      }
    }
  }
  return broken;
}
