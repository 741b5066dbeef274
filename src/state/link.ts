/**
 * Stores as a link, so an instructor can send readers to one exact state. A link holds each
 * store's settings under its name, `?network.w14=0.3&attempt.b4=-0.5`, written and read by the
 * settings' own codecs, and may fix or hide controls: `network.lock=w14,b4` keeps those
 * settings as the link gives them, `network.hide=…` does that and hides their controls, and
 * `network.only=learningRate` fixes every other setting (a key or a group name, comma separated).
 *
 * The query string is hostile input. Only the stores on the page and their settable keys are
 * read; each value goes through its codec (short text, finite numbers clamped to their limits,
 * allowed names only); anything else is set aside with a note for the reader, never thrown, and
 * never written back. A number the limits moved is kept, with a note that says from what to what. A query longer than any real state is not read at all. Only values that
 * differ from what they would start as are written (a weight that a linked seed draws is not),
 * so links stay short and an untouched page has a clean address.
 */
import { readLinkValue, type Codec, type LinkReading } from './codecs.ts';
import { linkName } from './scoped-names.ts';
import type { Store } from './store.ts';

/** Longer queries are not read: no real state of a page needs more. */
export const MAX_QUERY_LENGTH = 4096;

/** A problem's quoted text is cut to this many characters. */
const MAX_QUOTED = 24;

/** The link's words for a preset: fixed settings, hidden ones, or the only ones left open. */
const PRESET_WORDS = ['lock', 'hide', 'only'] as const;

/** What a query gives one store: values, a preset, and what could not be used, in words. */
export interface StoreLink {
  readonly values: Record<string, unknown>;
  readonly lock: readonly string[];
  readonly hide: readonly string[];
  readonly problems: readonly string[];
  /**
   * The problems (also in `problems`) that name a key or control this store does not have: on a
   * page where several stores answer to one name (the whole book), another may have it.
   */
  readonly unused: readonly string[];
}

/** Words that read as a broken number on the page; a quote leaves them out. */
const BROKEN_NUMBER = /\b(NaN|Infinity|undefined)\b/g;

/**
 * Text from a link, quoted for a message: short, one line, no word that reads as a broken number
 * and no angle bracket.
 */
export function quote(text: string): string {
  // Angle brackets become ‹ ›: a quote of markup reads as a quote, never as a tag.
  const line = text
    .replace(/\s+/g, ' ')
    .replace(BROKEN_NUMBER, '…')
    .replace(/</g, '‹')
    .replace(/>/g, '›');
  return `“${line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line}”`;
}

/**
 * A link's value, as a message names it: quoted, except words that would put a broken number on
 * the page ("NaN", "Infinity"), which are described instead.
 */
function valueText(text: string): string {
  return /\b(NaN|Infinity|undefined)\b/i.test(text)
    ? 'a value that is not a finite number'
    : quote(text);
}

/**
 * What the page says about one value of a link: nothing when it was used as given; "x1: 99 → 10,
 * the nearest value it can take." when the limits moved it; "λ1,4: “abc” is not a number." when refused.
 */
export function readingNote<T>(
  label: string,
  codec: Codec<T>,
  text: string,
  reading: LinkReading<T>,
): string | null {
  if (!reading.ok) return `${label}: ${valueText(text)} ${reading.reason}.`;
  // A moved value passed the link's number pattern: digits, a sign, a point, an exponent, "_".
  return reading.clamped
    ? `${label}: ${text} → ${codec.toLink(reading.value)}, the nearest value it can take.`
    : null;
}

/** The keys a preset word's list names: settable keys and groups of the store; the rest noted. */
function presetKeys(store: Store, text: string, unused: string[], param: string): Set<string> {
  const keys = new Set<string>();
  for (const name of text.split(',').slice(0, 64)) {
    if (!name) continue;
    // Own properties only: a name such as `constructor` is not a group.
    const group = Object.hasOwn(store.kind.groups, name) ? store.kind.groups[name] : undefined;
    // Stryker disable next-line ArrayDeclaration: the names are filtered to settable keys next
    const named = group ?? (store.settable.includes(name) ? [name] : []);
    const usable = named.filter((key) => store.settable.includes(key));
    if (usable.length === 0) unused.push(`${param}: no control here is called ${quote(name)}.`);
    for (const key of usable) keys.add(key);
  }
  return keys;
}

/** Everything a query gives one store: its values and preset, and notes on what was set aside. */
export function readStoreLinkFully(search: string, store: Store): StoreLink {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  const unused: string[] = [];
  const empty = { values, lock: [], hide: [], problems, unused };
  if (search.length > MAX_QUERY_LENGTH) return empty;
  const query = new URLSearchParams(search);
  const prefix = `${linkName(store.name)}.`;
  const seen = new Set<string>();
  for (const [param, text] of query) {
    if (!param.startsWith(prefix)) continue;
    const key = param.slice(prefix.length);
    // A key given twice counts once, as first given.
    if ((PRESET_WORDS as readonly string[]).includes(key) || seen.has(key)) continue;
    seen.add(key);
    const setting = store.settable.includes(key) ? store.setting(key) : undefined;
    if (!setting) {
      const note = `${quote(param)} is ignored: no setting on this page that a link may change.`;
      problems.push(note);
      unused.push(note);
      continue;
    }
    const reading = readLinkValue(setting.codec, text);
    if (reading.ok) values[key] = reading.value;
    const note = readingNote(setting.label, setting.codec, text, reading);
    if (note) problems.push(note);
  }
  const lock = new Set<string>();
  const hide = new Set<string>();
  const read = (word: string) => {
    const text = query.get(`${prefix}${word}`);
    if (text === null) return undefined;
    const missing: string[] = [];
    const keys = presetKeys(store, text, missing, `${prefix}${word}`);
    problems.push(...missing);
    unused.push(...missing);
    return keys;
  };
  for (const key of read('lock') ?? []) lock.add(key);
  for (const key of read('hide') ?? []) hide.add(key);
  const only = read('only');
  if (only) for (const key of store.settable) if (!only.has(key) && !hide.has(key)) lock.add(key);
  return { values, lock: [...lock], hide: [...hide], problems, unused };
}

/** The values a query gives one store: settable keys only, each read by its codec. */
export function readStoreLink(search: string, store: Store): Record<string, unknown> {
  return readStoreLinkFully(search, store).values;
}

/**
 * Notes on a query as a whole: too long to read, or naming a store the page does not have.
 * Parameters without a store's prefix (a course site's own) are left alone.
 */
export function pageLinkProblems(search: string, storeNames: readonly string[]): string[] {
  if (search.length > MAX_QUERY_LENGTH) {
    return [
      `The link is ${search.length} characters long, more than any state of this page needs.`,
    ];
  }
  const problems: string[] = [];
  const strangers = new Set<string>();
  for (const param of new URLSearchParams(search).keys()) {
    const dot = param.indexOf('.');
    if (dot <= 0) continue;
    const name = param.slice(0, dot);
    if (!storeNames.includes(name)) strangers.add(name);
  }
  for (const name of [...strangers].slice(0, 5)) {
    problems.push(`This page has no widget whose state is called ${quote(name)}.`);
  }
  return problems;
}

/**
 * A store's settable values that differ from what they would start as, as link text. A value
 * that follows another (a weight a seed draws) is left out while it does, so it is not rounded.
 */
export function changedSettings(store: Store): [key: string, text: string][] {
  const values = store.settings.value;
  const starting = store.defaultsFor(values);
  const changed: [string, string][] = [];
  for (const key of store.settable) {
    const { codec } = store.setting(key)!;
    const text = codec.toLink(values[key]);
    if (text !== codec.toLink(starting[key])) changed.push([key, text]);
  }
  return changed;
}

/** The query for the stores' current settings: "?name.key=value&…", or "" when all are at the start. */
export function writeLink(stores: readonly Store[]): string {
  const query = new URLSearchParams();
  for (const store of stores) {
    const name = linkName(store.name);
    for (const [key, text] of changedSettings(store)) query.set(`${name}.${key}`, text);
    const { lock, hide } = store.preset.value;
    if (lock.size > 0) query.set(`${name}.lock`, [...lock].join(','));
    if (hide.size > 0) query.set(`${name}.hide`, [...hide].join(','));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
