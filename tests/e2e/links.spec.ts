/**
 * Links to exact states, as an instructor and a reader use them: "Copy link" and the link it
 * copies, a link that could not be used in full, Back and Forward between shared states, presets
 * that fix or hide controls, a state saved as a file and opened again, and hundreds of hostile
 * links that must leave every page working.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { expect, test, watchConsole } from './fixtures.ts';
import {
  allowClipboard,
  control,
  delayScripts,
  engineEpoch,
  expectForwardPass,
  expectNoBrokenNumbers,
  expectQuantity,
  FORWARD_PASS,
  linkQuery,
  offOriginUrls,
  openPage,
  pagePath,
  widget,
} from './site.ts';

const DASHBOARD = pagePath('training-dashboard/');

/** The notice a page shows about a link it could not use in full. */
const notice = (page: Page) => page.locator('.link-notice');

test('Copy link copies this exact state; the link reopens it at the section, the widget focused', async ({
  page,
  context,
  baseURL,
}) => {
  await allowClipboard(context, baseURL);
  await openPage(page, FORWARD_PASS);
  const attempt = widget(page, 'attempt');
  await control(attempt, 'λ1,4').box.fill('0.45');
  await expectQuantity(page, 'table', 'w14', 0.45, 'attempt');
  await attempt.getByRole('button', { name: 'Copy link' }).click();
  await expect(attempt.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(copied);
  expect(url.search).toBe(linkQuery({ w14: 0.45 }, 'attempt'));
  expect(url.hash).toBe('#shrink-the-loss-by-hand');

  // The reader's tab opened from the link is the one in front, the copying one closed. (The widget
  // takes the focus once the page shows its state: the test after this one holds that.)
  await page.close();
  const fresh = await context.newPage();
  await fresh.goto(copied);
  await fresh.bringToFront();
  await expect(control(widget(fresh, 'attempt'), 'λ1,4').box).toHaveValue('0.450');
  await expect(fresh.locator('figure#attempt')).toBeFocused();
  await expect(fresh.locator('#shrink-the-loss-by-hand')).toBeInViewport();
  await expect(notice(fresh)).toHaveCount(0);
  await fresh.close();
});

test('a link to a section focuses its widget once the page shows its state, however late that is', async ({
  page,
}) => {
  // The link also sets the exercises' seed, so the page stays settling (its widgets hidden)
  // until their questions, delayed here as on a slow connection, have loaded. The linked widget
  // wakes and asks for the focus meanwhile: a hidden element cannot take it, so it must wait.
  await delayScripts(page, /\/_astro\/ForwardPassQuestions\.[\w-]+\.js$/, 2000);
  await page.goto(
    `${FORWARD_PASS}${linkQuery({ w14: 0.45 }, 'attempt')}&check.seed=5#shrink-the-loss-by-hand`,
  );
  await expect(page.locator('html')).not.toHaveClass(/nn-settling/, { timeout: 30_000 });
  await expect(control(widget(page, 'attempt'), 'λ1,4').box).toHaveValue('0.450');
  await expect(page.locator('figure#attempt')).toBeFocused();
});

test('a link that cannot be used in full says what it set aside, keeps the rest, and can be dismissed', async ({
  page,
}) => {
  const hostile = encodeURIComponent('"><script>alert(1)</script>');
  await openPage(
    page,
    `${FORWARD_PASS}?network.w14=abc&network.x1=0.25&network.b4=${hostile}&lesson.w14=1&network.learningRate=3`,
  );
  await expectForwardPass(page, engineEpoch({ x: [0.25, 0.2, 0.7] }));
  const box = notice(page);
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('role', 'status');
  await expect(box.getByRole('listitem')).toHaveText([
    'This page has no widget whose state is called “lesson”.',
    'λ1,4: “abc” is not a number.',
    'b4: “"›‹script›alert(1)‹/scri…” is not a number.',
    '“network.learningRate” is ignored: no setting on this page that a link may change.',
  ]);
  // The link's text stayed text: no element came from it.
  expect(await page.locator('.link-notice script').count()).toBe(0);
  // The address keeps only what the page could use.
  await page.waitForURL((url) => url.search === linkQuery({ x1: 0.25 }));
  await box.getByRole('button', { name: 'Dismiss' }).click();
  await expect(box).toHaveCount(0);
  await expect(page.locator('h1')).toBeFocused();
});

test('Back and Forward move between the states a reader shared, not between every step', async ({
  page,
  context,
  baseURL,
}) => {
  await allowClipboard(context, baseURL);
  await openPage(page, FORWARD_PASS);
  const network = widget(page);
  const { slider } = control(network, 'x2');
  await control(network, 'x1').box.fill('0.1');
  await page.waitForURL((url) => url.search === linkQuery({ x1: 0.1 }));
  await network.getByRole('button', { name: 'Copy link' }).click();
  await expect(network.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  // Several steps after the shared state: one history entry for all of them.
  await slider.focus();
  for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
  await control(network, 'x3').box.fill('0.9');
  await page.waitForURL((url) => url.search.includes('x3=0.9'));
  const latest = new URL(page.url()).search;

  // Back: the shared state, once; Forward: the latest.
  await page.goBack();
  await page.waitForURL((url) => url.search === linkQuery({ x1: 0.1 }));
  await expectForwardPass(page, engineEpoch({ x: [0.1, 0.2, 0.7] }));
  await page.goForward();
  await page.waitForURL((url) => url.search === latest);
  await expectQuantity(page, 'table', 'x3', 0.9);
});

test('a preset fixes and hides controls, keeps them in the links it gives, and resets to itself', async ({
  page,
}) => {
  await openPage(
    page,
    `${FORWARD_PASS}${linkQuery({ w14: 0.3, lock: 'w14,w24', hide: 'x3' })}#a-simple-network`,
  );
  const network = widget(page);
  await expect(notice(page)).toHaveCount(0);
  const fixed = control(network, 'λ1,4');
  await expect(fixed.box).toHaveValue('0.300');
  await expect(fixed.box).not.toBeEditable();
  await expect(fixed.slider).toBeDisabled();
  await expect(network.getByText('Fixed by the link that opened this page.')).toHaveCount(2);
  await expect(control(network, 'x3').box).toHaveCount(0);
  // The open controls still work, and a reset returns to the link's state, not the chapter's.
  await control(network, 'x1').box.fill('0.9');
  await expectQuantity(page, 'table', 'x1', 0.9);
  await network.getByRole('button', { name: 'Reset to the link’s state' }).click();
  await expectQuantity(page, 'table', 'x1', 0.5);
  await expectQuantity(page, 'table', 'w14', 0.3);
  const href = await network
    .getByRole('link', { name: 'Link to this exact state' })
    .getAttribute('href');
  const query = new URLSearchParams(href!.replace(/#.*/, ''));
  expect(query.get('network.w14')).toBe('0.3');
  expect(query.get('network.lock')?.split(',').sort()).toEqual(['w14', 'w24']);
  expect(query.get('network.hide')).toBe('x3');

  // Only the learning rate open, on the dashboard.
  await openPage(page, `${DASHBOARD}?dashboard.only=learningRate`);
  const dashboard = widget(page, 'dashboard');
  await expect(dashboard.getByRole('spinbutton', { name: 'learning rate η' })).toBeEditable();
  await expect(dashboard.getByRole('spinbutton', { name: 'seed' })).not.toBeEditable();
});

test('a link opens each view as it was left (the diagram, the epoch axis, the stepper’s step), and a preset can fix them', async ({
  page,
}) => {
  await openPage(page, `${DASHBOARD}?dashboard.diagram=weights&dashboard.epochAxis=log`);
  const dashboard = widget(page, 'dashboard');
  await expect(dashboard.getByRole('radio', { name: 'Weights (λ and b)' })).toBeChecked();
  await expect(dashboard.locator('svg.network-diagram')).toHaveClass(/shows-weights/);
  // λ and b only: no derivative of the loss anywhere on the diagram.
  await expect(dashboard.locator('svg.network-diagram .is-derivative')).toHaveCount(0);
  await expect(dashboard.getByRole('radio', { name: 'log' })).toBeChecked();
  await expect(dashboard.getByText('epoch ℓ (log scale)')).toHaveCount(5);
  // Back to linear: every plot follows the one switch, and the address with it.
  await dashboard.getByRole('radio', { name: 'linear' }).check();
  await expect(dashboard.getByText('epoch ℓ (log scale)')).toHaveCount(0);
  await expect(page).not.toHaveURL(/epochAxis/);

  const BACKPROPAGATION = pagePath('backpropagation/');
  await openPage(page, `${BACKPROPAGATION}?network.step=5&network.lock=step,diagram`);
  const stepper = widget(page, 'stepper');
  const position = stepper.locator('.stepper-position');
  await expect(position).toContainText(
    /^Step 5 of \d+\. Fixed by the link that opened this page\.$/,
  );
  const next = stepper.getByRole('button', { name: 'Next step →' });
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  // aria-disabled keeps the button in the focus order, so a reader can still press it.
  await next.click({ force: true });
  await expect(position).toContainText('Step 5 of');
  const network = widget(page);
  await expect(network.getByRole('radio', { name: 'Backward (∂L/∂)' })).toBeChecked();
  await expect(network.getByRole('radio', { name: 'Both (values and ∂L/∂)' })).toBeDisabled();

  // Without the preset the stepper moves, and the address keeps its step.
  await openPage(page, `${BACKPROPAGATION}?network.step=5`);
  await widget(page, 'stepper').getByRole('button', { name: 'Next step →' }).click();
  await expect(widget(page, 'stepper').locator('.stepper-position')).toHaveText(/^Step 6 of \d+$/);
  await expect(page).toHaveURL(/network\.step=6/);
});

test('a widget’s state saved as a file opens again; a file that is not one changes nothing', async ({
  page,
}) => {
  await openPage(page, FORWARD_PASS);
  const network = widget(page);
  await control(network, 'λ4,6').box.fill('-0.7');
  await expectQuantity(page, 'table', 'w46', -0.7);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    network.getByRole('button', { name: 'Save as file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('forward-pass-network-state.json');
  const saved = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(saved)).toMatchObject({ kind: 'network', settings: { w46: '-0.7' } });

  await network.getByRole('button', { name: /Reset/ }).click();
  await expectQuantity(page, 'table', 'w46', engineEpoch().params.w46);
  const open = async (name: string, text: string) => {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      network.getByRole('button', { name: 'Open a saved file' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };
  await open('state.json', saved);
  await expect(
    network.getByRole('status').filter({ hasText: 'Opened the saved state.' }),
  ).toBeVisible();
  await expectQuantity(page, 'table', 'w46', -0.7);
  await expectForwardPass(page, engineEpoch({ params: { w46: -0.7 } }));

  await open('notes.json', '{"hello": "world"}');
  await expect(
    network
      .getByRole('status')
      .filter({ hasText: 'not a saved state of this book. Nothing changed.' }),
  ).toBeVisible();
  await expectQuantity(page, 'table', 'w46', -0.7);
});

/** Hand-written hostile links: markup, script URLs, prototype keys, huge and non-finite numbers. */
const HOSTILE = [
  '?network.w14=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '?network.x1=javascript:alert(1)',
  '?__proto__.polluted=1&network.__proto__=1&network.constructor=1&constructor.prototype=1',
  '?network.w14=1e308&network.b4=-1e999&network.x2=Infinity&network.x3=NaN',
  `?network.w14=${'9'.repeat(5000)}`,
  '?network.lock=__proto__,constructor&network.hide=%3Cb%3E',
  '?network.only=&network.lock=,,,&network.hide=parameters',
  '?network.w14=0x1p3&network.w24=1_0&network.w34=%E2%88%920.5',
  '?attempt.w14=0.2&attempt.w14=9&attempt.seed=1',
  `?${'a.b=1&'.repeat(700)}`,
];

test('500 hostile and random links leave every page working: no error, dialog or outside request', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const origin = new URL(baseURL!).origin;
  const problems: string[] = [];
  const requests: string[] = [];
  let dialogs = 0;
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const expectValid = async () => {
    await expectNoBrokenNumbers(page);
    const boxes = await page
      .getByRole('spinbutton')
      .evaluateAll((all) =>
        all.map((box) => [
          Number(box.getAttribute('aria-valuenow')),
          Number(box.getAttribute('aria-valuemin')),
          Number(box.getAttribute('aria-valuemax')),
        ]),
      );
    for (const [now, min, max] of boxes) {
      expect(Number.isFinite(now)).toBe(true);
      expect(now).toBeGreaterThanOrEqual(min!);
      expect(now).toBeLessThanOrEqual(max!);
    }
  };

  // Three hand-written links open the page afresh (a link is read as the page starts, too);
  // the other seven join the random ones.
  for (const query of HOSTILE.slice(0, 3)) {
    await openPage(page, `${FORWARD_PASS}${query}`);
    await expectValid();
  }
  // 490 random links, as Back and Forward bring them: the page reads each the way it reads its
  // address. Keys: both stores' settings, ones the page does not let a link set, preset words,
  // a store the page does not have, and random text.
  const keys = [
    'x1',
    'y',
    'seed',
    'w14',
    'b6',
    'learningRate',
    'epochs',
    'lock',
    'hide',
    'only',
    '__proto__',
  ];
  const stores = ['network', 'attempt', 'lesson'];
  const values = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom(
      'NaN',
      '-Infinity',
      '1e400',
      '<b>',
      'javascript:alert(1)',
      'w14,b4',
      'parameters',
    ),
  );
  const links = fc.sample(
    fc.array(
      fc.tuple(
        fc.constantFrom(...stores),
        fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })),
        values,
      ),
      { maxLength: 8 },
    ),
    { numRuns: 490, seed: 20261126 },
  );
  const searches = [
    ...HOSTILE.slice(3).map((query) => query.slice(1)),
    ...links.map((triples) =>
      new URLSearchParams(
        triples.map(([store, key, value]) => [`${store}.${key}`, value]),
      ).toString(),
    ),
  ];
  // Three tabs share the links, each reading one after another and checking it once it has
  // reached the screen. Chromium ignores more than 200 address changes in 10 s from one page
  // (the page itself rewrites its address after each link, too), so each tab keeps 110 ms apart.
  const tabs = [page, await page.context().newPage(), await page.context().newPage()];
  for (const tab of tabs.slice(1)) {
    tab.on('request', (request) => requests.push(request.url()));
    tab.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    watchConsole(tab, problems);
    await openPage(tab, FORWARD_PASS);
  }
  const share = (t: number) => searches.filter((_, i) => i % tabs.length === t);
  const results = await Promise.all(
    tabs.map((tab, t) =>
      tab.evaluate(async (all) => {
        const found: string[] = [];
        for (const search of all) {
          window.history.pushState(null, '', `${window.location.pathname}?${search}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
          // Bound numbers follow at once; a control a preset hides goes after a task.
          await new Promise((done) => setTimeout(done, 110));
          const text = document.querySelector('main')?.textContent ?? '';
          if (/\bNaN\b|\bInfinity\b|\bundefined\b/.test(text)) {
            found.push(`${search}: a broken number on screen`);
          }
          for (const box of document.querySelectorAll('[role="spinbutton"]')) {
            const [now, min, max] = ['now', 'min', 'max'].map((end) =>
              Number(box.getAttribute(`aria-value${end}`)),
            );
            if (!(Number.isFinite(now) && now! >= min! && now! <= max!)) {
              found.push(`${search}: ${box.id} shows ${now}`);
            }
          }
        }
        return found;
      }, share(t)),
    ),
  );
  const broken = results.flat();
  expect(broken).toEqual([]);
  await expectValid();
  expect(dialogs).toBe(0);
  expect(offOriginUrls(requests, origin)).toEqual([]);
  expect(problems, 'the other tabs’ console').toEqual([]);
});
