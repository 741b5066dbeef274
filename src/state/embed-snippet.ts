/**
 * The iframe code for an embed, and the reading of a pasted link into one.
 *
 * A pasted link is hostile input. It is read only as a URL of this book (its origin, under its
 * base path) to a chapter that has an embeddable widget, or to an embed's own page. From its query
 * only `<store>.<key>` pairs of that widget's store are kept, each key one the store lets a link
 * set (or a preset: lock, hide, only), the query capped in length, each value made of the characters
 * settings use (a value with any other stops the reading, with a message); the rest is left out. The
 * kept pairs are written again by URLSearchParams (percent-encoded), and every attribute of the
 * code is HTML-escaped, so nothing from the paste can end an attribute or open a tag. The code is
 * text for a text box, never markup for the page.
 */
import { DEFAULT_EMBED_WIDTH, EMBED_HEIGHT_MESSAGE } from './embed-message.ts';
import { MAX_QUERY_LENGTH } from './link.ts';

/** What the snippet maker knows of an embed (built from the registry at build time). */
export interface EmbedTarget {
  readonly slug: string;
  readonly title: string;
  readonly chapter: string;
  readonly anchor: string;
  /** The page's height by course page width (embed-heights.json, measured). */
  readonly heights: Readonly<Record<string, number>>;
  readonly store: string;
  /** The store's keys a link may set: the chapter's settable settings. */
  readonly keys: readonly string[];
}

/** Where the book is: the origins it answers on and its base path ("/" or "/a/b/"). */
export interface BookPlace {
  readonly origins: readonly string[];
  readonly base: string;
  /** The course page's width the code's height is for; the default width when omitted. */
  readonly width?: number;
}

/** Keys a link uses for an instructor's presets, besides the settings. */
export const PRESET_KEYS: readonly string[] = ['lock', 'hide', 'only'];

/** A pasted link longer than this is not read. */
export const MAX_LINK_LENGTH = MAX_QUERY_LENGTH + 512;
/**
 * The characters of every value a widget's link writes: numbers, words, and the separators of
 * lists (`_`, `-`, `,`). Quotes, brackets and the like are in no setting.
 */
const LINK_VALUE = /^[\p{L}\p{N} ._,+-]*$/u;
/** More pairs than this are not a state of one widget. */
export const MAX_PAIRS = 64;

export type SnippetResult =
  | {
      readonly ok: true;
      readonly embed: EmbedTarget;
      /** The embed page's address in the link's state. */
      readonly src: string;
      readonly code: string;
      /** How many of the link's query pairs were left out (another store's, unknown keys). */
      readonly leftOut: number;
    }
  | { readonly ok: false; readonly message: string };

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for an HTML attribute value or text: & < > " ' as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** A web origin as a URL gives it (scheme, host, port): nothing that could leave a JS string. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](:\d{1,5})?$/i;

/**
 * The host page's lines that follow an embed's height: a listener for the embed's message, from
 * the embed's origin only, that sets the height of the frame the message came from. Undefined
 * for an address with no web origin.
 */
export function heightScript(src: string): string | undefined {
  let origin: string;
  try {
    origin = new URL(src).origin;
  } catch {
    return undefined;
  }
  if (!ORIGIN.test(origin)) return undefined;
  return (
    '<script>addEventListener("message",function(e){var d=e.data,f=document.getElementsByTagName("iframe"),i;' +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!=="${EMBED_HEIGHT_MESSAGE}"||!(d.height>0))return;` +
    'for(i=0;i<f.length;i++)if(f[i].contentWindow===e.source)' +
    'f[i].style.height=Math.min(Math.ceil(d.height),20000)+"px"})</script>'
  );
}

/**
 * The embed code for an embed page's address: the iframe (every attribute escaped), with a
 * `height` that fits the widget at the course page's width when the host strips scripts, then
 * the script that makes it follow the widget's height where scripts run.
 */
export function iframeCode(src: string, title: string, height: number): string {
  const rows = Number.isFinite(height) ? Math.min(8000, Math.max(200, Math.round(height))) : 800;
  const frame =
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" ` +
    `height="${rows}" loading="lazy" style="border: 0; width: 100%"></iframe>`;
  const script = heightScript(src);
  return script ? `${frame}\n${script}` : frame;
}

/** An embed's measured height at a width (the nearest width measured above it, else the widest). */
export function heightAt(heights: Readonly<Record<string, number>>, width: number): number {
  const widths = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const at = widths.find((measured) => measured >= width) ?? widths[widths.length - 1];
  return at === undefined ? 800 : heights[String(at)]!;
}

const fail = (message: string): SnippetResult => ({ ok: false, message });

/** The pathname's part after the base path: ["embed", slug] or [chapter], if it has that form. */
function pageOf(pathname: string, base: string): string[] | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = pathname.slice(base.length).replace(/\/$/, '');
  const parts = rest.split('/');
  if (!parts.every((part) => /^[a-z0-9-]{1,64}$/.test(part))) return undefined;
  return parts.length === 1 || (parts.length === 2 && parts[0] === 'embed') ? parts : undefined;
}

/** The anchor a URL opens at, or "" (an undecodable one counts as none). */
function anchorOf(url: URL): string {
  try {
    return decodeURIComponent(url.hash.slice(1));
  } catch {
    return '';
  }
}

/**
 * Reads a pasted link to a widget of the book (a chapter's link to a state, or an embed's address)
 * and gives the iframe code for that widget's embed in the link's state, or a message saying why
 * it cannot. Never throws.
 */
export function snippetFromLink(
  text: string,
  book: BookPlace,
  embeds: readonly EmbedTarget[],
): SnippetResult {
  const pasted = text.trim();
  if (pasted === '') return fail('Paste a link copied from a widget of the book.');
  if (pasted.length > MAX_LINK_LENGTH) {
    return fail('That text is too long to be a link to one widget’s state.');
  }
  if (!/^https?:\/\//i.test(pasted)) {
    return fail('That is not a web link: a link to the book starts with https:// or http://.');
  }
  let url: URL;
  try {
    url = new URL(pasted);
  } catch {
    return fail('That link cannot be read: check that it was copied whole.');
  }
  if (url.username || url.password || !book.origins.includes(url.origin)) {
    return fail('That link goes to another site. Paste a link to a page of this book.');
  }
  const page = pageOf(url.pathname, book.base);
  if (!page) return fail('That link is not to a page of this book.');
  let embed: EmbedTarget | undefined;
  if (page.length === 2) {
    embed = embeds.find((candidate) => candidate.slug === page[1]);
    if (!embed) return fail('The book has no embed at that address.');
  } else {
    const onPage = embeds.filter((candidate) => candidate.chapter === page[0]);
    if (onPage.length === 0) {
      return fail('That page of the book has no widget that can be embedded.');
    }
    const anchor = anchorOf(url);
    embed = onPage.find((candidate) => candidate.anchor === anchor) ?? onPage[0]!;
  }

  // The page reads no longer query either (link.ts).
  if (url.search.length > MAX_QUERY_LENGTH) {
    return fail('The state in that link is longer than any widget’s, so a page would not read it.');
  }
  const pairs = [...url.searchParams];
  if (pairs.length > MAX_PAIRS) return fail('That link holds more settings than any widget has.');
  const allowed = new Set([...embed.keys, ...PRESET_KEYS].map((key) => `${embed.store}.${key}`));
  const kept = new URLSearchParams();
  let leftOut = 0;
  for (const [key, value] of pairs) {
    if (!LINK_VALUE.test(value)) {
      return fail(
        'A setting in that link holds characters no setting uses (only letters, digits, spaces and . _ , + - are).',
      );
    }
    if (allowed.has(key) && !kept.has(key)) kept.append(key, value);
    else leftOut++;
  }
  const query = kept.toString();
  const src = `${url.origin}${book.base}embed/${embed.slug}/${query ? `?${query}` : ''}`;
  const height = heightAt(embed.heights, book.width ?? DEFAULT_EMBED_WIDTH);
  return { ok: true, embed, src, code: iframeCode(src, embed.title, height), leftOut };
}
