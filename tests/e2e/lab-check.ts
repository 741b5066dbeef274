/**
 * The lab's "Check yourself" as its test reads it: the question's quantity and the lab's numbers
 * from the page (`data-value`), and the answer worked out here by the plain-loop reference
 * (tests/unit/state/lab-reference.ts) from the weights, biases and sample the lab shows, not by
 * the engine.
 */
import type { Locator, Page } from '@playwright/test';
import {
  nodeNumber,
  parameterIndex,
  referencePass,
  type ReferenceNetwork,
} from '../unit/state/lab-reference.ts';

/** The exercises' widget on the lab's page. */
export const checkOf = (page: Page): Locator => page.locator('#check');

/** Every number the lab's figure shows, by key (the first copy of each). */
async function labNumbers(page: Page): Promise<Map<string, number>> {
  const pairs = await page
    .locator('figure#lab [data-quantity]')
    .evaluateAll((elements) =>
      elements.map(
        (e) =>
          [e.getAttribute('data-quantity') ?? '', Number(e.getAttribute('data-value'))] as const,
      ),
    );
  const numbers = new Map<string, number>();
  for (const [key, value] of pairs) if (!numbers.has(key)) numbers.set(key, value);
  return numbers;
}

/**
 * Every value a question of this network can ask for, by the key the widget gives it: Nⱼ,in and
 * Nⱼ, ∂L/∂λᵢ,ⱼ and ∂L/∂bⱼ, and λᵢ,ⱼ − η_ℓ·∂L/∂λᵢ,ⱼ (`w{i}_{j}next`), from the page's θ and sample.
 */
export async function workedHere(page: Page, net: ReferenceNetwork): Promise<Map<string, number>> {
  const shown = await labNumbers(page);
  const read = (key: string) => {
    const value = shown.get(key);
    if (value === undefined) throw new Error(`the lab shows no ${key}`);
    return value;
  };
  const { widths } = net;
  const at = parameterIndex(widths);
  const theta = new Array<number>(at.count).fill(0);
  const number = (layer: number, index: number) => nodeNumber(widths, layer, index);
  for (let k = 1; k < widths.length; k++) {
    for (let j = 0; j < widths[k]!; j++) {
      theta[at.bias(k, j)] = read(`b${number(k, j)}`);
      for (let i = 0; i < widths[k - 1]!; i++) {
        theta[at.weight(k, i, j)] = read(`w${number(k - 1, i)}_${number(k, j)}`);
      }
    }
  }
  const y = read('y');
  const pass = referencePass(
    net,
    theta,
    [read('x1'), read('x2')],
    net.output === 'softmax' ? [1 - y, y] : [y],
  );
  const rate = read('epochLearningRate');
  const values = new Map<string, number>();
  for (let k = 0; k < widths.length; k++) {
    for (let j = 0; j < widths[k]!; j++) {
      const n = number(k, j);
      values.set(`N${n}in`, pass.z[k]![j]!).set(`N${n}`, pass.a[k]![j]!);
      if (k === 0) continue;
      values.set(`dL/dN${n}in`, pass.dz[k]![j]!).set(`dL/db${n}`, pass.dTheta[at.bias(k, j)]!);
      for (let i = 0; i < widths[k - 1]!; i++) {
        const key = `w${number(k - 1, i)}_${n}`;
        const slope = pass.dTheta[at.weight(k, i, j)]!;
        values
          .set(`dL/d${key}`, slope)
          .set(`${key}next`, theta[at.weight(k, i, j)]! - rate * slope);
      }
    }
  }
  return values;
}

/** The key of the quantity the question asks for, and how far an answer may be. */
export async function askedOf(page: Page): Promise<{ key: string; tolerance: number }> {
  const check = checkOf(page);
  const key = (await check.locator('.exercise-question').getAttribute('data-asks')) ?? '';
  const rule = (await check.locator('.exercise-tolerance').textContent()) ?? '';
  return { key, tolerance: Number(/±([\d.]+)/.exec(rule)?.[1]) };
}
