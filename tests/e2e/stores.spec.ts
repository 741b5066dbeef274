/**
 * Stores on one page: the forward-pass chapter has two, the chapter's network and the reader's
 * copy in "Shrink the loss by hand". Each widget and equation names its store: editing one store
 * leaves the other alone, the page's link holds both under their names, and a link holds only
 * what the page's stores let readers set.
 */
import { test, expect, watchConsole } from './fixtures.ts';
import {
  FORWARD_PASS,
  control,
  defaultEpoch,
  engineEpoch,
  engineValue,
  expectEverywhere,
  expectForwardPass,
  expectQuantity,
  linkQuery,
  openPage,
  shown,
  widget,
} from './site.ts';

/** Keys of the forward pass, to check a whole store's numbers. */
const FORWARD = ['H4in', 'H4', 'H5in', 'H5', 'O6in', 'O6'] as const;

test.describe('two stores of the network widget on one page', () => {
  test('editing one leaves the other alone, in its diagram, its table and its equations', async ({
    page,
  }) => {
    await openPage(page, FORWARD_PASS);
    const mine = widget(page, 'attempt');
    // The copy offers only the parameters: the sample is the chapter's.
    await expect(mine.getByRole('spinbutton')).toHaveCount(11);
    await expect(mine.getByRole('spinbutton', { name: 'x1', exact: true })).toHaveCount(0);

    await control(mine, 'λ1,4').box.fill('1.5');
    await control(mine, 'b6').box.fill('-0.25');
    const yours = engineEpoch({ params: { w14: 1.5, b6: -0.25 } });
    for (const key of FORWARD) {
      await expectEverywhere(page, key, engineValue(key, yours), ['diagram', 'table'], 'attempt');
    }
    await expectQuantity(page, 'equation', 'loss', yours.loss, 'attempt');
    await expectQuantity(page, 'mathml', 'loss', yours.loss, 'attempt');
    // The chapter's network has not moved.
    await expectForwardPass(page, defaultEpoch());
    await expect(control(widget(page), 'λ1,4').box).toHaveValue(
      shown(defaultEpoch().params.w14).replace('\u2212', '-'),
    );

    // And the other way round.
    await control(widget(page), 'x1').box.fill('-0.5');
    await expectForwardPass(page, engineEpoch({ x: [-0.5, 0.2, 0.7] }));
    for (const key of FORWARD) {
      await expectEverywhere(page, key, engineValue(key, yours), ['diagram', 'table'], 'attempt');
    }
    await expectQuantity(page, 'equation', 'loss', yours.loss, 'attempt');
  });

  test('Reset in one widget resets only its own store', async ({ page }) => {
    await openPage(page, FORWARD_PASS);
    await control(widget(page), 'b4').box.fill('0.5');
    await control(widget(page, 'attempt'), 'b4').box.fill('-0.5');
    await widget(page, 'attempt').getByRole('button', { name: /Reset/ }).click();
    await expectEverywhere(page, 'b4', defaultEpoch().params.b4, ['diagram', 'table'], 'attempt');
    await expectEverywhere(page, 'b4', 0.5);
  });

  test('the page’s link holds both stores under their names and restores both', async ({
    page,
    browser,
  }) => {
    await openPage(page, FORWARD_PASS);
    await control(widget(page), 'y').box.fill('0.8');
    await control(widget(page, 'attempt'), 'λ5,6').box.fill('0.25');
    const query = `${linkQuery({ y: 0.8 })}&${linkQuery({ w56: 0.25 }, 'attempt').slice(1)}`;
    await page.waitForURL((url) => url.search === query);
    await expect(
      widget(page, 'attempt').getByRole('link', { name: 'Link to this exact state' }),
    ).toHaveAttribute('href', `${query}#shrink-the-loss-by-hand`);

    const context = await browser.newContext();
    const fresh = await context.newPage();
    const problems: string[] = [];
    watchConsole(fresh, problems);
    await openPage(fresh, `${FORWARD_PASS}${query}`);
    await expectForwardPass(fresh, engineEpoch({ y: 0.8 }));
    const yours = engineEpoch({ params: { w56: 0.25 } });
    await expect(control(widget(fresh, 'attempt'), 'λ5,6').box).toHaveValue('0.250');
    await expectQuantity(fresh, 'equation', 'loss', yours.loss, 'attempt');
    expect(problems).toEqual([]);
    await context.close();
  });

  test('a link keeps only what the page’s stores let readers set', async ({ page }) => {
    // learningRate is a setting of the network kind, but not one this page lets readers change;
    // the bare key and the unknown store are no store's at all.
    const query =
      '?learningRate=5&network.learningRate=5&network.epochs=3&other.w14=1&network.w14=0.3';
    await openPage(page, `${FORWARD_PASS}${query}`);
    await expectForwardPass(page, engineEpoch({ params: { w14: 0.3 } }));
    await page.waitForURL((url) => url.search === linkQuery({ w14: 0.3 }));
    await expect(
      widget(page).getByRole('link', { name: 'Link to this exact state' }),
    ).toHaveAttribute('href', `${linkQuery({ w14: 0.3 })}#a-simple-network`);
  });
});
