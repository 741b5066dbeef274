/**
 * What the browser tests share: where pages live, what the numbers on them should be, and how to
 * read those numbers the way a reader sees them.
 *
 * Expected numbers come from the engine itself (src/engine), never from the page's store or its
 * formatter: the tests format them on their own, so a slip in the site's rounding, its minus
 * sign or its state handling shows up as a difference.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { trainByHand, type ByHandEpoch, type ByHandParams } from '../../src/engine/index.ts';
import { embedPath } from '../../src/content/embed-paths.ts';
import { EMBEDS } from './book-embeds.ts';

/** The site's base path as the build used it, always with a leading and a trailing slash. */
export const BASE_PATH = normalizeBase(process.env.BASE_PATH ?? '/');

function normalizeBase(base: string): string {
  const withLead = base.startsWith('/') ? base : `/${base}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

/** The address of a page of the book, from its slug: "" for the home page, "forward-pass/". */
export function pagePath(slug: string): string {
  return `${BASE_PATH}${slug.replace(/^\/+/, '')}`;
}

export const FORWARD_PASS = pagePath('forward-pass/');

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Every page of the built site, as slugs for {@link pagePath}: each index.html under dist/
 * (Pagefind's search bundle and Astro's assets hold none).
 */
export function builtPages(): string[] {
  const slugs: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html') {
        const folder = relative(DIST, dir).split(sep).join('/');
        slugs.push(folder === '' ? '' : `${folder}/`);
      }
    }
  };
  walk(DIST);
  return slugs.sort();
}

/** A built page's HTML as the build wrote it, by its slug as {@link builtPages} gives it. */
export function builtHtml(slug: string): string {
  return readFileSync(`${DIST}${slug}index.html`, 'utf8');
}

/** What a reader can set on the forward-pass page. */
export interface ReaderState {
  x: [number, number, number];
  y: number;
  params: Partial<ByHandParams>;
}

export const DEFAULT_X: [number, number, number] = [0.5, 0.2, 0.7];
export const DEFAULT_Y = 0.3;

/** The engine's epoch 0 for a state: the chapter's seed-13 weights with any overrides. */
export function engineEpoch(state: Partial<ReaderState> = {}): ByHandEpoch {
  const run = trainByHand({
    x: state.x ?? DEFAULT_X,
    y: state.y ?? DEFAULT_Y,
    init: state.params ?? {},
    epochs: 1,
  });
  const epoch = run.epochs[0];
  if (!epoch) throw new Error('the engine returned no epoch');
  return epoch;
}

/** The chapter's example as the engine computes it with every default (seed 13). */
export function defaultEpoch(): ByHandEpoch {
  const epoch = trainByHand().epochs[0];
  if (!epoch) throw new Error('the engine returned no epoch');
  return epoch;
}

/** The value of a page quantity key (x1, y, w14, H4in, O6, loss, dL/dw14) in an engine epoch. */
export function engineValue(key: string, epoch: ByHandEpoch): number {
  const { params, nodes, grads } = epoch;
  if (key.startsWith('dL/d')) {
    const of = key.slice(4);
    if (of in grads) return grads[of as keyof ByHandParams];
    throw new Error(`no derivative ${key}`);
  }
  if (key in params) return params[key as keyof ByHandParams];
  if (key in nodes) return nodes[key as keyof typeof nodes];
  const inputs: Record<string, number> = { x1: nodes.I1, x2: nodes.I2, x3: nodes.I3 };
  if (key in inputs) return inputs[key]!;
  if (key === 'loss') return epoch.loss;
  throw new Error(`the tests know no quantity ${key}`);
}

/** A number as the book prints it: fixed decimals, a true minus sign (U+2212), no "−0.000". */
export function shown(value: number, digits = 3): string {
  const text = value.toFixed(digits);
  if (Number(text) === 0) return (0).toFixed(digits);
  return text.replace('-', '\u2212');
}

/** The same number as a number box holds it: ASCII minus, three decimals. */
export function boxText(value: number): string {
  return shown(value, 3).replace('\u2212', '-');
}

/**
 * Waits until every island on the page has hydrated (Astro drops `ssr` when it has), except the
 * whole book's islands of stores no link moved: they wake for a link only (`client:state="moved"`).
 * Islands that wake in view are brought into view one after the other inside the page, each
 * kept in view until it has hydrated: one round trip for the page instead of three per island.
 */
export async function waitForIslands(page: Page): Promise<void> {
  const moved = (await page.locator('html').getAttribute('data-moved-stores')) ?? '';
  const stores = moved
    .split(' ')
    .filter(Boolean)
    .map((store) => `[props*='"store":[0,"${store}"]']`);
  const wakeOnlyForLink = `[opts*='"value":"moved"']${stores.length ? `:not(${stores.join(', ')})` : ''}`;
  const sleeping = `astro-island[ssr]:not(${wakeOnlyForLink})`;
  await page.evaluate(async (selector) => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    for (const island of document.querySelectorAll(selector)) {
      // An island is `display: contents`: its first element is the box on screen. It stays in
      // view until it has hydrated (at most 10 s here; the assertion below reports a sleeper).
      const box = island.firstElementChild ?? island;
      const started = performance.now();
      while (island.hasAttribute('ssr') && performance.now() - started < 10_000) {
        box.scrollIntoView({ block: 'nearest' });
        await frame();
      }
    }
  }, sleeping);
  await expect(page.locator(sleeping)).toHaveCount(0);
  // A woken island may still load the widget it holds (a chapter's "Check yourself"): the page
  // shows its state once that has hydrated, and no sooner.
  await expect(page.locator('html')).not.toHaveClass(/nn-settling/, { timeout: 30_000 });
  await expect(page.locator('[data-loading-widget]')).toHaveCount(0);
}

/**
 * Lets the site's pages write to the clipboard and the test read it back: "Copy link" writes the
 * link there, and a test reads what a reader would paste.
 */
export async function allowClipboard(context: BrowserContext, origin: string | undefined) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin! });
}

/** Opens a page and waits until its islands answer to a reader. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForIslands(page);
}

/**
 * Opens a widget's own page, `/embed/<slug>/` (one of the book's embeds), at a query, and waits until
 * it answers: the chapter's widget, store and links, on a page about a tenth of the chapter's size.
 * For a test that acts on and reads that one widget alone.
 */
export async function openEmbed(page: Page, slug: string, query = ''): Promise<void> {
  if (!EMBEDS.some((embed) => embed.slug === slug))
    throw new Error(`the book has no embed "${slug}"`);
  await openPage(page, `${embedPath(BASE_PATH, slug)}${query}`);
}

/** The name of the forward-pass chapter's store, as links and live numbers name it. */
export const STORE = 'network';

/**
 * A network widget (diagram, table of values, its controls) by its id: the chapter's main one by
 * default; `attempt` is the copy with its own store. Each widget's id is its store's name.
 */
export function widget(page: Page, id = STORE): Locator {
  return page.locator(`figure#${id}`);
}

/** A query string as the page writes it: each setting under its store's name. */
export function linkQuery(values: Record<string, string | number>, store = STORE): string {
  const query = Object.entries(values)
    .map(([key, value]) => `${store}.${key}=${value}`)
    .join('&');
  return query ? `?${query}` : '';
}

/** The walkthrough section's five controls. */
export function walkthroughControls(page: Page): Locator {
  return page.locator('.parameter-controls:not(figure.network-widget *)');
}

/** The visible message of a control's refusal or note (role="alert", not empty). */
export function messages(scope: Locator): Locator {
  return scope.getByRole('alert').filter({ hasText: /\S/ });
}

/** A setting's slider and number box, found by their visible label, as a reader finds them. */
export function control(scope: Locator, label: string): { slider: Locator; box: Locator } {
  return {
    slider: scope.getByRole('slider', { name: label, exact: true }),
    box: scope.getByRole('spinbutton', { name: label, exact: true }),
  };
}

/** Every element of the page that shows a quantity, in a scope. */
export function quantity(scope: Locator | Page, key: string): Locator {
  return scope.locator(`[data-quantity="${cssEscape(key)}"]`);
}

function cssEscape(text: string): string {
  return text.replace(/["\\]/g, '\\$&');
}

/** Where on the page a live number sits, and how many decimals it shows there. */
export type Place = 'equation' | 'mathml' | 'diagram' | 'table';

/** The elements of a place that show a store's numbers (a widget's id is its store's name). */
function placeSelector(place: Place, store: string): string {
  switch (place) {
    case 'equation': // a live number in an equation (its one copy: the formula's MathML)
      return `.katex math [data-store="${store}"][data-quantity]`;
    case 'mathml': // the same number as screen readers read it: a MathML number nothing hides
      return `.katex math:not([aria-hidden="true"]) mn[data-store="${store}"][data-quantity]`;
    case 'diagram': // in the SVG, or, when its layers run down a narrow column, the list under it
      return `figure#${store} svg.network-diagram tspan[data-quantity], figure#${store} .parameter-list [data-quantity]`;
    case 'table':
      return `figure#${store} table.values-table td[data-quantity]`;
  }
}

/** One copy of a live number as the page shows it. */
interface Copy {
  text: string;
  value: number;
  digits: number;
}

/**
 * Reads every copy of these keys in these places, in one visit to the page: for each place, for
 * each key, the copies' text and full-precision value.
 */
export async function readAll(
  page: Page,
  store: string,
  keys: readonly string[],
  places: readonly Place[],
): Promise<Record<string, Record<string, Copy[]>>> {
  const selectors = places.map((place) => [place, placeSelector(place, store)] as const);
  return page.evaluate(
    ({ selectors, keys }) => {
      const wanted = new Set(keys);
      const result: Record<string, Record<string, Copy[]>> = {};
      for (const [place, selector] of selectors) {
        const byKey: Record<string, Copy[]> = {};
        for (const element of document.querySelectorAll(selector)) {
          const key = element.getAttribute('data-quantity') ?? '';
          if (!wanted.has(key)) continue;
          (byKey[key] ??= []).push({
            text: (element.textContent ?? '').trim(),
            value: Number(element.getAttribute('data-value')),
            // Equation numbers say their decimals; the diagram's "ŷ = …" shows three, like the text.
            digits: element.hasAttribute('data-digits')
              ? Number(element.getAttribute('data-digits'))
              : key === 'O6' && element.closest('.prediction')
                ? 3
                : Number.NaN,
          });
        }
        result[place] = byKey;
      }
      return result;
    },
    { selectors, keys: [...keys] },
  );
}

/** Reads every copy of a store's quantity in one place: its text and its full-precision value. */
export async function readCopies(
  page: Page,
  place: Place,
  key: string,
  store = STORE,
): Promise<Copy[]> {
  return (await readAll(page, store, [key], [place]))[place]?.[key] ?? [];
}

/** Decimals shown in each place when a number does not say otherwise. */
const PLACE_DIGITS: Record<Place, number> = { equation: 3, mathml: 3, diagram: 3, table: 3 };

/** A number the page must show: its key, the engine's value, and where. */
export interface Expected {
  key: string;
  value: number;
  places: readonly Place[];
}

/** Why the copies of one number in one place do not show `expected` ("" when they do). */
function mismatch(copies: Copy[] | undefined, place: Place, key: string, expected: number): string {
  if (!copies || copies.length === 0) return `no ${key} in the ${place}`;
  for (const copy of copies) {
    const digits = Number.isInteger(copy.digits) ? copy.digits : PLACE_DIGITS[place];
    const text = shown(expected, digits);
    if (copy.text !== text)
      return `${key} in the ${place} shows "${copy.text}", expected "${text}"`;
    if (!(Math.abs(copy.value - expected) <= 1e-12)) {
      return `${key} in the ${place} carries ${copy.value}, expected ${expected}`;
    }
  }
  return '';
}

/**
 * Asserts that every copy of each expected number, in each of its places, shows the engine's
 * value rounded as that place rounds, and carries it at full precision (within 1e-12). Waits for
 * the page to catch up; each attempt reads the page once.
 */
export async function expectQuantities(
  page: Page,
  expected: readonly Expected[],
  store = STORE,
): Promise<void> {
  const keys = [...new Set(expected.map((e) => e.key))];
  const places = [...new Set(expected.flatMap((e) => e.places))];
  await expect
    .poll(
      async () => {
        const all = await readAll(page, store, keys, places);
        for (const { key, value, places: where } of expected) {
          for (const place of where) {
            const problem = mismatch(all[place]?.[key], place, key, value);
            if (problem) return problem;
          }
        }
        return 'ok';
      },
      { message: `${store}'s numbers match the engine` },
    )
    .toBe('ok');
}

/** Asserts that every copy of a quantity in a place shows the engine's value (see above). */
export async function expectQuantity(
  page: Page,
  place: Place,
  key: string,
  expected: number,
  store = STORE,
): Promise<void> {
  await expectQuantities(page, [{ key, value: expected, places: [place] }], store);
}

/** Asserts a quantity everywhere it appears: equations, MathML, diagram and table. */
export async function expectEverywhere(
  page: Page,
  key: string,
  expected: number,
  places: Place[] = ['equation', 'mathml', 'diagram', 'table'],
  store = STORE,
): Promise<void> {
  await expectQuantities(page, [{ key, value: expected, places }], store);
}

/** The quantities a forward pass shows, in the order a reader computes them. */
export const FORWARD_KEYS = ['H4in', 'H4', 'H5in', 'H5', 'O6in', 'O6'] as const;

export const EVERY_PLACE: readonly Place[] = ['equation', 'mathml', 'diagram', 'table'];

/** Asserts the whole forward pass on the page equals the engine's for a state. */
export async function expectForwardPass(page: Page, epoch: ByHandEpoch): Promise<void> {
  await expectQuantities(page, [
    ...FORWARD_KEYS.map((key) => ({ key, value: engineValue(key, epoch), places: EVERY_PLACE })),
    { key: 'loss', value: epoch.loss, places: ['equation'] },
  ]);
}

/** The page's visible text, which must never show a broken number. */
export async function expectNoBrokenNumbers(page: Page): Promise<void> {
  const text = await page.evaluate(() => document.body.innerText);
  // Guard: the check is only meaningful on a page that shows its numbers.
  expect(text).toMatch(/\d\.\d{3}/);
  expect(text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
}

/** The URLs of requests that go to another origin than the site's (data: and blob: stay home). */
export function offOriginUrls(urls: string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
}

/**
 * Holds back the page's scripts whose address matches `pattern` for `ms` milliseconds, as a slow
 * connection would: a test can then check what the page shows while they are on their way.
 */
export async function delayScripts(page: Page, pattern: RegExp, ms: number): Promise<void> {
  await page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/**
 * Holds back the page's scripts whose address matches `pattern` until the returned function is
 * called, as a connection slower than the reader would: a test acts on the page meanwhile.
 */
export async function holdScripts(page: Page, pattern: RegExp): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
