/**
 * What "fits" means on a phone and on paper, read from the page as laid out: a widget's tables
 * cut by their box, its text drawn under 11 px (SVG text at its scale on screen), a control too
 * small to touch, and a diagram's text crossed by a connection or an arrowhead.
 */
import type { Locator, Page } from '@playwright/test';

/** The smallest text a widget may draw, in CSS pixels as rendered. */
export const SMALLEST_TEXT = 11;

/** The smallest side of a control a finger presses: 24 CSS px (WCAG 2.2, 2.5.8 Target Size). */
export const SMALLEST_TARGET = 24;

/** A widget of the book's text: a `.widget` or any figure in a chapter. */
export const WIDGETS = '.sl-markdown-content :is(.widget, figure)';

/**
 * Every way a page's widgets do not fit their width: a box around a table that scrolls or cuts
 * it (scrollWidth above clientWidth), a cell outside its widget, a stacked row headed by a bare
 * number with no column name, a setting's label running over its slider, a text under `smallest`
 * px, a button, menu, text box or fold's summary under SMALLEST_TARGET px on a side. Radio buttons
 * and check boxes are left out, as their labels take the press too; so are sliders, whose number
 * box beside them sets the same value.
 */
export function widgetFitProblems(page: Page, smallest = SMALLEST_TEXT): Promise<string[]> {
  return page.evaluate(
    ({ selector, smallest, target }) => {
      const problems: string[] = [];
      const shown = (element: Element) => element.getClientRects().length > 0;
      /**
       * Out of sight on purpose: visually hidden for assistive technology (1 px and clipped). An
       * element with `display: contents` (an island's wrapper) has no box of its own: its 0 × 0
       * says nothing about what it holds.
       */
      const offScreen = (element: Element) => {
        for (let e: Element | null = element; e; e = e.parentElement) {
          if (getComputedStyle(e).display === 'contents') continue;
          const box = e.getBoundingClientRect();
          if (box.width <= 1 && box.height <= 1) return true;
          if (e.matches('title, desc')) return true;
        }
        return false;
      };
      for (const widget of document.querySelectorAll(selector)) {
        const name = widget.id || widget.className;
        const edge = widget.getBoundingClientRect();
        for (const table of widget.querySelectorAll('table')) {
          if (!shown(table)) continue;
          for (let e: Element | null = table; e && e !== widget.parentElement; e = e.parentElement)
            if (e.scrollWidth > e.clientWidth + 1)
              problems.push(`${name}: ${e.tagName.toLowerCase()}.${e.className} cut`);
          // A stacked row (a card) shows its header without the column's name: a bare number
          // there ("1") says nothing unless the header carries the name (data-label).
          for (const header of table.querySelectorAll('th[scope=row]:not([data-label])')) {
            const stacked = getComputedStyle(header.parentElement!).display !== 'table-row';
            if (stacked && shown(header) && /^[\d\s.,−-]+$/.test(header.textContent ?? ''))
              problems.push(`${name}: row header "${header.textContent?.trim()}" has no name`);
          }
          for (const cell of table.querySelectorAll('th, td')) {
            if (!shown(cell) || offScreen(cell)) continue;
            const box = cell.getBoundingClientRect();
            if (box.left < edge.left - 1 || box.right > edge.right + 1)
              problems.push(`${name}: cell "${cell.textContent?.trim()}" outside its widget`);
          }
        }
        const controls = widget.querySelectorAll(
          'button, select, summary, textarea, input:not([type=radio], [type=checkbox], [type=range])',
        );
        for (const control of controls) {
          if (!shown(control) || offScreen(control)) continue;
          const box = control.getBoundingClientRect();
          if (box.width < target || box.height < target) {
            const what = control.getAttribute('aria-label') || control.id || 'without a name';
            problems.push(
              `${name}: ${control.tagName.toLowerCase()} ${what} is ${box.width.toFixed(0)} × ${box.height.toFixed(0)} px`,
            );
          }
        }
        // A setting's label in its column: its words must end before the slider starts.
        for (const label of widget.querySelectorAll('.setting-label')) {
          const slider = label.parentElement?.querySelector('input[type=range]');
          if (!slider || !shown(label) || !shown(slider)) continue;
          const words = document.createRange();
          words.selectNodeContents(label);
          const over = words.getBoundingClientRect().right - slider.getBoundingClientRect().left;
          if (over > 0)
            problems.push(
              `${name}: "${label.textContent?.trim()}" runs ${over.toFixed(0)} px over its slider`,
            );
        }
        const texts = document.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
        for (let node = texts.nextNode(); node; node = texts.nextNode()) {
          const element = node.parentElement;
          if (!element || !node.textContent?.trim() || !shown(element) || offScreen(element))
            continue;
          let size = parseFloat(getComputedStyle(element).fontSize);
          // SVG text is drawn at its viewBox's scale.
          if (element instanceof SVGGraphicsElement) {
            const matrix = element.getScreenCTM();
            if (matrix) size *= Math.hypot(matrix.a, matrix.b);
          }
          if (size < smallest)
            problems.push(`${name}: "${node.textContent.trim()}" at ${size.toFixed(1)} px`);
        }
      }
      return [...new Set(problems)];
    },
    { selector: WIDGETS, smallest, target: SMALLEST_TARGET },
  );
}

/**
 * The texts of a network diagram that a connection or an arrowhead crosses. A text drawn inside
 * its own label box or node (painted over the lines) is crossed only where it leaves that box.
 * A line is its segment widened by half its stroke; an arrowhead is the marker's triangle: 5
 * stroke widths long and as wide, its tip at the line's end.
 */
export function diagramCrossings(svg: Locator): Promise<string[]> {
  return svg.evaluate((root) => {
    interface P {
      x: number;
      y: number;
    }
    interface Box {
      x0: number;
      y0: number;
      x1: number;
      y1: number;
    }
    const boxOf = (element: SVGGraphicsElement): Box => {
      const b = element.getBBox();
      return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
    };
    /** Whether the segment a→b meets the box (Liang–Barsky clipping). */
    const meets = (a: P, b: P, r: Box) => {
      let t0 = 0;
      let t1 = 1;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      for (const [p, q] of [
        [-dx, a.x - r.x0],
        [dx, r.x1 - a.x],
        [-dy, a.y - r.y0],
        [dy, r.y1 - a.y],
      ] as const) {
        if (p === 0) {
          if (q < 0) return false;
        } else if (p < 0) {
          t0 = Math.max(t0, q / p);
        } else {
          t1 = Math.min(t1, q / p);
        }
        if (t0 > t1) return false;
      }
      return true;
    };
    const inTriangle = (p: P, [a, b, c]: readonly P[]) => {
      const side = (u: P, v: P, w: P) => (u.x - w.x) * (v.y - w.y) - (v.x - w.x) * (u.y - w.y);
      const d = [side(p, a!, b!), side(p, b!, c!), side(p, c!, a!)];
      return !(d.some((v) => v < 0) && d.some((v) => v > 0));
    };
    const crossesBox = (shape: Shape, r: Box) => {
      if (shape.kind === 'line') {
        const h = shape.half;
        return meets(shape.a, shape.b, { x0: r.x0 - h, y0: r.y0 - h, x1: r.x1 + h, y1: r.y1 + h });
      }
      const t = shape.triangle;
      const corners = [
        { x: r.x0, y: r.y0 },
        { x: r.x1, y: r.y0 },
        { x: r.x0, y: r.y1 },
        { x: r.x1, y: r.y1 },
      ];
      return (
        corners.some((p) => inTriangle(p, t)) ||
        [0, 1, 2].some((i) => meets(t[i]!, t[(i + 1) % 3]!, r))
      );
    };
    type Shape =
      | { kind: 'line'; name: string; a: P; b: P; half: number }
      | { kind: 'arrowhead'; name: string; triangle: P[] };
    const shapes: Shape[] = [];
    for (const line of root.querySelectorAll<SVGLineElement>('line')) {
      const at = (key: string) => Number(line.getAttribute(key));
      const a = { x: at('x1'), y: at('y1') };
      const b = { x: at('x2'), y: at('y2') };
      const stroke = Number(line.getAttribute('stroke-width') ?? 1);
      const name = line.dataset['weight'] ?? 'line';
      shapes.push({ kind: 'line', name, a, b, half: stroke / 2 });
      const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const head = (tip: P, dx: number, dy: number) => {
        const base = { x: tip.x - dx * 5 * stroke, y: tip.y - dy * 5 * stroke };
        const nx = -dy * 2.5 * stroke;
        const ny = dx * 2.5 * stroke;
        return [tip, { x: base.x + nx, y: base.y + ny }, { x: base.x - nx, y: base.y - ny }];
      };
      const ux = (b.x - a.x) / length;
      const uy = (b.y - a.y) / length;
      if (line.getAttribute('marker-end'))
        shapes.push({ kind: 'arrowhead', name, triangle: head(b, ux, uy) });
      if (line.getAttribute('marker-start'))
        shapes.push({ kind: 'arrowhead', name, triangle: head(a, -ux, -uy) });
    }
    const crossed: string[] = [];
    for (const text of root.querySelectorAll<SVGTextElement>('text')) {
      if (!text.textContent?.trim() || text.getClientRects().length === 0) continue;
      const r = boxOf(text);
      // The parts of the text's box outside the label box or node drawn under it.
      const cover = [...(text.parentElement?.children ?? [])]
        .filter((e): e is SVGGraphicsElement => e.matches('rect, circle'))
        .map(boxOf)
        .find((c) => c.x0 < r.x1 && c.x1 > r.x0 && c.y0 < r.y1 && c.y1 > r.y0);
      const parts = cover
        ? [
            { ...r, y1: Math.min(r.y1, cover.y0) },
            { ...r, y0: Math.max(r.y0, cover.y1) },
            { ...r, x1: Math.min(r.x1, cover.x0) },
            { ...r, x0: Math.max(r.x0, cover.x1) },
          ].filter((p) => p.x1 > p.x0 && p.y1 > p.y0)
        : [r];
      for (const shape of shapes)
        if (parts.some((part) => crossesBox(shape, part)))
          crossed.push(`"${text.textContent.trim()}" × ${shape.kind} ${shape.name}`);
    }
    return crossed;
  });
}

/**
 * Items side by side in a widget's row or grid that do not start level: one with a top margin the
 * other has not (the page's flow spacing, 1rem on every block after another, pushes all but the
 * first item down unless the row sets it to 0). Form controls keep their own small margins.
 */
export function sideBySideMisalignments(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const problems: string[] = [];
    for (const widget of document.querySelectorAll(selector)) {
      for (const row of widget.querySelectorAll('*')) {
        if (!/flex|grid/.test(getComputedStyle(row).display) || row.closest('svg')) continue;
        const items = Array.from(row.children).filter(
          (item) => item.getClientRects().length > 0 && !item.matches('input, select, textarea'),
        );
        const placed = items.map((item) => {
          const margin = parseFloat(getComputedStyle(item).marginTop);
          const box = item.getBoundingClientRect();
          return { item, margin, top: box.top - margin, left: box.left, right: box.right };
        });
        for (const [i, a] of placed.entries())
          for (const b of placed.slice(i + 1)) {
            const beside = b.left >= a.right - 1 || a.left >= b.right - 1;
            if (beside && Math.abs(a.top - b.top) < 1 && Math.abs(a.margin - b.margin) > 1)
              problems.push(
                `${widget.id}: .${row.className} puts ${b.item.className || b.item.tagName} ${b.margin} px lower than ${a.item.className || a.item.tagName} (${a.margin} px)`,
              );
          }
      }
    }
    return [...new Set(problems)];
  }, WIDGETS);
}
