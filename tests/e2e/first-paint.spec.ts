/**
 * A page opened from a link shows the link's state from its first paint: every live number on
 * the page (in equations and in widgets, whether or not the widget has woken) agrees with that
 * state before the reader scrolls, on screen and in print, and the chapter's starting numbers
 * are never painted in its place.
 *
 * What "agrees" means here: a widget that is awake is exact (every chapter's own spec checks its
 * numbers against the engine), so the numbers read before scrolling must be the numbers the page
 * shows once every widget has been scrolled to and woken. The starting numbers come from the
 * built HTML, which the server rendered in each store's starting state; the link must change
 * some of them, or the check would prove nothing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import {
  builtHtml,
  control,
  DEFAULT_X,
  delayScripts,
  engineEpoch,
  expectEverywhere,
  expectForwardPass,
  holdScripts,
  pagePath,
  waitForIslands,
  widget,
} from './site.ts';

/** One link per chapter with widgets, moving each store the chapter has (or most of them). */
const LINKS: [slug: string, query: string][] = [
  ['forward-pass/', '?network.w14=0.77&network.x1=0.9&attempt.b4=1'],
  ['backpropagation/', '?network.w14=0.77&network.x1=0.9'],
  ['backpropagation-example/', '?network.w14=0.77&network.x1=0.9'],
  ['training-steps/', '?network.w14=0.77&network.x1=0.9'],
  ['updating-parameters/', '?network.w14=0.77&rates.learningRate=0.5&decay.decay=0.01'],
  ['training-dashboard/', '?dashboard.w14=0.77&dashboard.x1=0.9'],
  ['training-epochs/', '?train.seed=7'],
  ['momentum-and-adam/', '?rules.seed=7'],
  ['concepts/', '?fit.m=6&fit.epoch=600&linear.epoch=1000'],
  ['chain-rule/', '?chain.f=cube&chain.x=-0.75'],
  ['activation-functions/', '?curves.fn=tanh&curves.z=0.5&collapse.hidden=sigmoid'],
  ['initialisation/', '?draws.p=7&draws.seed=3&start.scale=2'],
  ['parameters/', '?counter.widths=4,3,2'],
  ['network-parts/', '?scaling.O6=0.25'],
  [
    'lab/',
    '?lab.widths=2-8-5-1&lab.act1=tanh&lab.data=moons&lab.output=sigmoid&lab.epochOnView=10',
  ],
  // A set of one input: its fit plot loads after the lab wakes, and the page waits for it.
  ['lab/', '?lab.data=bump&lab.widths=1-6-1&lab.act1=tanh&lab.epochOnView=20'],
  ['embed/forward-pass/', '?network.w14=0.77&network.x1=0.9'],
];

/** Every live number's values, by its store and key: "network w14" → the values its copies show. */
type Numbers = Record<string, string[]>;

/**
 * The page's live numbers, by store and key, with the value each copy holds (`data-value`) and,
 * for copies drawn on screen, the text it shows. A number's store is its equation's `data-store`,
 * or the store its widget's island draws.
 */
function readNumbers(page: Page): Promise<Numbers> {
  return page.evaluate(() => {
    const numbers: Record<string, string[]> = {};
    for (const element of document.querySelectorAll('[data-quantity]')) {
      const island = element.closest('astro-island');
      let store = element.getAttribute('data-store');
      if (store === null && island) {
        const props = JSON.parse(island.getAttribute('props') ?? '{}') as { store?: string[] };
        store = props.store?.[1] ?? '';
      }
      let key = element.getAttribute('data-quantity') ?? '';
      if (element.closest('.exercises')) {
        // Most chapters' exercises draw from a store of their own, which a link here does not
        // name. The lab's draw from the page's lab store, under the widget's id ("check.x1"):
        // each is that store's number and must agree with every other copy of it.
        if (!new RegExp(`[?&]${store}\\.`).test(location.search)) continue;
        key = key.slice(key.indexOf('.') + 1);
      }
      const id = `${store ?? ''} ${key}`;
      const value = element.getAttribute('data-value') ?? '';
      const values = (numbers[id] ??= []);
      if (!values.includes(value)) values.push(value);
    }
    for (const values of Object.values(numbers)) values.sort();
    return numbers;
  });
}

/** Live numbers that take room on the page but are not drawn (hidden until the state shows). */
function hiddenNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-quantity]'))
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => getComputedStyle(element).visibility === 'hidden')
      .map((element) => element.getAttribute('data-quantity') ?? ''),
  );
}

/** The numbers as the server rendered them: each store's starting state. */
function startingNumbers(slug: string): Map<string, string> {
  const html = builtHtml(slug);
  const starting = new Map<string, string>();
  for (const match of html.matchAll(/data-quantity="([^"]*)"[^>]*?data-value="([^"]*)"/g)) {
    starting.set(match[1]!, match[2]!);
  }
  return starting;
}

/**
 * Waits until the page has shown the link's state (the page no longer hides its numbers). The page
 * promises that within its settle limit (4 s) of its script starting, which itself waits for the
 * page's scripts to load: on a busy machine the two together pass the default 5 s of an expect,
 * so this waits for the page's own word, as long as a test may take.
 */
async function waitUntilSettled(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveClass(/nn-settling/, { timeout: 30_000 });
}

for (const [slug, query] of LINKS) {
  test(`/${slug}${query} shows the link's state before any scrolling, on screen and in print`, async ({
    page,
  }) => {
    // The exercises' widgets load late, as on a slow connection: a page must wait for the one a
    // link wakes (the lab's draws from the linked store) before it shows its numbers.
    await delayScripts(page, /\/_astro\/\w*Questions\.[\w-]+\.js$/, 1500);
    await page.goto(`${pagePath(slug)}${query}`);
    await waitUntilSettled(page);
    const before = await readNumbers(page);
    await page.emulateMedia({ media: 'print' });
    const hiddenInPrint = await hiddenNumbers(page);
    await page.emulateMedia({ media: 'screen' });
    // Each number is shown by all of its copies at one value.
    const split = Object.entries(before).filter(([, values]) => values.length > 1);
    expect(split, 'numbers whose copies disagree before scrolling').toEqual([]);
    // The link moved something: some number differs from the server's starting rendering.
    const starting = startingNumbers(slug);
    const moved = Object.entries(before).filter(([id, values]) => {
      const start = starting.get(id.split(' ')[1]!);
      return start !== undefined && values[0] !== start;
    });
    expect(moved.length, 'numbers the link changed').toBeGreaterThan(0);
    // Waking every widget changes none of them.
    await waitForIslands(page);
    const after = await readNumbers(page);
    for (const [id, values] of Object.entries(before)) {
      if (after[id]) expect(values, `${id} before the widgets woke`).toEqual(after[id]);
    }
    expect(hiddenInPrint, 'numbers laid out but hidden in print').toEqual([]);
  });
}

test('what a reader types and slides in a widget before it wakes applies once it has woken', async ({
  page,
}) => {
  // The network widget's code reaches the page only after the reader has acted, as on a slow phone.
  const release = await holdScripts(page, /\/NetworkWidget\.[\w-]+\.js$/);
  await page.goto(pagePath('forward-pass/'));
  const weight = control(widget(page), 'λ1,4');
  const input = control(widget(page), 'x1');
  await weight.box.scrollIntoViewIfNeeded();
  // A number typed and left (Tab), then a slider moved by its arrow keys, still in the server's HTML.
  await weight.box.fill('0.75');
  await weight.box.press('Tab');
  await input.slider.focus();
  for (let press = 0; press < 2; press++) await input.slider.press('ArrowLeft');
  await expect(input.slider).toHaveValue('0.48');
  expect(await page.locator('astro-island[ssr] figure#network').count()).toBe(1);
  release();
  await waitForIslands(page);
  await expect(weight.box).toHaveValue('0.750');
  await expect(input.box).toHaveValue('0.480');
  await expectEverywhere(page, 'w14', 0.75);
  await expectForwardPass(
    page,
    engineEpoch({ params: { w14: 0.75 }, x: [0.48, DEFAULT_X[1], DEFAULT_X[2]] }),
  );
});

test('a linked weight is never painted at its starting value while the page loads', async ({
  page,
}) => {
  // Each frame, before it is painted, note every visible copy of λ1,4 and of x1.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as unknown as { seenNumbers: Set<string> }).seenNumbers = seen;
    const sample = (): void => {
      for (const element of document.querySelectorAll(
        '[data-quantity="w14"], [data-quantity="x1"]',
      )) {
        if (element.closest('.katex-mathml')) continue;
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        seen.add(`${element.getAttribute('data-quantity')}=${element.textContent}`);
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto(`${pagePath('backpropagation/')}?network.w14=0.77&network.x1=0.9`);
  await waitUntilSettled(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  const seen = await page.evaluate(() =>
    [...(window as unknown as { seenNumbers: Set<string> }).seenNumbers].sort(),
  );
  expect(seen).toContain('w14=0.770');
  expect(seen).toContain('x1=0.900');
  expect(seen.filter((text) => text === 'w14=0.321' || text === 'x1=0.500')).toEqual([]);
});
