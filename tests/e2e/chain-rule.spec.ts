/**
 * The chain-rule chapter as a reader uses it: they read the example chain, pick other functions,
 * type an input, run into a chain too large to compute, and share links. After each step every
 * number of the chain store, in the widget, in the equations and in their MathML copies, must be
 * the chain rule worked out here, independently of the engine.
 */
import type { Page } from '@playwright/test';
import { THEMES, axeViolations, useTheme } from './axe.ts';
import { test, expect, watchConsole } from './fixtures.ts';
import { boxText, control, messages, openEmbed, openPage, pagePath, shown } from './site.ts';
import {
  TEXTBOOK_FUNCTIONS as FUNCTIONS,
  type ChainFunctionName as FunctionId,
} from '../reference/chain-functions.ts';

const CHAIN_RULE = pagePath('chain-rule/');
const STORE = 'chain';
/** The section the widget sits in: its state link opens there. */
const ANCHOR = 'a-nest-of-functions';

/** A state of the page's chain store. */
interface ChainState {
  f: FunctionId;
  g: FunctionId;
  h: FunctionId;
  x: number;
}

const EXAMPLE: ChainState = { f: 'linear', g: 'sigmoid', h: 'square', x: 0.5 };

/** The central difference's step, as the page states it. */
const EPSILON = 1e-5;

/** Every number the chain rule gives for a state, by the page's quantity keys. */
function chainRule({ f, g, h, x }: ChainState): Record<string, number> {
  const F = FUNCTIONS[f];
  const G = FUNCTIONS[g];
  const H = FUNCTIONS[h];
  const fx = F.value(x);
  const gf = G.value(fx);
  const y = H.value(gf);
  const dydg = H.slope(gf);
  const dgdf = G.slope(fx);
  const dfdx = F.slope(x);
  const whole = (u: number) => H.value(G.value(F.value(u)));
  return {
    x,
    f: fx,
    g: gf,
    y,
    'df/dx': dfdx,
    'dg/df': dgdf,
    'dy/dg': dydg,
    'dy/df': dydg * dgdf,
    'dy/dx': dydg * dgdf * dfdx,
    'dy/dx-fd': (whole(x + EPSILON) - whole(x - EPSILON)) / (2 * EPSILON),
    epsilon: EPSILON,
  };
}

/**
 * How close a page number must be to this file's: 1e-12 relative for values and derivatives. A
 * central difference divides rounding noise in y by 2ε, so there two correct programs may differ
 * in the tenth digit: 1e-9.
 */
function tolerance(key: string): number {
  return key === 'dy/dx-fd' ? 1e-9 : 1e-12;
}

/** One live number of the chain store as the page shows it. */
interface Shown {
  place: string;
  key: string;
  text: string;
  value: number;
  digits: number;
}

/** Reads every live number of the chain store: the widget's, the equations' and their MathML. */
async function readNumbers(page: Page): Promise<Shown[]> {
  return page.evaluate((store) => {
    const places: [string, string][] = [
      ['widget', `figure#${store} [data-quantity]`],
      ['equation', `.katex math [data-store="${store}"][data-quantity]`],
      ['mathml', `.katex math:not([aria-hidden="true"]) mn[data-store="${store}"][data-quantity]`],
    ];
    return places.flatMap(([place, selector]) =>
      Array.from(document.querySelectorAll(selector), (element) => ({
        place,
        key: element.getAttribute('data-quantity') ?? '',
        text: (element.textContent ?? '').trim(),
        value: Number(element.getAttribute('data-value')),
        digits: Number(element.getAttribute('data-digits')),
      })),
    );
  }, STORE);
}

/** What is wrong with the numbers on the page for a state ('ok' when nothing is). */
function problemsWith(numbers: Shown[], state: ChainState): string {
  const expected = chainRule(state);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const number of numbers) {
    seen.add(`${number.place} ${number.key}`);
    const where = `${number.key} in the ${number.place}`;
    if (number.key === 'relDiff' || number.key === 'relDiffLog10') continue; // checked below
    const value = expected[number.key];
    if (value === undefined) {
      problems.push(`${where}: this test knows no such quantity`);
      continue;
    }
    const difference = Math.abs(number.value - value);
    if (!(difference <= tolerance(number.key) * Math.max(1, Math.abs(value)))) {
      problems.push(`${where} carries ${number.value}, expected ${value}`);
    }
    // Its text: the value rounded as the book rounds. (The central difference may differ from
    // this file's in its last digits, so it is rounded from the page's own value.)
    const text = shown(number.key === 'dy/dx-fd' ? number.value : value, number.digits);
    if (number.text !== text) problems.push(`${where} shows "${number.text}", expected "${text}"`);
  }
  // The relative difference is read from the two numbers it compares, as the page shows them.
  const onPage = (key: string) => numbers.find((n) => n.place === 'widget' && n.key === key);
  const chain = onPage('dy/dx')?.value ?? Number.NaN;
  const estimate = onPage('dy/dx-fd')?.value ?? Number.NaN;
  const relative = Math.abs(chain - estimate) / Math.max(Math.abs(chain), Math.abs(estimate), 1e-8);
  const exponent = onPage('relDiffLog10');
  const expectedExponent = Math.log10(Math.max(relative, 1e-16));
  if (!exponent || Math.abs(exponent.value - expectedExponent) > 1e-9) {
    problems.push(`relDiffLog10 is ${exponent?.value}, expected ${expectedExponent}`);
  }
  // Every number the page must show, in the widget and in the equations.
  for (const key of Object.keys(expected)) {
    if (!seen.has(`widget ${key}`) && key !== 'epsilon') problems.push(`no ${key} in the widget`);
  }
  for (const key of ['x', 'f', 'g', 'y', 'dy/dg', 'dy/df', 'dy/dx', 'dy/dx-fd']) {
    if (!seen.has(`equation ${key}`)) problems.push(`no ${key} in the equations`);
    if (!seen.has(`mathml ${key}`)) problems.push(`no ${key} in the MathML`);
  }
  return problems.length === 0 ? 'ok' : problems.join('\n');
}

/** Waits until every number of the chain store on the page shows this state. */
async function expectChain(page: Page, state: ChainState): Promise<void> {
  await expect
    .poll(async () => problemsWith(await readNumbers(page), state), {
      message: `the page shows the chain ${JSON.stringify(state)}`,
    })
    .toBe('ok');
}

/** The chain-rule widget. */
function chainWidget(page: Page) {
  return page.locator(`figure#${STORE}`);
}

/** The three function menus, found by their visible labels. */
function menus(page: Page) {
  const widget = chainWidget(page);
  return {
    f: widget.getByLabel('inner function f'),
    g: widget.getByLabel('middle function g'),
    h: widget.getByLabel('outer function h'),
  };
}

/** Asserts the menus and the x box show a state. */
async function expectControls(page: Page, state: ChainState): Promise<void> {
  const { f, g, h } = menus(page);
  await expect(f).toHaveValue(state.f);
  await expect(g).toHaveValue(state.g);
  await expect(h).toHaveValue(state.h);
  await expect(control(chainWidget(page), 'x').box).toHaveValue(boxText(state.x));
}

/** The query a link to a state writes, with only what differs from the example. */
function linkTo(state: ChainState): string {
  const parts = (['f', 'g', 'h', 'x'] as const)
    .filter((key) => state[key] !== EXAMPLE[key])
    .map((key) => `${STORE}.${key}=${state[key]}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

test.describe('the chain-rule chapter', () => {
  test.describe('ChainRuleWidget (chain/)', () => {
    test('opens on the example y = σ(3x + 1)² at x = 0.5, every number worked out by hand', async ({
      page,
    }) => {
      await openPage(page, CHAIN_RULE);
      // The example, independently of the page: f = 2.5, g = σ(2.5), ∂y/∂x = 6σ²(1 − σ).
      const s = 1 / (1 + Math.exp(-2.5));
      expect(chainRule(EXAMPLE)['dy/dx']).toBeCloseTo(6 * s * s * (1 - s), 15);

      await expectControls(page, EXAMPLE);
      await expect(control(chainWidget(page), 'x').slider).toHaveValue('0.5');
      await expect(chainWidget(page).getByRole('heading', { level: 3 }).first()).toHaveText(
        'Forward: y = σ(3x + 1)²',
      );
      await expectChain(page, EXAMPLE);
      await expect(messages(chainWidget(page))).toHaveCount(0);
    });

    test('picking functions in the menus and typing x key by key updates every number', async ({
      page,
    }) => {
      await openPage(page, CHAIN_RULE);
      const { f, g, h } = menus(page);

      await f.selectOption('sine');
      await expectChain(page, { ...EXAMPLE, f: 'sine' });
      await g.selectOption('tanh');
      await expectChain(page, { ...EXAMPLE, f: 'sine', g: 'tanh' });
      await h.selectOption('exp');
      const picked: ChainState = { f: 'sine', g: 'tanh', h: 'exp', x: 0.5 };
      await expectChain(page, picked);
      await expect(chainWidget(page)).toContainText('y = exp(tanh(sin(x)))');
      await expect(chainWidget(page)).toContainText('g′(f) = 1 − tanh²(f)');

      const { box, slider } = control(chainWidget(page), 'x');
      await box.click();
      await box.press('ControlOrMeta+a');
      await box.press('Backspace');
      await box.pressSequentially('-1.25', { delay: 60 });
      await box.press('Enter');
      const typed = { ...picked, x: -1.25 };
      await expect(box).toHaveValue('-1.250');
      await expect(slider).toHaveValue('-1.25');
      await expectChain(page, typed);

      // And the slider's arrow keys, a step of 0.01 each.
      await slider.focus();
      for (let i = 0; i < 4; i++) await slider.press('ArrowRight');
      await expectChain(page, { ...typed, x: -1.21 });
      await expect(messages(chainWidget(page))).toHaveCount(0);
    });

    test('the chain rule’s product equals the central difference to within 10⁻⁶', async ({
      page,
    }) => {
      const states: ChainState[] = [
        EXAMPLE,
        { f: 'cube', g: 'sine', h: 'softplus', x: -0.75 },
        { f: 'exp', g: 'sigmoid', h: 'tanh', x: 1.3 },
        { f: 'square', g: 'linear', h: 'cube', x: 0.2 },
        { f: 'softplus', g: 'exp', h: 'sine', x: -2.4 },
      ];
      for (const state of states) {
        await openPage(page, `${CHAIN_RULE}${linkTo(state)}`);
        await expectChain(page, state);
        const numbers = await readNumbers(page);
        const read = (key: string) =>
          numbers.find((n) => n.place === 'widget' && n.key === key)!.value;
        const chain = read('dy/dx');
        const estimate = read('dy/dx-fd');
        const relative = Math.abs(chain - estimate) / Math.max(Math.abs(chain), Math.abs(estimate));
        expect(relative, `${JSON.stringify(state)}: ${chain} vs ${estimate}`).toBeLessThan(1e-6);
        expect(read('relDiffLog10')).toBeLessThan(-6);
      }
    });

    test('a pick that makes the chain too large is refused, says why, and keeps the chain', async ({
      page,
    }) => {
      await openPage(page, `${CHAIN_RULE}?chain.h=sine&chain.x=2`);
      const { f, g, h } = menus(page);
      await f.selectOption('exp');
      await g.selectOption('exp');
      const before: ChainState = { f: 'exp', g: 'exp', h: 'sine', x: 2 };
      await expectChain(page, before);

      // exp(exp(exp(2))) = e^1618 is far beyond the largest double.
      await h.selectOption('exp');
      const alert = messages(chainWidget(page));
      await expect(alert).toHaveText(
        'With h = exp(g) the chain y = exp(exp(exp(x))) is too large to compute at x = 2.000; ' +
          'pick a smaller x or other functions.',
      );
      await expect(h).toHaveValue('sine');
      await expect(h).toHaveAccessibleDescription(/too large to compute/);
      await expectChain(page, before);

      // A pick that works clears the message.
      await h.selectOption('tanh');
      await expect(alert).toHaveCount(0);
      await expectChain(page, { ...before, h: 'tanh' });
    });

    test('an x that makes the chain too large is refused next to its box', async ({ page }) => {
      await openPage(page, `${CHAIN_RULE}?chain.f=exp&chain.g=exp&chain.h=exp`);
      const { box } = control(chainWidget(page), 'x');
      await box.fill('2');
      await expect(messages(chainWidget(page))).toHaveText(
        'With x = 2.000 the chain y = exp(exp(exp(x))) is too large to compute at x = 2.000; ' +
          'pick a smaller x or other functions. Kept 0.500.',
      );
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expectChain(page, { f: 'exp', g: 'exp', h: 'exp', x: 0.5 });
    });

    test('without JavaScript shows the example’s numbers and controls', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(CHAIN_RULE);
      await expectControls(page, EXAMPLE);
      await expectChain(page, EXAMPLE);
      await context.close();
    });

    for (const theme of THEMES) {
      test(`on its own page, has no axe violations in the ${theme} theme once changed and refused`, async ({
        page,
      }) => {
        // Axe reads the whole document even when scoped to the widget: the widget's page of its own
        // (whose theme is the system's) holds the same widget in a fifth of the HTML.
        await useTheme(page, theme);
        await openEmbed(page, 'chain-rule', '?chain.f=exp&chain.g=exp&chain.h=sine&chain.x=2');
        await menus(page).h.selectOption('exp');
        await expect(messages(chainWidget(page))).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        // The page as a whole is checked in both themes by pages.spec.ts; here, the widget in a
        // state that check never sees.
        const scope = { include: `figure#${STORE}`, coloursOnly: theme === 'dark' };
        expect(await axeViolations(page, scope)).toEqual([]);
      });
    }
  });

  // The chapter as a whole: its address and its fit on a phone, equations included.
  test('a link opens in its state, and the page’s own link follows the reader', async ({
    page,
    browser,
  }) => {
    const linked: ChainState = { f: 'cube', g: 'sine', h: 'softplus', x: -0.75 };
    await openPage(page, `${CHAIN_RULE}?chain.f=cube&chain.g=sine&chain.h=softplus&chain.x=-0.75`);
    await expectControls(page, linked);
    await expectChain(page, linked);

    // The reader changes the outer function: the address bar and the state link follow.
    await menus(page).h.selectOption('sigmoid');
    const changed = { ...linked, h: 'sigmoid' as const };
    await expectChain(page, changed);
    const query = linkTo(changed);
    expect(query).toBe('?chain.f=cube&chain.g=sine&chain.h=sigmoid&chain.x=-0.75');
    await page.waitForURL((url) => url.search === query);
    const link = chainWidget(page).getByRole('link', { name: 'Link to this exact state' });
    await expect(link).toHaveAttribute('href', `${query}#${ANCHOR}`);

    // Opened elsewhere, the link shows the same state.
    const address = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const problems: string[] = [];
    watchConsole(fresh, problems);
    await openPage(fresh, address);
    await expectControls(fresh, changed);
    await expectChain(fresh, changed);
    expect(problems, 'console of the reopened page').toEqual([]);
    await context.close();

    // Reset brings back the example, and a clean address.
    await chainWidget(page).getByRole('button', { name: 'Reset to the chapter’s example' }).click();
    await expectControls(page, EXAMPLE);
    await expectChain(page, EXAMPLE);
    await page.waitForURL((url) => url.search === '');
  });

  test.describe('a hostile address', () => {
    test('reads only allowed functions and finite numbers, clamping x = 99 to 5', async ({
      page,
    }) => {
      let dialogs = 0;
      page.on('dialog', async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      await openPage(
        page,
        `${CHAIN_RULE}?chain.f=relu&chain.g=%3Cscript%3Ealert(1)%3C/script%3E&chain.h=__proto__` +
          '&chain.x=99&chain.epsilon=1&chain.constructor=1&network.x1=0.3&f=exp',
      );
      const clamped = { ...EXAMPLE, x: 5 };
      await expectControls(page, clamped);
      await expectChain(page, clamped);
      expect(await page.evaluate(() => document.body.innerText)).not.toContain('<script>');
      expect(dialogs).toBe(0);
      // The address is rewritten to the state actually shown.
      await page.waitForURL((url) => url.search === '?chain.x=5');
    });

    test('a linked chain too large to compute keeps the last state it could', async ({ page }) => {
      // exp(exp(exp(x))) is fine at x = 0.5, far too large at x = 4: x is refused.
      await openPage(page, `${CHAIN_RULE}?chain.f=exp&chain.g=exp&chain.h=exp&chain.x=4`);
      const kept: ChainState = { f: 'exp', g: 'exp', h: 'exp', x: 0.5 };
      await expectControls(page, kept);
      await expectChain(page, kept);
      await page.waitForURL((url) => url.search === '?chain.f=exp&chain.g=exp&chain.h=exp');
    });
  });

  test('fits a 320-pixel-wide phone: no sideways scrolling, equations included', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openPage(page, CHAIN_RULE);
    await menus(page).g.selectOption('softplus');
    await expectChain(page, { ...EXAMPLE, g: 'softplus' });
    const overflow = await page.evaluate(() => {
      // Lay out everything, also what is off screen (content-visibility skips it otherwise).
      for (const element of document.querySelectorAll<HTMLElement>('.katex-display, .widget')) {
        element.style.contentVisibility = 'visible';
      }
      const figure = document.querySelector('figure#chain')!;
      const edge = figure.getBoundingClientRect();
      return {
        page: document.documentElement.scrollWidth,
        widget: edge.right,
        // The widget clips what overflows it (content-visibility), so look at each element.
        outside: Array.from(figure.querySelectorAll('*'))
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > edge.right + 0.5 || box.left < edge.left - 0.5);
          })
          .map((element) => `${element.tagName} ${element.className}`),
        equations: Array.from(document.querySelectorAll('.katex-display'))
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.textContent?.slice(0, 40)),
      };
    });
    expect(overflow.page).toBeLessThanOrEqual(320);
    expect(overflow.widget).toBeLessThanOrEqual(320);
    expect(overflow.outside, 'widget parts outside the widget').toEqual([]);
    expect(overflow.equations, 'equations wider than the phone').toEqual([]);
  });
});
