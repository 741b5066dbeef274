import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cascadeAfter,
  cascadeOrder,
  chapterStylesheets,
  componentStylesheets,
  embedStylesheets,
} from '../../../src/integrations/stylesheets.ts';

describe('the book’s stylesheets', () => {
  it('start with the equations and the page, and end with print', () => {
    const sheets = chapterStylesheets();
    expect(sheets.slice(0, 3)).toEqual([
      './src/styles/math.css',
      './src/styles/equation-heights.css',
      './src/styles/book.css',
    ]);
    expect(sheets.at(-1)).toBe('./src/styles/print.css');
    for (const sheet of sheets) expect(existsSync(sheet), sheet).toBe(true);
  });

  it('put what widgets share before each widget’s own, which refines it', () => {
    const sheets = componentStylesheets();
    const shared = sheets.indexOf('src/components/setting-control.css');
    const own = sheets.indexOf('src/components/approximation/approximation.css');
    expect(shared).toBeGreaterThanOrEqual(0);
    expect(own).toBeGreaterThan(shared);
  });

  it('put each sheet after every sheet its cascade-after comment names', () => {
    const sheets = componentStylesheets();
    let named = 0;
    for (const [i, sheet] of sheets.entries()) {
      for (const before of cascadeAfter(readFileSync(sheet, 'utf8'))) {
        named++;
        expect(sheets.indexOf(`src/components/${before}`), `${sheet} after ${before}`).toBeLessThan(
          i,
        );
      }
    }
    expect(named).toBeGreaterThan(0);
  });

  it('read the sheets a cascade-after comment names, wherever it sits', () => {
    expect(cascadeAfter('/* cascade-after: a.css, b/c.css */\n.x { color: red; }')).toEqual([
      'a.css',
      'b/c.css',
    ]);
    expect(cascadeAfter('.x {}\n/* cascade-after:d.css */')).toEqual(['d.css']);
    expect(cascadeAfter('/* a comment */ .x { color: red; }')).toEqual([]);
  });

  it('keep the given order except where a sheet must come after one given later', () => {
    const order = cascadeOrder([
      { path: 'a.css', after: [] },
      { path: 'b.css', after: ['d.css'] },
      { path: 'c.css', after: [] },
      { path: 'd.css', after: [] },
    ]);
    expect(order).toEqual(['a.css', 'c.css', 'd.css', 'b.css']);
  });

  it('refuse a name that is no sheet, and a cycle', () => {
    expect(() => cascadeOrder([{ path: 'a.css', after: ['gone.css'] }])).toThrow(/gone\.css/);
    expect(() =>
      cascadeOrder([
        { path: 'a.css', after: ['b.css'] },
        { path: 'b.css', after: ['a.css'] },
      ]),
    ).toThrow(/cycle/);
  });

  it('give the embed pages the chapters’ sheets in their order, without the book’s own pages', () => {
    const embed = embedStylesheets();
    expect(embed[0]).toBe('./book.css');
    expect(embed).toContain('../components/plot/line-plot.css');
    expect(embed).not.toContain('../components/exercises/exercises.css');
    expect(embed).not.toContain('../components/embed/instructors.css');
    const order = chapterStylesheets().map((sheet) => sheet.replace('./src/', ''));
    const positions = embed.map((sheet) =>
      order.indexOf(sheet.replace(/^\.\//, 'styles/').replace(/^\.\.\//, '')),
    );
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});
