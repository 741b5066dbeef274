/**
 * What the book says about the chapter's run at η = 2 (the dashboard's "What to try" and the
 * learning-rate section of updating the parameters) against that run, trained here by the engine
 * with the dashboard's starting settings and η = 2 (and for the 500 epochs of the other page): ŷ never settles but jumps across the target
 * every epoch to the last, and the loss ends far above where it began. The numbers the prose
 * prints (−4.77, 5.37, 0.020, 12.8) are those measured on the run when the sentence was written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BY_HAND_DEFAULTS, trainByHand } from '../../../src/engine/index.ts';
import { facts, SWINGING_LEARNING_RATE } from '../../../src/content/facts.ts';
import { trainingRunKind } from '../../../src/components/dashboard/training-run.kind.ts';
import { createStore } from '../../../src/state/store.ts';

const DOCS = new URL('../../../src/content/docs/', import.meta.url);
const chapter = (slug: string) => readFileSync(new URL(`${slug}.mdx`, DOCS), 'utf8');

/** The chapter's run at η = 2, every other setting as the dashboard starts. */
const run = trainByHand({ learningRate: 2 }).epochs;
const predictions = run.map((epoch) => epoch.nodes.O6);

describe('the chapter’s run at η = 2', () => {
  it('runs every epoch of the dashboard’s run with finite numbers', () => {
    expect(SWINGING_LEARNING_RATE).toBe(2);
    expect(run).toHaveLength(BY_HAND_DEFAULTS.epochs);
    expect(predictions.every(Number.isFinite)).toBe(true);
  });

  it('never settles: over the last 100 epochs ŷ lands on alternate sides of the target', () => {
    const y = BY_HAND_DEFAULTS.y;
    const tail = predictions.slice(-100);
    for (let i = 1; i < tail.length; i++) {
      expect(Math.sign(tail[i]! - y)).toBe(-Math.sign(tail[i - 1]! - y));
    }
    // … and it jumps by more than 10 each time, the last epoch included.
    const last = predictions.length - 1;
    expect(Math.abs(predictions[last]! - predictions[last - 1]!)).toBeGreaterThan(10);
  });

  it('ends with a loss far above its first', () => {
    expect(run.at(-1)!.loss).toBeGreaterThan(100 * run[0]!.loss);
  });

  it('prints the ends of the swing and the loss as the run has them', () => {
    expect(facts.swingLearningRate).toBe('2');
    expect(facts.swingLow).toBe('\u22124.77');
    expect(facts.swingHigh).toBe('5.37');
    expect(facts.swingLossStart).toBe('0.020');
    expect(facts.swingLossEnd).toBe('12.8');
    const tail = predictions.slice(-20);
    expect(Math.min(...tail).toFixed(2)).toBe('-4.77');
    expect(Math.max(...tail).toFixed(2)).toBe('5.37');
  });

  it('swings to the end of the 500-epoch run of updating the parameters too', () => {
    const short = trainByHand({ learningRate: 2, epochs: 500 }).epochs;
    const y = BY_HAND_DEFAULTS.y;
    const tail = short.slice(-100).map((epoch) => epoch.nodes.O6 - y);
    for (let i = 1; i < tail.length; i++)
      expect(Math.sign(tail[i]!)).toBe(-Math.sign(tail[i - 1]!));
    expect(short.at(-1)!.loss).toBeGreaterThan(short[0]!.loss);
  });

  it('is described as never settling, with the run’s own numbers, on both pages', () => {
    const dashboard = chapter('training-dashboard');
    expect(dashboard).toContain('$\\eta = \\fact{swingLearningRate}$');
    expect(dashboard).toMatch(/never\s+settles/);
    expect(dashboard).toMatch(/\{facts\.swingLow\} and\s+\{facts\.swingHigh\}/);
    expect(dashboard).toMatch(/\{facts\.swingLossStart\}[^{]*\{facts\.swingLossEnd\}/);
    expect(dashboard).not.toMatch(/before it\s+settles/);
    const updating = chapter('updating-parameters');
    expect(updating).toMatch(/\\fact\{swingLearningRate\}\$ ŷ keeps jumping\s+from one side/);
    expect(updating).toMatch(/the loss ends higher than it\s+started/);
  });

  it('makes the dashboard’s store report the swing, and the default run settle', () => {
    const store = createStore(trainingRunKind, 'dashboard');
    const view = () => store.view.value;
    expect(trainingRunKind.read(view(), 'O6@swings')).toBe(0);
    expect(trainingRunKind.read(view(), 'O6@swingLow')).toBeNaN();
    expect(store.set('learningRate', 2).ok).toBe(true);
    expect(trainingRunKind.read(view(), 'O6@swings')).toBe(1);
    expect(trainingRunKind.read(view(), 'O6@swingLow')).toBeCloseTo(-4.77, 2);
    expect(trainingRunKind.read(view(), 'O6@swingHigh')).toBeCloseTo(5.37, 2);
  });
});
