import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ENGINE = new URL('../../../src/engine/', import.meta.url);
const ARCHITECTURE = new URL('../../../docs/architecture.md', import.meta.url);

/** Every `.ts` file under src/engine, as a path from src/engine ("core/train.ts"). */
function engineFiles(): string[] {
  return readdirSync(ENGINE, { recursive: true, encoding: 'utf8' })
    .map((path) => path.replace(/\\/g, '/'))
    .filter((path) => path.endsWith('.ts'))
    .sort();
}

/** The files the engine's table in docs/architecture.md names: each row's first cell. */
function tableFiles(): string[] {
  const markdown = readFileSync(ARCHITECTURE, 'utf8');
  const section = markdown.slice(markdown.indexOf('## 1. One engine'), markdown.indexOf('\n## 2.'));
  return Array.from(section.matchAll(/^\| `([^`]+\.ts)` +\|/gm), ([, path]) => path!).sort();
}

describe("the architecture guide's engine table", () => {
  it('finds the engine and the table', () => {
    expect(engineFiles()).toContain('core/train.ts');
    expect(tableFiles()).toContain('core/train.ts');
  });

  it('names every file under src/engine', () => {
    const named = new Set(tableFiles());
    expect(engineFiles().filter((path) => !named.has(path))).toEqual([]);
  });

  it('names no file that is not under src/engine, and none twice', () => {
    const files = new Set(engineFiles());
    expect(tableFiles().filter((path) => !files.has(path))).toEqual([]);
    expect(new Set(tableFiles()).size).toBe(tableFiles().length);
  });
});
