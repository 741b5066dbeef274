import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chapterStylesheets,
  componentStylesheets,
  embedStylesheets,
} from '../../../src/integrations/stylesheets.ts';

describe('the book’s stylesheets', () => {
  it('start with the equations and the page, and end with print', () => {
    const sheets = chapterStylesheets();
    expect(sheets.slice(0, 2)).toEqual(['./src/styles/math.css', './src/styles/book.css']);
    expect(sheets.at(-1)).toBe('./src/styles/print.css');
    for (const sheet of sheets) expect(existsSync(sheet), sheet).toBe(true);
  });

  it('put what widgets share before each widget’s own, which refines it', () => {
    const sheets = componentStylesheets();
    const shared = sheets.indexOf('src/components/setting-control.css');
    const own = sheets.indexOf('src/components/approximation/approximation.css');
    expect(shared).toBeGreaterThanOrEqual(0);
    expect(own).toBeGreaterThan(shared);
    const depths = sheets.map((sheet) => sheet.split('/').length);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
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
