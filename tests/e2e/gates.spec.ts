/**
 * Gates beyond the per-page ones (pages.spec.ts): the WAI-ARIA slider keys and the contrast of
 * the diagram's colours (which axe cannot see in SVG strokes). The last group proves the gates
 * themselves: a deliberately broken page must make each of them fail.
 */
import type { Request } from '@playwright/test';
import { axeViolations, contrast } from './axe.ts';
import { test, expect } from './fixtures.ts';
import { recordViolations, violations } from './policy.ts';
import { FORWARD_PASS, control, offOriginUrls, openPage, widget } from './site.ts';

test.describe('the forward-pass chapter', () => {
  test('sliders follow the WAI-ARIA slider keys: arrows, Home, End, PageUp, PageDown', async ({
    page,
  }) => {
    await openPage(page, FORWARD_PASS);
    const { slider } = control(widget(page), 'λ1,4');
    await slider.focus();
    const value = async () => Number(await slider.inputValue());
    await page.keyboard.press('Home');
    expect(await value()).toBe(-2);
    await page.keyboard.press('ArrowRight');
    expect(await value()).toBeCloseTo(-1.99, 10);
    await page.keyboard.press('ArrowUp');
    expect(await value()).toBeCloseTo(-1.98, 10);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowLeft');
    expect(await value()).toBe(-2);
    await page.keyboard.press('PageUp');
    const afterPageUp = await value();
    expect(afterPageUp).toBeGreaterThan(-1.95);
    await page.keyboard.press('PageDown');
    expect(await value()).toBeCloseTo(-2, 10);
    await page.keyboard.press('End');
    expect(await value()).toBe(2);
    // Every number in the widget, the diagram's too, has the equations' three decimals.
    await expect(widget(page).locator('[data-quantity="w14"]').first()).toHaveText('2.000');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the diagram's lines keep 3:1 and its text 4.5:1 contrast in the ${theme} theme`, async ({
      page,
    }) => {
      await page.addInitScript((chosen) => localStorage.setItem('starlight-theme', chosen), theme);
      await openPage(page, `${FORWARD_PASS}?network.w24=-0.5`);
      const colours = await page.evaluate(() => {
        const svg = document.querySelector('figure.network-widget svg')!;
        let element: Element | null = svg;
        let background = 'rgba(0, 0, 0, 0)';
        while (element && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
          background = getComputedStyle(element).backgroundColor;
          element = element.parentElement;
        }
        const stroke = (selector: string) => getComputedStyle(svg.querySelector(selector)!).stroke;
        return {
          background,
          positive: stroke('.connection.is-positive'),
          negative: stroke('.connection.is-negative'),
          nodeEdge: stroke('.node circle'),
          text: getComputedStyle(svg.querySelector('text')!).fill,
        };
      });
      for (const line of ['positive', 'negative', 'nodeEdge'] as const) {
        expect(contrast(colours[line], colours.background), line).toBeGreaterThanOrEqual(3);
      }
      expect(contrast(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
    });
  }
});

test.describe('the gates fail on a deliberately broken page', () => {
  const broken = (body: string) =>
    `<!doctype html><html lang="en"><head><title>Broken</title></head><body><main>${body}</main></body></html>`;

  test('axe reports a control without a label, also in a later check of the same page', async ({
    page,
  }) => {
    const unlabelled = (found: string[]) => found.filter((line) => line.startsWith('label '));
    await page.setContent(broken('<input type="range" min="0" max="1">'));
    expect(unlabelled(await axeViolations(page))).toHaveLength(1);
    // Axe is already in the page now: a second check must see the page as it is then.
    await page.evaluate(() =>
      document.querySelector('main')!.append(document.createElement('input')),
    );
    expect(unlabelled(await axeViolations(page))).toHaveLength(2);
  });

  test('the request check reports an image from another origin', async ({
    page,
    baseURL,
    console: watch,
  }) => {
    watch.skipFinalCheck(); // the aborted image logs a console error on purpose
    // A page without our policy: on the book's pages the policy would block the image first.
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.route('http://elsewhere.test/**', (route) => route.abort());
    await page.setContent(broken('<img src="http://elsewhere.test/pixel.png" alt="">'));
    await expect
      .poll(() =>
        offOriginUrls(
          requests.map((request) => request.url()),
          new URL(baseURL!).origin,
        ),
      )
      .toEqual(['http://elsewhere.test/pixel.png']);
  });

  test('the policy blocks an image from another origin before it is requested', async ({
    page,
    console: watch,
  }) => {
    watch.skipFinalCheck(); // the blocked image logs a console error on purpose
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await recordViolations(page);
    await openPage(page, FORWARD_PASS);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.alt = '';
      image.src = 'http://elsewhere.test/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => violations(page)).toEqual(['img-src: http://elsewhere.test/pixel.png']);
    // Chromium names the blocked request, but it never reaches the network.
    const offSite = requests.filter((request) => request.url().startsWith('http://elsewhere.test'));
    expect(offSite.map((request) => request.failure()?.errorText)).toEqual(['csp']);
  });

  test('the policy blocks an inline script and the violation is seen', async ({
    page,
    console: watch,
  }) => {
    watch.skipFinalCheck(); // the blocked script logs a console error on purpose
    await recordViolations(page);
    await openPage(page, FORWARD_PASS);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toEqual(['script-src-elem: inline']);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });
});
