/**
 * The lab as a reader uses it: every number it shows at the defaults, after a network typed key
 * by key and in a link's state, against numbers worked out here. The engine trains the run (the
 * lab's kind, in the test); every node's input and output, the loss, every derivative and the
 * mean losses are then worked out from its θ_ℓ by a plain-loop forward and backward pass written
 * from the book's formulas (tests/unit/state/lab-reference.ts), not by the engine. The heat map's
 * pixel is the engine's `evaluateGrid` at the epoch on view, coloured here.
 */
import type { Locator, Page } from '@playwright/test';
import { labKind } from '../../src/components/lab/lab.kind.ts';
import { SURFACE_STRENGTH } from '../../src/components/lab/surface-colours.ts';
import { evaluateGrid } from '../../src/engine/scenarios/index.ts';
import { createStore } from '../../src/state/store.ts';
import {
  nodeNumber,
  parameterIndex,
  referencePass,
  type ReferenceNetwork,
} from '../unit/state/lab-reference.ts';
import { axeViolations, pickTheme } from './axe.ts';
import { widgetFitProblems } from './fit.ts';
import { downloadFrom, PNG_SIGNATURE, pngSize } from './downloads.ts';
import { expect, test } from './fixtures.ts';
import { askedOf, checkOf, workedHere } from './lab-check.ts';
import { cell, typeInto } from './comparison.ts';
import { expectNoBrokenNumbers, holdScripts, messages, openPage, pagePath, shown } from './site.ts';

const LAB = pagePath('lab/');

// Each test trains runs of 500 epochs in the page and in the test: a busy machine needs room.
test.describe.configure({ timeout: 120_000 });

const figureOf = (page: Page) => page.locator('figure#lab');
const widthsBox = (page: Page) => figureOf(page).getByLabel('layer widths');

/** The lab's store at these settings, as the engine trains it (every setting must be taken). */
function labAt(values: Record<string, unknown>) {
  const store = createStore(labKind, 'lab');
  for (const [key, answer] of Object.entries(store.setMany(values))) {
    expect(answer.ok, `${key} taken`).toBe(true);
  }
  return store;
}

/**
 * Every number the lab should show at these settings, by quantity key: θ_ℓ from the engine's
 * run; the sample's passes, its loss and every derivative from the reference pass; the mean
 * losses at the epoch on view and at the plot table's epochs, each a mean of reference losses.
 */
function expectedNumbers(values: Record<string, unknown>, tableEpochs: number[] = []) {
  const store = labAt(values);
  const settings = store.settings.value;
  const run = store.run.value;
  const widths = settings['widths'] as number[];
  const output = settings['output'] as ReferenceNetwork['output'];
  const hidden = ['act1', 'act2', 'act3', 'act4']
    .slice(0, widths.length - 2)
    .map((key) => settings[key] as string);
  const net: ReferenceNetwork = { widths, hidden, output };
  const row = settings['epochOnView'] as number;
  const thetaAt = (epoch: number) => Array.from(run.trace.parameters, (column) => column[epoch]!);
  const targetOf = (y: number) => (output === 'softmax' ? [1 - y, y] : [y]);
  const meanLoss = (part: 'train' | 'test', epoch: number) => {
    const data = run.split[part];
    const theta = thetaAt(epoch);
    let sum = 0;
    for (let s = 0; s < data.y.length; s++) {
      sum += referencePass(net, theta, [data.x1[s]!, data.x2[s]!], targetOf(data.y[s]!)).loss;
    }
    return sum / data.y.length;
  };

  const theta = thetaAt(row);
  const sample = settings['sampleOnView'] as number;
  const x = [run.split.train.x1[sample]!, run.split.train.x2[sample]!];
  const y = run.split.train.y[sample]!;
  const pass = referencePass(net, theta, x, targetOf(y));
  const numbers = new Map<string, number>([
    ['x1', x[0]!],
    ['x2', x[1]!],
    ['y', y],
    ['loss', pass.loss],
    ['epoch', row],
    ['lastEpoch', run.length - 1],
    ['sampleOnView', sample],
    // η_ℓ = η / (1 + decay · ℓ)
    [
      'epochLearningRate',
      (settings['learningRate'] as number) / (1 + (settings['decay'] as number) * row),
    ],
    ['trainLoss', meanLoss('train', row)],
    ['testLoss', meanLoss('test', row)],
    ['trainSamples', run.split.train.y.length],
    ['testSamples', run.split.test.y.length],
    ['layers', widths.length],
    ['nodes', widths.reduce((sum, width) => sum + width, 0)],
    ['parameters', parameterIndex(widths).count],
  ]);
  for (const epoch of tableEpochs) {
    numbers.set(`trainLoss.${epoch}`, meanLoss('train', epoch));
    numbers.set(`testLoss.${epoch}`, meanLoss('test', epoch));
  }
  const at = parameterIndex(widths);
  widths.forEach((width, k) => {
    numbers.set(`l${k}`, width);
    for (let i = 0; i < width; i++) {
      const n = nodeNumber(widths, k, i);
      numbers.set(`N${n}in`, pass.z[k]![i]!);
      numbers.set(`N${n}`, pass.a[k]![i]!);
      numbers.set(`dL/dN${n}in`, pass.dz[k]![i]!);
      numbers.set(`dL/dN${n}`, pass.da[k]![i]!);
      if (k === widths.length - 1) numbers.set(`O${n}`, pass.a[k]![i]!);
      if (k === 0) continue;
      numbers.set(`b${n}`, theta[at.bias(k, i)]!);
      numbers.set(`dL/db${n}`, pass.dTheta[at.bias(k, i)]!);
      for (let from = 0; from < widths[k - 1]!; from++) {
        const key = `w${nodeNumber(widths, k - 1, from)}_${n}`;
        numbers.set(key, theta[at.weight(k, from, i)]!);
        numbers.set(`dL/d${key}`, pass.dTheta[at.weight(k, from, i)]!);
      }
    }
  });
  return { numbers, store, run };
}

/** Every live number in the lab: its key, the value it carries, its text and its decimals. */
function readNumbers(scope: Locator) {
  return scope.evaluate((root) =>
    Array.from(root.querySelectorAll('[data-quantity]'), (element) => ({
      key: element.getAttribute('data-quantity') ?? '',
      value: Number(element.getAttribute('data-value')),
      text: (element.textContent ?? '').trim(),
      digits: Number(element.getAttribute('data-digits') ?? '3'),
    })),
  );
}

/** The gradient check's cells: each derivative's key as the check names it and its value. */
function readChecks(scope: Locator): Promise<[string, number][]> {
  return scope.evaluate((root) =>
    Array.from(
      root.querySelectorAll('[data-check]'),
      (element) =>
        [element.getAttribute('data-check') ?? '', Number(element.getAttribute('data-value'))] as [
          string,
          number,
        ],
    ),
  );
}

/**
 * Why the numbers shown differ from the expected ones ([] when every one agrees): each must be
 * expected, carry its value within 1e-12 (relative above 1; the browser and Node may round a
 * transcendental function's last bit apart) and show it rounded as the book rounds.
 */
async function mismatches(scope: Locator, expected: Map<string, number>): Promise<string[]> {
  const problems: string[] = [];
  for (const { key, value, text, digits } of await readNumbers(scope)) {
    const want = expected.get(key);
    if (want === undefined) problems.push(`${key}: not expected here`);
    else if (!(Math.abs(value - want) <= 1e-12 * Math.max(1, Math.abs(want))))
      problems.push(`${key} carries ${value}, expected ${want}`);
    else if (text !== shown(want, digits))
      problems.push(`${key} shows "${text}", expected "${shown(want, digits)}"`);
  }
  return problems;
}

/** The epochs the losses' table lists: eleven, spread over the run. */
const TABLE_EPOCHS = (last: number) => [
  ...new Set(Array.from({ length: 11 }, (_, i) => Math.round((i * last) / 10))),
];

/** Opens the closed tables, as a reader does, so every number is in sight. */
async function openTables(figure: Locator): Promise<void> {
  for (const name of ['All parameters', 'All nodes', 'The losses as a table']) {
    await figure.getByText(name, { exact: true }).click();
  }
}

/** Replaces the widths box's text by typing it key by key, then leaves with `end`. */
async function typeWidths(page: Page, text: string, end: 'Tab' | 'Enter' = 'Tab') {
  const box = widthsBox(page);
  await box.click();
  await box.press('ControlOrMeta+a');
  await box.press('Delete');
  await box.pressSequentially(text);
  await box.press(end);
}

/** The canvas's pixels, RGBA. */
function surfacePixels(figure: Locator): Promise<number[]> {
  return figure.locator('canvas.lab-surface-canvas').evaluate((canvas: HTMLCanvasElement) => {
    // Read through a copy: reading the page's own canvas back again and again makes Chromium
    // warn that it should have been made for reading.
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(canvas, 0, 0);
    return Array.from(context.getImageData(0, 0, copy.width, copy.height).data);
  });
}

test.describe('LabWidget (lab/)', () => {
  test('a fold opened before its code has come stays open, its summary focused, once it comes', async ({
    page,
  }) => {
    // The tables of every number load as the reader comes near them; until then the server's
    // HTML stands in. A reader who opens a fold meanwhile must not see it close as the code lands.
    const release = await holdScripts(page, /\/ParameterTables\.[\w-]+\.js$/);
    const loaded = page.waitForResponse(/\/ParameterTables\.[\w-]+\.js$/);
    await openPage(page, LAB);
    const figure = figureOf(page);
    const fold = figure.locator('details').filter({ hasText: 'All parameters' });
    const summary = fold.locator('summary');
    await summary.focus();
    await summary.press('Enter');
    await expect(fold).toHaveJSProperty('open', true);
    // The server's fold, marked so that the part's own (a new element) can be told from it.
    await fold.evaluate((element) => Object.assign(element, { fromServer: true }));
    release();
    await loaded;
    await expect
      .poll(() => fold.evaluate((element) => 'fromServer' in element), { timeout: 10_000 })
      .toBe(false);
    await expect(fold).toHaveJSProperty('open', true);
    await expect(fold.getByRole('table')).toBeVisible();
    await expect(summary).toBeFocused();
    // And the part's numbers follow the epoch on view.
    const value = fold.locator('[data-quantity="w1_3"]');
    const before = await value.getAttribute('data-value');
    const epoch = figure.getByRole('spinbutton', { name: 'epoch', exact: true });
    await epoch.fill('0');
    await epoch.press('Tab');
    await expect(value).not.toHaveAttribute('data-value', before!);
  });

  test('at the defaults every weight, bias, node, derivative and loss on the page is worked out again here', async ({
    page,
  }) => {
    await openPage(page, LAB);
    const figure = figureOf(page);
    await openTables(figure);
    // Each column says what it holds, also where a phone stacks a row under its cells' names
    await expect(
      figure.getByRole('table', { name: /^Every weight and bias/ }).getByRole('columnheader'),
    ).toHaveText(['parameter', 'value', '∂L/∂ parameter']);
    await expect(
      figure.getByRole('table', { name: /^Every node’s input/ }).getByRole('columnheader'),
    ).toHaveText(['node', 'input', 'output', '∂L/∂ input', '∂L/∂ output']);
    const { numbers, run } = expectedNumbers({}, TABLE_EPOCHS(499));
    expect(run.length).toBe(500);
    expect(await mismatches(figure, numbers)).toEqual([]);
    // Every key of the default network's contract is on the page at once.
    const keys = new Set((await readNumbers(figure)).map((number) => number.key));
    const missing = [...numbers.keys()].filter((key) => !keys.has(key));
    expect(missing).toEqual([]);
    expect([...keys]).toEqual(expect.arrayContaining(['w1_3', 'w9_10', 'dL/dw9_10', 'O10', 'b10']));
    await expect(figure.getByRole('radio')).toHaveCount(10);
    await expect(figure.locator('table.lab-parameters tbody tr')).toHaveCount(31);
    await expectNoBrokenNumbers(page);
  });

  test.describe('WidthsBox (parameters/)', () => {
    test('a network typed key by key trains and redraws everything; a refused one keeps the last good network and says why', async ({
      page,
    }) => {
      await openPage(page, LAB);
      const figure = figureOf(page);
      await typeWidths(page, '2, 8, 8, 1');
      await expect(widthsBox(page)).toHaveValue('2, 8, 8, 1');
      await expect(figure.getByRole('radio')).toHaveCount(19);
      await expect(
        figure.getByRole('combobox', { name: 'activation of hidden layer 2' }),
      ).toBeVisible();
      await openTables(figure);
      // 2·8 + 8·8 + 8·1 weights and 8 + 8 + 1 biases, a row each.
      await expect(figure.locator('table.lab-parameters tbody tr')).toHaveCount(105);
      const { numbers } = expectedNumbers({ widths: [2, 8, 8, 1] }, TABLE_EPOCHS(499));
      await expect.poll(() => mismatches(figure, numbers)).toEqual([]);

      const alert = figure.getByRole('alert').filter({ hasText: /\S/ });
      for (const [typed, message] of [
        ['2, 9, 1', 'Layer 2 has 9 nodes: the lab’s hidden layers take 1 to 8 nodes.'],
        ['3, 4, 1', 'This data has 2 inputs: the first width must be 2.'],
        ['2, 4, 2', 'An identity output has 1 node: the last width must be 1.'],
        [
          '2, 2, 2, 2, 2, 2, 1',
          'That is 7 layers; the lab takes 2 to 6, inputs and outputs included.',
        ],
      ]) {
        await typeWidths(page, typed!, 'Enter');
        await expect(alert).toHaveText(`${message} The lab keeps 2, 8, 8, 1.`);
        await expect(widthsBox(page)).toHaveAttribute('aria-invalid', 'true');
        await expect(widthsBox(page)).toHaveValue(typed!);
        await expect(figure.getByRole('radio')).toHaveCount(19);
      }
      expect(await mismatches(figure, numbers)).toEqual([]);
      await expectNoBrokenNumbers(page);
    });
  });

  test('softmax is refused on the surface with a reason; on two classes the last width follows the output', async ({
    page,
  }) => {
    await openPage(page, LAB);
    const figure = figureOf(page);
    const output = figure.getByRole('combobox', { name: 'output activation' });
    await output.selectOption('softmax');
    await expect(figure.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
      'The surface’s target is a real number, not a class: its output is identity or sigmoid, as softmax gives class probabilities.',
    );
    await expect(output).toHaveValue('identity');
    await expect(figure.getByRole('radio')).toHaveCount(10);

    await figure.getByRole('combobox', { name: 'data set' }).selectOption('moons');
    await output.selectOption('softmax');
    await expect(widthsBox(page)).toHaveValue('2, 4, 3, 2');
    await expect(figure.getByRole('radio')).toHaveCount(11);
    const { numbers } = expectedNumbers({ data: 'moons', output: 'softmax' });
    const panel = figure.locator('section.lab-panel');
    await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
      'Node 11: output layer, softmax',
    );
    await expect.poll(() => mismatches(panel, numbers)).toEqual([]);
    await expectNoBrokenNumbers(page);
  });

  test.describe('LabDiagram (lab/)', () => {
    test('Tab reaches the nodes, the arrow keys choose one, and its panel writes out its equations with the store’s numbers', async ({
      page,
    }) => {
      await openPage(page, LAB);
      const figure = figureOf(page);
      const { numbers } = expectedNumbers({});
      const panel = figure.locator('section.lab-panel');
      await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
        'Node 10: output layer, identity',
      );

      await figure.getByRole('spinbutton', { name: 'training sample' }).focus();
      await page.keyboard.press('Tab');
      const node = (n: number, name: RegExp) =>
        figure.getByRole('radio', { name: new RegExp(`^node ${n}, ${name.source}`) });
      await expect(node(10, /output/)).toBeFocused();
      await expect(node(10, /output/)).toHaveAttribute('aria-checked', 'true');
      await page.keyboard.press('ArrowLeft');
      await expect(node(8, /hidden layer 2/)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(node(7, /hidden layer 2, sigmoid/)).toBeFocused();
      await expect(node(7, /hidden layer 2/)).toHaveAttribute('aria-checked', 'true');
      await expect(node(10, /output/)).toHaveAttribute('aria-checked', 'false');
      await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
        'Node 7: hidden layer 2, sigmoid',
      );
      // The forward equation: the input as a sum over nodes 3 to 6 and the bias, then σ.
      await expect(panel).toContainText('N7in = λ3,7·N3 + λ4,7·N4 + λ5,7·N5 + λ6,7·N6 + b7');
      await expect(panel).toContainText('N7 = σ(N7in)');
      await expect(panel).toContainText('∂L/∂N7 = λ7,10·∂L/∂N10in');
      const keys = new Set((await readNumbers(panel)).map((number) => number.key));
      for (const key of [
        'N7in',
        'N7',
        'w3_7',
        'w6_7',
        'N3',
        'b7',
        'w7_10',
        'dL/dN10in',
        'dL/dN7',
        'dL/dN7in',
        'dL/dw3_7',
        'dL/dw6_7',
        'dL/db7',
      ])
        expect(keys, key).toContain(key);
      expect(await mismatches(panel, numbers)).toEqual([]);

      // Home goes to the first input; a click chooses a node too.
      await page.keyboard.press('Home');
      await expect(panel.getByRole('heading', { level: 3 })).toHaveText('Node 1: the input x1');
      await expect(panel).toContainText('N1 = x1');
      await node(4, /hidden layer 1/).click();
      await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
        'Node 4: hidden layer 1, sigmoid',
      );
      expect(await mismatches(panel, numbers)).toEqual([]);
      // The chosen node is part of the state: the address keeps it for a link.
      await page.waitForURL((url) => url.searchParams.get('lab.node') === '4');

      await node(7, /hidden layer 2/).click();
      // The gradient check, opened: node 7's four weights and its bias, each derivative from
      // backpropagation (the reference pass's), its central difference close to it, the
      // relative difference between the two, and the verdict that follows from it.
      await panel.getByText('Check these derivatives by central differences').click();
      const check = panel.locator('table', {
        has: page.getByRole('columnheader', { name: 'agree?' }),
      });
      await expect(check.getByRole('row')).toHaveCount(1 + 5);
      const expectChecks = async (expected: Map<string, number>) => {
        const cells = new Map(await readChecks(check));
        for (const key of ['w3_7', 'w4_7', 'w5_7', 'w6_7', 'b7']) {
          const exact = expected.get(`dL/d${key}`)!;
          expect(cells.get(`dL/d${key}`), key).toBeCloseTo(exact, 12);
          const estimate = cells.get(`fd(dL/d${key})`)!;
          expect(Math.abs(estimate - exact), `${key}: ${estimate} against ${exact}`).toBeLessThan(
            1e-8,
          );
          const relative =
            Math.abs(estimate - exact) / Math.max(Math.abs(estimate), Math.abs(exact), 1e-8);
          expect(cells.get(`reldiff(dL/d${key})`), key).toBeCloseTo(relative, 6);
          await expect(
            check.getByRole('row').filter({ hasText: key.replace('w', 'λ').replace('_', ',') }),
          ).toContainText(relative <= 1e-6 ? 'yes' : 'no');
        }
      };
      await expectChecks(numbers);
      // It follows the epoch on view while open.
      const epochBox = figure.getByRole('spinbutton', { name: 'epoch', exact: true });
      await epochBox.fill('100');
      await epochBox.press('Tab');
      const atEpoch100 = expectedNumbers({ epochOnView: 100 }).numbers;
      const valueOf = (cell: Locator) => async () => Number(await cell.getAttribute('data-value'));
      const wanted = atEpoch100.get('dL/dw3_7')!;
      await expect
        .poll(valueOf(panel.locator('[data-quantity="dL/dw3_7"]').first()))
        .toBeCloseTo(wanted, 12);
      await expect.poll(valueOf(check.locator('[data-check="dL/dw3_7"]'))).toBeCloseTo(wanted, 12);
      await expectChecks(atEpoch100);
    });
  });

  test.describe('LazyPart (lab/)', () => {
    /** Whether the page has fetched a chunk whose file name holds `name`. */
    const chunkLoaded = (page: Page, name: string) =>
      page.evaluate(
        (part) =>
          performance.getEntriesByType('resource').some((entry) => entry.name.includes(part)),
        name,
      );

    test('a plot whose code has not loaded yet follows a change made above it, unscrolled', async ({
      page,
    }) => {
      // A short window: the losses plot lies more than a screen below the data's controls, so
      // nothing but the change itself can make its code load.
      await page.setViewportSize({ width: 1280, height: 400 });
      await openPage(page, LAB);
      const figure = figureOf(page);
      const lossPlotLoaded = () => chunkLoaded(page, 'LossPlot');
      const seed = figure.getByRole('spinbutton', { name: 'data seed' });
      await seed.scrollIntoViewIfNeeded();
      expect(await lossPlotLoaded(), 'the plot’s code is not loaded before the change').toBe(false);
      await seed.fill('2');
      await seed.press('Tab');
      const { numbers } = expectedNumbers({ dataSeed: 2 }, [0, 499]);
      const cell = figure.locator('.lab-loss [data-quantity="trainLoss.0"]').first();
      await expect
        .poll(async () => Number(await cell.getAttribute('data-value')))
        .toBeCloseTo(numbers.get('trainLoss.0')!, 12);
      expect(await lossPlotLoaded()).toBe(true);
    });

    test('the tables of every number, not loaded yet, follow a new sample on view, unscrolled', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 400 });
      await openPage(page, LAB);
      const figure = figureOf(page);
      const tablesLoaded = () => chunkLoaded(page, 'ParameterTables');
      const sample = figure.getByRole('spinbutton', { name: 'training sample' });
      await sample.scrollIntoViewIfNeeded();
      expect(await tablesLoaded(), 'the tables’ code is not loaded before the change').toBe(false);
      await sample.fill('5');
      await sample.press('Tab');
      const { numbers } = expectedNumbers({ sampleOnView: 5 });
      // The derivatives of a weight and a node's input depend on the sample: both must be its.
      for (const key of ['dL/dw1_3', 'dL/dN10in']) {
        const number = figure.locator(`.lab-tables [data-quantity="${key}"]`);
        await expect
          .poll(async () => Number(await number.getAttribute('data-value')))
          .toBeCloseTo(numbers.get(key)!, 12);
      }
      expect(await tablesLoaded()).toBe(true);
    });
  });

  test.describe('LabDiagram and ConnectionPart (lab/)', () => {
    test('a click on a connection’s line marks its weight in the panel, its equations and its check; the panel’s menu does it by keyboard; a link keeps it', async ({
      page,
    }) => {
      await openPage(page, LAB);
      const figure = figureOf(page);
      const { numbers } = expectedNumbers({});
      const panel = figure.locator('section.lab-panel');
      // A click a quarter of the way along λ4,7's line, away from where other lines cross it, once
      // the diagram is what the page shows at that point (the page may still be scrolling to it).
      const line = figure.locator('line[data-weight="w4_7"]');
      await line.scrollIntoViewIfNeeded();
      const pointOnLine = () =>
        line.evaluate((element: SVGLineElement) => {
          const at = element.ownerSVGElement!.createSVGPoint();
          at.x = 0.75 * element.x1.baseVal.value + 0.25 * element.x2.baseVal.value;
          at.y = 0.75 * element.y1.baseVal.value + 0.25 * element.y2.baseVal.value;
          const { x, y } = at.matrixTransform(element.getScreenCTM()!);
          const top = document.elementFromPoint(x, y);
          return top && element.ownerSVGElement!.contains(top) ? { x, y } : null;
        });
      await expect.poll(pointOnLine).not.toBeNull();
      const point = (await pointOnLine())!;
      await page.mouse.click(point.x, point.y);

      await expect(panel.getByRole('heading', { level: 3 })).toHaveText(
        'Node 7: hidden layer 2, sigmoid',
      );
      const menu = panel.getByLabel('Connection into node 7');
      await expect(menu).toHaveValue('4');
      await expect(figure.locator('line[data-weight="w4_7"]')).toHaveClass(/is-chosen/);
      await expect(figure.locator('line.is-chosen')).toHaveCount(1);
      // Its term of N7in, in symbols and in numbers, and its backward equation, marked.
      await expect(panel.locator('mark.lab-chosen')).toHaveText([
        'λ4,7·N4',
        `${shown(numbers.get('w4_7')!, 3)} · ${shown(numbers.get('N4')!, 3)}`,
      ]);
      await expect(panel.locator('.lab-eq.is-chosen')).toHaveCount(1);
      await expect(panel.locator('.lab-eq.is-chosen')).toContainText('∂L/∂λ4,7 = N4 · ∂L/∂N7in');
      expect(await mismatches(panel, numbers)).toEqual([]);
      await page.waitForURL(
        (url) =>
          url.searchParams.get('lab.node') === '7' && url.searchParams.get('lab.from') === '4',
      );

      // By keyboard: the menu of connections into the node.
      await menu.focus();
      await menu.selectOption({ label: 'λ6,7, from node 6' });
      await expect(figure.locator('line[data-weight="w6_7"]')).toHaveClass(/is-chosen/);
      await expect(panel.locator('mark.lab-chosen').first()).toHaveText('λ6,7·N6');
      await page.waitForURL((url) => url.searchParams.get('lab.from') === '6');
      // The gradient check marks the same weight's row.
      await panel.getByText('Check these derivatives by central differences').click();
      await expect(panel.locator('tr.is-chosen')).toHaveCount(1);
      await expect(panel.locator('tr.is-chosen')).toContainText('λ6,7');

      // Another node starts with none marked.
      await figure.getByRole('radio', { name: /^node 10, output/ }).click();
      await expect(panel.getByLabel('Connection into node 10')).toHaveValue('0');
      await expect(figure.locator('line.is-chosen')).toHaveCount(0);
      await expect(panel.locator('mark.lab-chosen')).toHaveCount(0);

      // A link to λ5,8 opens the lab with it marked, before any scrolling.
      await openPage(page, `${LAB}?lab.node=8&lab.from=5`);
      await expect(figure.locator('line[data-weight="w5_8"]')).toHaveClass(/is-chosen/);
      await expect(figure.locator('section.lab-panel mark.lab-chosen').first()).toHaveText(
        'λ5,8·N5',
      );
    });
  });

  test('the decision surface follows the epoch on view and is the engine’s output at a pixel', async ({
    page,
  }) => {
    await openPage(page, LAB + '?lab.data=moons&lab.output=sigmoid&lab.act1=tanh');
    const figure = figureOf(page);
    await expect(figure.getByRole('heading', { name: 'The decision surface' })).toBeVisible();
    const atEnd = await surfacePixels(figure);
    expect(atEnd.length).toBe(60 * 60 * 4);
    const epochBox = figure.getByRole('spinbutton', { name: 'epoch', exact: true });
    await epochBox.fill('3');
    await epochBox.press('Enter');
    await expect.poll(async () => (await surfacePixels(figure)).join()).not.toBe(atEnd.join());

    // The pixel's cell centre, in a square 5 % wider than the data around its centre.
    const { store, run } = expectedNumbers({
      data: 'moons',
      output: 'sigmoid',
      act1: 'tanh',
      epochOnView: 3,
    });
    const all = (column: 'x1' | 'x2') => [...run.split.train[column], ...run.split.test[column]];
    const [x1s, x2s] = [all('x1'), all('x2')];
    const half =
      1.05 *
      Math.max(
        (Math.max(...x1s) - Math.min(...x1s)) / 2,
        (Math.max(...x2s) - Math.min(...x2s)) / 2,
      );
    const centre = [
      (Math.max(...x1s) + Math.min(...x1s)) / 2,
      (Math.max(...x2s) + Math.min(...x2s)) / 2,
    ];
    const network = store.view.value.run.network;
    for (let p = 0; p < network.parameters.length; p++) {
      network.parameters[p] = run.trace.parameters[p]![3]!;
    }
    const grid = {
      x1Min: centre[0]! - half,
      x1Max: centre[0]! + half,
      x2Min: centre[1]! - half,
      x2Max: centre[1]! + half,
      columns: 60,
      rows: 60,
    };
    const values = evaluateGrid(network, grid);
    const colours = await figure.evaluate((root) => {
      const rgb = (element: Element, property: 'backgroundColor') =>
        (/(\d+)\D+(\d+)\D+(\d+)/.exec(getComputedStyle(element)[property]) ?? [])
          .slice(1)
          .map(Number);
      return {
        ground: rgb(root.querySelector('.lab-surface-box')!, 'backgroundColor'),
        low: rgb(root.querySelector('.lab-swatch.is-low')!, 'backgroundColor'),
        high: rgb(root.querySelector('.lab-swatch.is-high')!, 'backgroundColor'),
      };
    });
    const pixels = await surfacePixels(figure);
    for (const [row, column] of [
      [12, 47],
      [40, 9],
    ] as const) {
      // A probability's place between 0 (orange) and 1 (blue): t = 2p − 1.
      const t = Math.max(-1, Math.min(1, 2 * values[row * 60 + column]! - 1));
      const end = t < 0 ? colours.low : colours.high;
      const expected = colours.ground.map((g, i) =>
        Math.round(g + (end[i]! - g) * Math.abs(t) * SURFACE_STRENGTH),
      );
      const at = 4 * (row * 60 + column);
      const actual = pixels.slice(at, at + 3);
      actual.forEach((channel, i) =>
        expect(
          Math.abs(channel - expected[i]!),
          `row ${row}, column ${column}: ${actual.join(', ')} against ${expected.join(', ')}`,
        ).toBeLessThanOrEqual(1),
      );
    }
  });

  test.describe('FitPlot (lab/)', () => {
    test('a set of one input takes a first width of 1 and shows the fit ŷ(x₁) as a line that follows the epoch on view, its table worked out here', async ({
      page,
    }) => {
      await openPage(page, LAB);
      const figure = figureOf(page);
      await figure.getByRole('combobox', { name: 'data set' }).selectOption('sine');
      // The first width follows the data's one input; the hidden widths and the output stay.
      await expect(widthsBox(page)).toHaveValue('1, 4, 3, 1');
      await expect(figure.getByRole('radio')).toHaveCount(9);
      const fit = figure.locator('section.lab-fit');
      await expect(fit.getByRole('heading', { name: 'The fit over x₁' })).toBeVisible();
      await expect(figure.locator('canvas')).toHaveCount(0);
      // The sample's numbers name x₁ and y, and no x₂.
      await expect(figure.locator('.lab-panel-sample')).not.toContainText('x₂');
      await expect(figure.locator('[data-quantity="x2"]')).toHaveCount(0);
      await fit.getByText('The fit as a table', { exact: true }).click();

      const store = labAt({ data: 'sine' });
      const run = store.run.value;
      const net: ReferenceNetwork = {
        widths: [1, 4, 3, 1],
        hidden: ['sigmoid', 'sigmoid'],
        output: 'identity',
      };
      /** ŷ at x₁ = −1 + 0.2·k (k = 0 … 10) at θ_ℓ, by the reference's forward pass. */
      const fitAt = (epoch: number) => {
        const theta = Array.from(run.trace.parameters, (column) => column[epoch]!);
        return Array.from({ length: 11 }, (_, k) => {
          const x = -1 + 0.2 * k;
          return referencePass(net, theta, [x], [0]).a[3]![0]!;
        });
      };
      /** The table's cells: ŷ at every tenth point of the fit, as the page carries and shows it. */
      const cells = () =>
        fit.locator('table [data-quantity^="fit."]').evaluateAll((elements) =>
          elements.map((element) => ({
            key: element.getAttribute('data-quantity'),
            value: Number(element.getAttribute('data-value')),
            text: (element.textContent ?? '').trim(),
          })),
        );
      const expectTable = async (epoch: number) => {
        const expected = fitAt(epoch).map((value, k) => ({ key: `fit.${10 * k}`, value }));
        await expect
          .poll(async () =>
            (await cells()).map(({ key, value, text }, k) => {
              const want = expected[k]!;
              const close =
                Math.abs(value - want.value) <= 1e-12 * Math.max(1, Math.abs(want.value));
              return key === want.key && close && text === shown(want.value, 4)
                ? 'ok'
                : `${key} ${value} ${text} vs ${want.value}`;
            }),
          )
          .toEqual(Array(11).fill('ok'));
      };
      await expectTable(499);

      const line = fit.locator('.line-plot-area path.is-solid');
      const atEnd = await line.getAttribute('d');
      expect(atEnd).toMatch(/^M[\d.]+ [\d.]+/);
      const epochBox = figure.getByRole('spinbutton', { name: 'epoch', exact: true });
      await epochBox.fill('3');
      await epochBox.press('Enter');
      await expect.poll(() => line.getAttribute('d')).not.toBe(atEnd);
      await expectTable(3);

      // The plot, its legend and its table pass axe in both themes (colours: the theme's own).
      expect(await axeViolations(page, { include: '#lab .lab-fit' })).toEqual([]);
      await pickTheme(page, 'dark');
      expect(await axeViolations(page, { include: '#lab .lab-fit', coloursOnly: true })).toEqual(
        [],
      );
      await pickTheme(page, 'light');

      // On a 360 px phone the plot and its open table fit: no cell cut, no text under 11 px.
      await page.setViewportSize({ width: 360, height: 800 });
      await fit.scrollIntoViewIfNeeded();
      expect(await widgetFitProblems(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 720 });

      // A first width of 2 is refused on this data, naming its one input.
      await typeWidths(page, '2, 4, 1', 'Enter');
      await expect(figure.getByRole('alert').filter({ hasText: /\S/ })).toHaveText(
        'This data has 1 input: the first width must be 1. The lab keeps 1, 4, 3, 1.',
      );
      await expectNoBrokenNumbers(page);
    });
  });

  test.describe('LabTable and SampleTable (lab/, samples/)', () => {
    test('your own samples: a table edited key by key and pasted as CSV trains the network on exactly its rows; a refusal keeps the table; a link keeps it', async ({
      page,
    }) => {
      await openPage(page, LAB);
      const figure = figureOf(page);
      // The saddle y = x₁·x₂ on the 3 × 3 grid, row by row: x₁ first, then x₂.
      let table = [-1, 0, 1].flatMap((x1) => [-1, 0, 1].flatMap((x2) => [x1, x2, x1 * x2 + 0]));

      /** Every number in the lab, tables open, against the reference at the lab's settings. */
      const expectLab = async (values: Record<string, unknown>) => {
        const { numbers } = expectedNumbers(
          { data: 'custom', custom: table, ...values },
          TABLE_EPOCHS(499),
        );
        await expect.poll(() => mismatches(figure, numbers)).toEqual([]);
      };

      await test.step('choosing the table shows its nine rows and trains on them', async () => {
        await figure.getByRole('combobox', { name: 'data set' }).selectOption('custom');
        await expect(figure.getByRole('button', { name: /^Remove sample/ })).toHaveCount(9);
        await expect(cell(figure, 4, 'y')).toHaveValue('0');
        await expect(cell(figure, 9, 'y')).toHaveValue('1');
        // No n to draw and no noise to add.
        await expect(figure.getByRole('spinbutton', { name: 'samples n' })).toHaveCount(0);
        await expect(figure.getByRole('spinbutton', { name: 'noise σ' })).toHaveCount(0);
        // A test share of 0.2 holds out ⌊0.2 · 9 + ½⌋ = 2 of the 9.
        await expect(figure.locator('.lab-facts')).toContainText(
          'trained on 7 samples, tested on 2',
        );
        await openTables(figure);
        await expectLab({});
      });

      await test.step('a value typed key by key with a decimal comma is applied at Tab', async () => {
        const box = cell(figure, 5, 'y');
        await typeInto(box, '0,');
        await expect(box).toHaveValue('0,');
        await box.pressSequentially('75', { delay: 60 });
        await box.press('Tab');
        await expect(box).toHaveValue('0.75');
        table[3 * 4 + 2] = 0.75;
        await expectLab({});
        await page.waitForURL((url) => (url.searchParams.get('lab.custom') ?? '').includes('0.75'));
      });

      await test.step('a value out of range is refused with its cell named, and the table stays', async () => {
        const box = cell(figure, 2, 'x1');
        await typeInto(box, '12');
        await box.press('Enter');
        await expect(messages(figure)).toHaveText([
          'Sample 2, x1 must be between −10 and 10. Kept -1.',
        ]);
        await box.press('Escape');
        await expect(box).toHaveValue('-1');
        await expectLab({});
      });

      await test.step('pasted CSV with a header, semicolons and decimal commas replaces it; bad text is refused', async () => {
        await figure.getByText('The samples as text').click();
        const text = figure.getByRole('textbox', { name: /One sample per line, x1, x2, y/ });
        const use = figure.getByRole('button', { name: 'Use this text' });
        await text.fill('x1, x2, y\n1, 2, 3\n1, 2\n3, 4, 5\n0, 0, 0');
        await use.click();
        await expect(text).toHaveAttribute('aria-invalid', 'true');
        await expect(messages(figure).filter({ hasText: 'line 3' })).toHaveText([
          'Sample 2 (line 3) has 2 values; each sample needs 3 (x1, x2, y) separated by commas. Kept the 9 samples before.',
        ]);
        await expect(figure.getByRole('button', { name: /^Remove sample/ })).toHaveCount(9);
        // XOR's corners twice, nearer and farther: y is 0 or 1 in every row, so two classes.
        table = [
          ...[-1, -1, 0, -1, 1, 1, 1, -1, 1, 1, 1, 0],
          ...[-0.5, -0.5, 0, -0.5, 0.5, 1, 0.5, -0.5, 1, 0.5, 0.5, 0],
        ];
        const rows = [];
        for (let i = 0; i < table.length; i += 3) {
          rows.push(
            table
              .slice(i, i + 3)
              .map((v) => String(v).replace('.', ','))
              .join('; '),
          );
        }
        await text.fill(`x1; x2; y\n${rows.join('\n')}`);
        await use.click();
        await expect(figure.getByRole('button', { name: /^Remove sample/ })).toHaveCount(8);
        await expect(cell(figure, 5, 'x1')).toHaveValue('-0.5');
        await expect(figure.locator('.lab-facts')).toContainText(
          'trained on 6 samples, tested on 2',
        );
        await expectLab({});
      });

      await test.step('a table of classes takes softmax, and the last width follows', async () => {
        await figure.getByRole('combobox', { name: 'output activation' }).selectOption('softmax');
        await expect(widthsBox(page)).toHaveValue('2, 4, 3, 2');
        await expectLab({ output: 'softmax' });
      });

      await test.step('the table and its message pass axe, and fit a 360 px phone', async () => {
        expect(await axeViolations(page, { include: '#lab .samples' })).toEqual([]);
        await page.setViewportSize({ width: 360, height: 800 });
        await figure.locator('.samples').scrollIntoViewIfNeeded();
        expect(await widgetFitProblems(page)).toEqual([]);
        await page.setViewportSize({ width: 1280, height: 720 });
      });

      await test.step('the link opens the lab on the same table, numbers and all', async () => {
        await page.waitForURL((url) => url.searchParams.get('lab.output') === 'softmax');
        const link = page.url();
        expect(new URL(link).searchParams.get('lab.data')).toBe('custom');
        const other = await page.context().newPage();
        await openPage(other, link.replace(/^.*?\/\/[^/]+/, ''));
        const reopened = figureOf(other);
        await expect(reopened.getByRole('button', { name: /^Remove sample/ })).toHaveCount(8);
        await expect(cell(reopened, 8, 'x2')).toHaveValue('0.5');
        await openTables(reopened);
        const { numbers } = expectedNumbers(
          { data: 'custom', custom: table, output: 'softmax' },
          TABLE_EPOCHS(499),
        );
        await expect.poll(() => mismatches(reopened, numbers)).toEqual([]);
        await expectNoBrokenNumbers(other);
        await other.close();
      });
    });
  });

  test('a link opens the lab in its state from the first paint, before any scrolling', async ({
    page,
  }) => {
    const query =
      '?lab.widths=2-8-5-1&lab.act1=tanh&lab.data=moons&lab.output=sigmoid&lab.epochOnView=10&lab.node=12';
    await page.goto(LAB + query);
    await expect(page.locator('html')).not.toHaveClass(/nn-settling/, { timeout: 30_000 });
    const figure = figureOf(page);
    const { numbers } = expectedNumbers(
      { widths: [2, 8, 5, 1], act1: 'tanh', data: 'moons', output: 'sigmoid', epochOnView: 10 },
      TABLE_EPOCHS(499),
    );
    // Read at once, as the page is first shown: no scrolling, no waiting for a number.
    expect(await mismatches(figure, numbers)).toEqual([]);
    expect((await readNumbers(figure)).length).toBeGreaterThan(150);
    await expect(figure.getByRole('radio')).toHaveCount(16);
    await expect(widthsBox(page)).toHaveValue('2, 8, 5, 1');
    await expect(figure.getByRole('combobox', { name: 'data set' })).toHaveValue('moons');
    await expect(figure.getByRole('spinbutton', { name: 'epoch', exact: true })).toHaveValue('10');
    // Nodes 3 … 10 are the tanh layer, 11 … 15 the second hidden layer, 16 the output.
    await expect(figure.locator('section.lab-panel').getByRole('heading', { level: 3 })).toHaveText(
      'Node 12: hidden layer 2, sigmoid',
    );
    await expect(figure.getByRole('radio', { name: /^node 12,/ })).toHaveAttribute(
      'aria-checked',
      'true',
    );
  });

  test('without JavaScript shows the starting network, its numbers and the samples', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LAB);
    const figure = figureOf(page);
    await expect(widthsBox(page)).toHaveValue('2, 4, 3, 1');
    await expect(figure.getByRole('radio')).toHaveCount(10);
    const { numbers } = expectedNumbers({}, TABLE_EPOCHS(499));
    expect(await mismatches(figure, numbers)).toEqual([]);
    // The starting heat map, drawn by the server under 160 training and 40 test samples.
    await expect(figure.locator('svg.lab-surface-start rect')).toHaveCount(3);
    const marks = await figure
      .locator('svg.lab-surface-svg path.lab-mark')
      .evaluateAll((paths) =>
        paths.map((path) => (path.getAttribute('d') ?? '').split('M').length - 1),
      );
    expect(marks).toEqual([160, 40]);
    await context.close();
  });

  test('before the lab wakes, the server draws its surface in the colours the canvas then takes, in both themes and in print', async ({
    page,
    context,
  }) => {
    // The lab's code reaches the page only when the test lets it.
    const release = await holdScripts(page, /\/LabWidget\.[\w-]+\.js$/);
    await page.goto(LAB);
    const box = figureOf(page).locator('.lab-surface-box');
    await box.scrollIntoViewIfNeeded();
    const start = box.locator('svg.lab-surface-start');
    await expect(start.locator('rect')).toHaveCount(3);
    await page.emulateMedia({ media: 'print' });
    await expect(start).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    // The cells alone: the samples' marks, the same in both pictures, are hidden while it is taken.
    const marks = box.locator('svg.lab-surface-svg');
    const cellsPicture = async () => {
      await marks.evaluate((svg: SVGElement) => (svg.style.visibility = 'hidden'));
      const picture = await box.screenshot();
      await marks.evaluate((svg: SVGElement) => (svg.style.visibility = ''));
      return picture;
    };
    const before: Record<string, Buffer> = {};
    for (const theme of ['light', 'dark'] as const) {
      await pickTheme(page, theme);
      before[theme] = await cellsPicture();
    }
    // Every frame from here on: the box shows the server's cells or a drawn canvas, never neither.
    await page.evaluate(() => {
      const frames: boolean[] = [];
      (window as unknown as { surfaceFrames: boolean[] }).surfaceFrames = frames;
      // The canvas's middle pixel, copied to a canvas of one pixel that is read at every frame.
      const probe = document
        .createElement('canvas')
        .getContext('2d', { willReadFrequently: true })!;
      const look = () => {
        const served = document.querySelector('.lab-surface-start rect') !== null;
        const canvas = document.querySelector<HTMLCanvasElement>('canvas.lab-surface-canvas');
        probe.clearRect(0, 0, 1, 1);
        if (canvas) probe.drawImage(canvas, 30, 30, 1, 1, 0, 0, 1, 1);
        frames.push(served || probe.getImageData(0, 0, 1, 1).data[3]! > 0);
        if (frames.length < 600) requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    release();
    await expect(start).toHaveCount(0, { timeout: 20_000 });
    const frames = await page.evaluate(
      () => (window as unknown as { surfaceFrames: boolean[] }).surfaceFrames,
    );
    expect(frames.length).toBeGreaterThan(0);
    expect(
      frames.filter((shown) => !shown),
      'frames with an empty surface',
    ).toEqual([]);
    // Each cell's centre in the two pictures, read on a blank page (no policy against data).
    const blank = await context.newPage();
    for (const theme of ['light', 'dark'] as const) {
      await pickTheme(page, theme);
      const after = await cellsPicture();
      const cells = await blank.evaluate(
        async ([pictures, count]) => {
          const centres = async (base64: string) => {
            const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
            const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
            const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
            const context = canvas.getContext('2d')!;
            context.drawImage(bitmap, 0, 0);
            const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
            const values: number[] = [];
            for (let r = 0; r < count; r++) {
              for (let c = 0; c < count; c++) {
                const x = Math.floor(((c + 0.5) * width) / count);
                const y = Math.floor(((r + 0.5) * height) / count);
                values.push(...data.subarray(4 * (y * width + x), 4 * (y * width + x) + 3));
              }
            }
            return values;
          };
          const [a, b] = await Promise.all(pictures.map(centres));
          return {
            count: a!.length / 3,
            largest: Math.max(...a!.map((v, i) => Math.abs(v - b![i]!))),
          };
        },
        [[before[theme]!.toString('base64'), after.toString('base64')], 60] as const,
      );
      expect(cells.count).toBe(3600);
      expect(
        cells.largest,
        `${theme}: the largest difference of a channel at a cell's centre`,
      ).toBeLessThanOrEqual(3);
    }
  });

  test.describe('LabDownloads (lab/)', () => {
    test('a linked run downloads as CSV, NumPy script and notebook, and its plots save as PNGs', async ({
      page,
    }) => {
      await page.goto(`${LAB}?lab.widths=2-3-1&lab.data=moons&lab.output=sigmoid`);
      await expect(page.locator('html')).not.toHaveClass(/nn-settling/, { timeout: 30_000 });
      const figure = figureOf(page);
      const group = figure.getByRole('group', { name: 'Downloads' });
      const button = (name: string) => group.getByRole('button', { name });

      await test.step('the CSV has a row per epoch; its rows hold the numbers on the page', async () => {
        const csv = await downloadFrom(page, button('Download the run as CSV'));
        expect(csv.name).toBe('lab-run.csv');
        const [header, ...rows] = csv.text.trim().split('\n');
        const keys = header!.split(',');
        expect(rows).toHaveLength(500);
        const parameters = ['w1_3', 'w2_3', 'w1_4', 'w2_4', 'w1_5', 'w2_5', 'b3', 'b4', 'b5'];
        expect(keys).toEqual([
          ...['epoch', 'trainLoss', 'testLoss', 'epochLearningRate'],
          ...parameters,
          ...['w3_6', 'w4_6', 'w5_6', 'b6'],
        ]);
        const onPage = new Map((await readNumbers(figure)).map(({ key, value }) => [key, value]));
        const cell = (row: number, key: string) => Number(rows[row]!.split(',')[keys.indexOf(key)]);
        // The epoch on view is the last: every column's last row is a number the page shows.
        for (const key of keys) expect(cell(499, key), key).toBe(onPage.get(key));
        expect(cell(0, 'trainLoss')).toBe(onPage.get('trainLoss.0'));
        expect(cell(0, 'testLoss')).toBe(onPage.get('testLoss.0'));
      });

      await test.step('the script and the notebook hold the linked settings', async () => {
        const script = await downloadFrom(page, button('Download a NumPy script of the run'));
        expect(script.name).toBe('lab-run.py');
        for (const line of [
          'samples, noise, data_seed = 200, 0.1, 1',
          'widths = [2, 3, 1]',
          "hidden = ['sigmoid']  # the activation of each hidden layer",
          "output = 'sigmoid'",
          "epochs, mode, batch_size = 500, 'batch', 16",
          'eta_0 = 0.1',
        ]) {
          expect(script.text).toContain(line);
        }
        expect(script.text).toContain('Two moons, t = pi u');
        const notebook = await downloadFrom(
          page,
          button('Download the run as a Jupyter notebook (.ipynb)'),
        );
        expect(notebook.name).toBe('lab-run.ipynb');
        const parsed = JSON.parse(notebook.text) as {
          nbformat: number;
          cells: { cell_type: string; source: string[] }[];
        };
        expect(parsed.nbformat).toBe(4);
        const code = parsed.cells.filter((each) => each.cell_type === 'code');
        // Its code cells, two blank lines apart, are the script just downloaded.
        expect(`${code.map((each) => each.source.join('')).join('\n\n\n')}\n`).toBe(script.text);
      });

      await test.step('the losses plot and the decision surface save as PNGs', async () => {
        const names = ['Save the losses plot as PNG', 'Save the decision surface as PNG'];
        for (const [name, file] of [
          [names[0]!, 'lab-losses.png'],
          [names[1]!, 'lab-surface.png'],
        ] as const) {
          const png = await downloadFrom(page, button(name));
          expect(png.name).toBe(file);
          expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
          const { width, height } = pngSize(png.bytes);
          expect(width, name).toBeGreaterThanOrEqual(400);
          expect(height, name).toBeGreaterThanOrEqual(400);
          expect(png.bytes.length, name).toBeGreaterThan(10_000);
        }
      });
    });
  });

  test('the batch size shows in mini-batch mode alone, and a size typed there trains batches of it', async ({
    page,
  }) => {
    await openPage(page, LAB);
    const figure = figureOf(page);
    const batching = figure.getByRole('combobox', { name: 'batching' });
    const size = figure.getByRole('spinbutton', { name: 'batch size' });
    await expect(batching).toHaveValue('batch');
    await expect(size).toHaveCount(0);
    await batching.selectOption('miniBatch');
    await expect(size).toHaveValue('16');
    await typeInto(size, '8');
    await size.press('Tab');
    const { numbers, run } = expectedNumbers(
      { mode: 'miniBatch', batchSize: 8 },
      TABLE_EPOCHS(499),
    );
    // 160 training samples in batches of 8: 20 updates an epoch, 500 epochs.
    expect(run.trace.updatesPerEpoch).toBe(20);
    expect(run.length).toBe(500);
    await expect.poll(() => mismatches(figure, numbers)).toEqual([]);
    for (const mode of ['stochastic', 'batch']) {
      await batching.selectOption(mode);
      await expect(size).toHaveCount(0);
    }
  });

  test('a run that diverges shows its last finite epoch and says where it stopped; no broken number', async ({
    page,
  }) => {
    await openPage(page, LAB);
    const figure = figureOf(page);
    const rate = figure.getByRole('spinbutton', { name: 'learning rate η' });
    await rate.fill('5');
    await rate.press('Enter');
    const { run } = expectedNumbers({ learningRate: 5 });
    expect(run.divergedAt).not.toBeNull();
    await expect(figure.getByRole('status').filter({ hasText: 'Training stops' })).toHaveText(
      `Training stops at epoch ${run.divergedAt}: from there on its numbers are no longer finite.`,
    );
    await expect(figure.locator('[data-quantity="epoch"]').first()).toHaveText(
      String(run.length - 1),
    );
    await expectNoBrokenNumbers(page);
  });
});

test.describe('LabQuestions (exercises/)', () => {
  test('a linked network’s question takes its right answer, key by key or with a comma, refuses others, shows the working and follows the epoch', async ({
    page,
  }) => {
    const net: ReferenceNetwork = { widths: [2, 3, 1], hidden: ['tanh'], output: 'identity' };
    await page.goto(`${LAB}?lab.widths=2-3-1&lab.act1=tanh#check-yourself`);
    const check = checkOf(page);
    // The link holds a state of the lab, so its exercises wake at once.
    await expect(check).toHaveClass(/is-live/, { timeout: 30_000 });
    const box = check.getByRole('textbox', { name: /^Your answer for / });
    const status = check.getByRole('status');
    const { key, tolerance } = await askedOf(page);
    const answer = (await workedHere(page, net)).get(key)!;
    expect(answer, `the question asks for ${key}`).toBeDefined();

    await test.step('the right answer, typed key by key, is accepted', async () => {
      await box.pressSequentially(answer.toFixed(3));
      await box.press('Enter');
      await expect(status).toHaveText(/^Right/);
    });
    await test.step('a wrong answer, an empty one and unreadable ones are refused with a message', async () => {
      await box.fill((answer + 3 * tolerance).toFixed(3));
      await check.getByRole('button', { name: 'Check' }).click();
      await expect(status).toHaveText(/^Not yet: that is more than/);
      expect(await status.textContent()).not.toContain(answer.toFixed(3));
      await box.fill('');
      await box.press('Enter');
      await expect(status).toHaveText('Type an answer first.');
      await box.fill('0.2.');
      await box.press('Enter');
      await expect(status).toHaveText(/^Can’t read this as a number/);
      await box.fill('1e999');
      await box.press('Enter');
      await expect(status).toHaveText(/too large/);
      await expect(box).toHaveAttribute('aria-invalid', 'true');
    });
    await test.step('a decimal comma is read as a point', async () => {
      await box.fill(answer.toFixed(4).replace('.', ','));
      await box.press('Enter');
      await expect(status).toHaveText(/^Right/);
    });
    await test.step('the worked solution ends at the answer, and each worked number is the lab’s', async () => {
      await check.getByRole('button', { name: 'Show the worked solution' }).click();
      const results = check.locator('.exercise-step-result .live-number');
      await expect(results.last()).toBeVisible();
      const values = await workedHere(page, net);
      const steps = await results.evaluateAll((elements) =>
        elements.map(
          (e) =>
            [e.getAttribute('data-quantity') ?? '', Number(e.getAttribute('data-value'))] as const,
        ),
      );
      expect(steps.at(-1)![0]).toBe(`check.${key}`);
      for (const [quantity, value] of steps) {
        const here = values.get(quantity.replace(/^check\./, ''));
        if (here !== undefined) expect(value, quantity).toBeCloseTo(here, 9);
      }
      expect(steps.at(-1)![1]).toBeCloseTo(answer, 9);
      expect(await axeViolations(page, { include: '#check' })).toEqual([]);
    });
    await test.step('a new epoch keeps the question, sets the verdict aside and takes the new answer', async () => {
      const epochBox = figureOf(page).getByRole('spinbutton', { name: 'epoch', exact: true });
      await epochBox.fill('10');
      await epochBox.press('Enter');
      await expect(status).toHaveText(/^The lab has moved on/);
      expect((await askedOf(page)).key).toBe(key);
      const moved = (await workedHere(page, net)).get(key)!;
      expect(moved).not.toBeCloseTo(answer, 3);
      await box.fill(moved.toFixed(3));
      await box.press('Enter');
      await expect(status).toHaveText(/^Right/);
    });
    await test.step('New question asks for another quantity, with an empty box', async () => {
      await check.getByRole('button', { name: 'New question' }).click();
      await expect(check.locator('.exercise-question')).not.toHaveAttribute('data-asks', key);
      await expect(box).toHaveValue('');
      await expect(status).toHaveText('');
    });
  });
});
