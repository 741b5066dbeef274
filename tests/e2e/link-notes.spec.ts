/**
 * What a link did, said where the reader lands: the notice about a link sits beside the widget the
 * link opens and is in view there; it names each value the limits moved (from → to), each value
 * refused and why, and each key ignored. A control a link fixed refuses a change with the value
 * the link gave it. On the dashboard, η = 5 is accepted by one rule, typed or linked, at any epoch
 * on view: the run is shown up to its last finite epoch, with a note of where it diverged.
 */
import { trainByHand } from '../../src/engine/index.ts';
import { test, expect } from './fixtures.ts';
import { FORWARD_PASS, control, openPage, pagePath, widget } from './site.ts';

const DASHBOARD = pagePath('training-dashboard/');

test('a link to a section shows its notice there, naming the value clamped, the value refused and the key ignored', async ({
  page,
}) => {
  await page.goto(`${FORWARD_PASS}?network.x1=99&network.w14=abc&network.zz=1#a-simple-network`);
  const notice = page.getByRole('status').filter({ hasText: 'Not all of this link' });
  await expect(notice).toBeInViewport();
  await expect(notice.getByRole('listitem')).toHaveText([
    'x1: 99 → 10, the nearest value it can take.',
    'λ1,4: “abc” is not a number.',
    '“network.zz” is ignored: no setting on this page that a link may change.',
  ]);
  // The section the link opens is where the notice is: its heading is in view too.
  await expect(page.locator('#a-simple-network')).toBeInViewport();
  // The clamped value is the one in force.
  await expect(control(widget(page), 'x1').box).toHaveValue('10.000');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a control a link fixed refuses a change with the value in force, not the chapter’s', async ({
  page,
}) => {
  await openPage(page, `${FORWARD_PASS}?network.lock=w14,w24&network.w14=0.3#a-simple-network`);
  const { box } = control(widget(page), 'λ1,4');
  await expect(box).toHaveValue('0.300');
  await expect(box).toHaveAttribute('readonly', '');
  for (const key of ['Enter', 'ArrowUp']) {
    await box.focus();
    await box.press(key);
    await expect(widget(page).getByRole('alert').filter({ hasText: 'λ1,4 is fixed' })).toHaveText(
      'λ1,4 is fixed at 0.300 by the link that opened this page. Kept 0.300.',
    );
    await expect(box).toHaveValue('0.300');
  }
});

test.describe('η = 5 on the dashboard', () => {
  test.describe.configure({ timeout: 120_000 });
  // The engine's run of the chapter's example at η = 5: it diverges before its 1,000 epochs end.
  const recorded = trainByHand({ learningRate: 5 }).epochs.length;
  const stops = `Training stops at epoch ${recorded}: from there on its numbers are no longer finite.`;

  for (const onView of [100, 300, 999]) {
    test(`typed at epoch ${onView}: accepted, shown up to its last finite epoch, with a note`, async ({
      page,
    }) => {
      expect(recorded).toBeLessThan(300);
      await openPage(page, DASHBOARD);
      const figure = widget(page, 'dashboard');
      const epoch = control(figure, 'epoch').box;
      await epoch.fill(String(onView));
      await epoch.press('Enter');
      await expect(figure.locator('[data-quantity="epoch"]').first()).toHaveText(String(onView));
      const rate = control(figure, 'learning rate η').box;
      await rate.fill('5');
      await rate.press('Enter');
      await expect(rate).toHaveValue('5.000');
      await expect(figure.getByRole('status').filter({ hasText: 'Training stops' })).toHaveText(
        stops,
      );
      const shown = Math.min(onView, recorded - 1);
      await expect(figure.locator('[data-quantity="epoch"]').first()).toHaveText(String(shown));
      await expect(epoch).toHaveValue(String(shown));
    });
  }

  test('from a link: accepted as when typed', async ({ page }) => {
    await openPage(page, `${DASHBOARD}?dashboard.learningRate=5#the-dashboard`);
    const figure = widget(page, 'dashboard');
    await expect(control(figure, 'learning rate η').box).toHaveValue('5.000');
    await expect(figure.getByRole('status').filter({ hasText: 'Training stops' })).toHaveText(
      stops,
    );
  });
});
