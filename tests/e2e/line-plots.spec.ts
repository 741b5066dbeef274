/**
 * The SVG line plots of the activation-functions and concepts chapters: drawn without
 * JavaScript, readable on a phone, in step with the store, and in colours that keep their
 * contrast in both themes (axe cannot see SVG strokes, so the ratios are computed here from the
 * colours the browser resolved).
 */
import type { Page } from '@playwright/test';
import { ACTIVATIONS } from '../../src/engine/index.ts';
import { THEMES, contrast, useTheme } from './axe.ts';
import { test, expect } from './fixtures.ts';
import { control, openPage, pagePath } from './site.ts';

const ACTIVATION_PAGE = pagePath('activation-functions/');
const CONCEPTS = pagePath('concepts/');
/** Each page with the figures whose plots it shows. */
const PAGES = [
  { path: ACTIVATION_PAGE, figures: ['#activation'] },
  { path: CONCEPTS, figures: ['#fit', '#linear'] },
] as const;

/** Every plot's colours as the browser resolved them, with the background behind it. */
function plotColours(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('svg.line-plot-svg'), (svg) => {
      let element: Element | null = svg;
      let background = 'rgba(0, 0, 0, 0)';
      while (element && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
        background = getComputedStyle(element).backgroundColor;
        element = element.parentElement;
      }
      const strokes = Array.from(
        svg.querySelectorAll('.line-plot-line, .line-plot-marker, .line-plot-axis'),
        (line) => [line.getAttribute('class') ?? '', getComputedStyle(line).stroke] as const,
      );
      const texts = Array.from(svg.querySelectorAll('text'), (text) => getComputedStyle(text).fill);
      return { background, strokes, texts };
    }),
  );
}

/** Every attribute of every plot that holds a number: none may be NaN or Infinity. */
function plotAttributes(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('svg.line-plot-svg *')).flatMap((element) =>
      ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'viewBox']
        .map((name) => element.getAttribute(name))
        .filter((value): value is string => value !== null),
    ),
  );
}

test.describe('LinePlot (plot/)', () => {
  for (const theme of THEMES) {
    test(`the plots' lines keep 3:1 and their text 4.5:1 contrast in the ${theme} theme`, async ({
      page,
    }) => {
      await useTheme(page, theme);
      for (const { path, figures } of PAGES) {
        await openPage(page, path);
        const plots = await plotColours(page);
        expect(plots.length, path).toBeGreaterThanOrEqual(figures.length);
        for (const { background, strokes, texts } of plots) {
          expect(strokes.length).toBeGreaterThanOrEqual(3);
          for (const [name, stroke] of strokes) {
            expect(contrast(stroke, background), `${path} ${name}`).toBeGreaterThanOrEqual(3);
          }
          expect(texts.length).toBeGreaterThan(4);
          for (const fill of texts) {
            expect(contrast(fill, background), `${path} text`).toBeGreaterThanOrEqual(4.5);
          }
        }
      }
    });
  }

  test('without JavaScript the plots already show the starting curves', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const { path, figures } of PAGES) {
      await page.goto(path);
      for (const figure of figures) {
        const plots = page.locator(`figure${figure}`).getByRole('img');
        const count = await plots.count();
        expect(count, `${path} ${figure}`).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const lines = await plots
            .nth(i)
            .locator('path.line-plot-line')
            .evaluateAll((paths) => paths.map((path) => path.getAttribute('d') ?? ''));
          // Every line is drawn: a move and then segments or dots.
          for (const d of lines) expect(d, `${path} ${figure}`).toMatch(/^M[\d.-]+ [\d.-]+[LVHMh]/);
        }
      }
      for (const value of await plotAttributes(page)) expect(value).not.toMatch(/NaN|Infinity/);
    }
    await context.close();
  });

  test('on a 320-pixel phone the plots fit their width and their text stays 12 px or more', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const { path } of PAGES) {
      await openPage(page, path);
      const measured = await page.evaluate(() =>
        Array.from(document.querySelectorAll('svg.line-plot-svg'), (svg) => {
          const box = svg.getBoundingClientRect();
          const scale = (svg as SVGSVGElement).getScreenCTM()?.a ?? 0;
          const sizes = Array.from(
            svg.querySelectorAll('text'),
            (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
          );
          return { right: box.right, smallest: Math.min(...sizes) };
        }),
      );
      expect(measured.length).toBeGreaterThan(0);
      for (const { right, smallest } of measured) {
        expect(right, path).toBeLessThanOrEqual(320);
        expect(smallest, path).toBeGreaterThanOrEqual(12);
      }
    }
  });

  test('a legend writes a subscript low and against its letter, as the equations do (η with ℓ below)', async ({
    page,
  }) => {
    await openPage(page, pagePath('updating-parameters/'));
    const entry = page
      .locator('figure#decay .line-plot-legend li')
      .filter({ hasText: 'the learning rate' });
    await expect(entry).toHaveText('ηℓ, the learning rate');
    const place = await entry.evaluate((item) => {
      const sub = item.querySelector('sub')!;
      const letter = document.createRange();
      letter.selectNodeContents(sub.previousSibling!);
      const base = letter.getBoundingClientRect();
      const low = sub.getBoundingClientRect();
      return { dropped: low.bottom - base.bottom, apart: low.left - base.right };
    });
    // Lowered, and with no gap: a legend laid out as a flex row had made η, ℓ and the rest three
    // items, ℓ raised and set 6 px apart ("η ℓ , the learning rate").
    expect(place.dropped).toBeGreaterThan(1);
    expect(Math.abs(place.apart)).toBeLessThan(1.5);
  });

  test('the marker and the dots follow z, and the curves follow the function', async ({ page }) => {
    await openPage(page, ACTIVATION_PAGE);
    const figure = page.locator('figure#activation');
    const plot = figure.getByRole('img', { name: /activation and its derivative/ });
    const marker = plot.locator('line.line-plot-marker');
    const output = plot.locator('path.line-plot-line.is-solid');
    const dots = plot.locator('path.line-plot-line.is-dots');
    /** Where the marker stands, as a share of the way from the curve's first point to its last. */
    const markerShare = async () => {
      const [x, d] = [Number(await marker.getAttribute('x1')), await output.getAttribute('d')];
      const xs = (d ?? '').match(/[ML]([\d.-]+)/g)!.map((step) => Number(step.slice(1)));
      return (x - xs[0]!) / (xs.at(-1)! - xs[0]!);
    };
    // z = 1 at the start: (1 − (−6)) / 12 of the way across.
    expect(await markerShare()).toBeCloseTo(7 / 12, 2);
    const { box } = control(figure, 'z');
    await box.fill('-3');
    await box.press('Enter');
    await expect.poll(markerShare).toBeCloseTo(3 / 12, 2);
    const dotsAtMinus3 = await dots.evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
    expect(dotsAtMinus3.every((d) => /^M[\d.]+ [\d.]+h0$/.test(d ?? ''))).toBe(true);

    // Another function: the output curve changes, and its height at z follows the engine.
    const before = await output.getAttribute('d');
    await figure.getByLabel('activation function α').selectOption('relu');
    await expect(output).not.toHaveAttribute('d', before!);
    expect(ACTIVATIONS.relu.output(-3)).toBe(0);
    // ReLU is 0 at z = −3: the output dot sits on the zero line, level with the curve's left end.
    const [dotY, leftY] = await page.evaluate(() => {
      const svg = document.querySelector('figure#activation svg.line-plot-svg')!;
      const dot = svg.querySelector('path.is-dots')!.getAttribute('d')!;
      const line = svg.querySelector('path.is-solid')!.getAttribute('d')!;
      return [
        Number(/^M[\d.]+ ([\d.]+)/.exec(dot)![1]),
        Number(/^M[\d.]+ ([\d.]+)/.exec(line)![1]),
      ];
    });
    expect(dotY).toBeCloseTo(leftY, 1);
    for (const value of await plotAttributes(page)) expect(value).not.toMatch(/NaN|Infinity/);
  });
});
