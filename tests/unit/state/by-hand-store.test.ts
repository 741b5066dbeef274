import { beforeEach, describe, expect, it } from 'vitest';
import { effect } from '@preact/signals';
import {
  applySettings,
  resetSettings,
  setSetting,
  settings,
  view,
} from '../../../src/state/by-hand-store.ts';
import { readQuantity } from '../../../src/state/quantities.ts';

/** The forward pass of the chapter's network, written out independently of the engine. */
function forwardByHand(p: Record<string, number>, x: number[]) {
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  const H4 = sigmoid(p.w14! * x[0]! + p.w24! * x[1]! + p.w34! * x[2]! + p.b4!);
  const H5 = sigmoid(p.w15! * x[0]! + p.w25! * x[1]! + p.w35! * x[2]! + p.b5!);
  return { H4, H5, O6: p.w46! * H4 + p.w56! * H5 + p.b6! };
}

describe('the page store', () => {
  beforeEach(() => resetSettings());

  it('starts at the chapter example: x = (0.5, 0.2, 0.7), y = 0.3, η = 0.2', () => {
    const current = view.value;
    expect(current.x).toEqual([0.5, 0.2, 0.7]);
    expect(readQuantity('y', current)).toBe(0.3);
    expect(readQuantity('learningRate', current)).toBe(0.2);
    expect(current.epoch.epoch).toBe(0);
  });

  it('derives the forward pass from what the reader set', () => {
    expect(setSetting('w14', 0.9)).toEqual({ ok: true });
    expect(setSetting('x1', -0.4)).toEqual({ ok: true });
    const current = view.value;
    const expected = forwardByHand(
      settings.value.init as unknown as Record<string, number>,
      [-0.4, 0.2, 0.7],
    );
    expect(readQuantity('H4', current)).toBeCloseTo(expected.H4, 14);
    expect(readQuantity('O6', current)).toBeCloseTo(expected.O6, 14);
    expect(readQuantity('loss', current)).toBeCloseTo(0.5 * (expected.O6 - 0.3) ** 2, 14);
  });

  it('notifies a subscriber synchronously, within the same task', () => {
    const seen: number[] = [];
    const stop = effect(() => void seen.push(readQuantity('w14', view.value) ?? Number.NaN));
    setSetting('w14', 0.42);
    stop();
    expect(seen.at(-1)).toBe(0.42);
  });

  it.each([
    ['w14', Number.NaN, 'needs a number'],
    ['w14', 11, 'between'],
    ['x2', -1e9, 'between'],
    ['learningRate', -0.1, 'between'],
  ] as const)('refuses %s = %d and keeps the last good state', (key, value, message) => {
    const before = settings.value;
    const result = setSetting(key, value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
    expect(settings.value).toBe(before);
  });

  it('applies a set of linked values in one go and skips refused ones', () => {
    applySettings({ w14: 0.5, b4: 0.1 });
    expect(settings.value.init.w14).toBe(0.5);
    expect(settings.value.init.b4).toBe(0.1);
  });
});
