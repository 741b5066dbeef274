/**
 * A plot saved as a PNG, without any library: its SVG is copied with every colour, width, dash and
 * font the page computed for it written onto the copy (so the picture shows the theme on view),
 * serialised, loaded as a data: image (the page's policy allows data: images) and drawn on a
 * canvas under the plot's title and its legend, over the canvas the plot draws beneath its SVG
 * when it has one (the lab's heat map). The dashboard's plots and the lab's share it; each loads
 * it with its downloads, on the first click.
 */
import { offer } from './offer.ts';

/** Where a plot's parts are in its box: the line plots' by default. */
export interface PlotParts {
  /** The SVG drawn over everything. */
  readonly svg: string;
  /** A canvas drawn beneath the SVG, at its size. */
  readonly underlay?: string;
  /** The legend's items: each a line sample (a path) or a coloured box, then its words. */
  readonly legend: string;
}

/** The parts of a line plot (plot/LinePlot.tsx). */
const LINE_PLOT: PlotParts = { svg: 'svg.line-plot-svg', legend: '.line-plot-legend li' };

/** The computed styles a drawing needs, copied onto its SVG copy. */
const DRAWN = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'opacity',
  'display',
] as const;

/** Writes each element's computed drawing styles onto its copy, down both trees together. */
function inlineStyles(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  copy.setAttribute(
    'style',
    DRAWN.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';'),
  );
  for (let i = 0; i < source.children.length; i++) {
    const child = copy.children[i];
    if (child) inlineStyles(source.children[i]!, child);
  }
}

/** A dash pattern as the canvas takes it, from a computed `stroke-dasharray`. */
function dashes(value: string): number[] {
  return value === 'none' ? [] : value.split(/[ ,]+/).map((part) => parseFloat(part) || 0);
}

/** The colour behind the plot on the page (the widget's background). */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !colour.endsWith(', 0)')) return colour;
  }
  return getComputedStyle(document.body).backgroundColor || '#fff';
}

/** Draws a legend item's sample at row middle `y`: its line, or its coloured box. */
function drawSample(context: CanvasRenderingContext2D, item: Element, y: number): void {
  const sample = item.querySelector('path');
  if (sample) {
    const style = getComputedStyle(sample);
    context.strokeStyle = style.stroke;
    context.lineWidth = parseFloat(style.strokeWidth) || 2;
    context.lineCap = style.strokeLinecap as CanvasLineCap;
    context.setLineDash(dashes(style.strokeDasharray));
    context.beginPath();
    context.moveTo(10, y);
    context.lineTo(46, y);
    context.stroke();
    return;
  }
  const box = item.querySelector('span');
  if (box) {
    context.fillStyle = getComputedStyle(box).backgroundColor;
    context.fillRect(18, y - 7, 20, 14);
  }
}

/** Saves the plot in `container` as a PNG: its title, its legend, then the plot itself. */
export async function savePlotPng(
  container: HTMLElement,
  name: string,
  title: string,
  parts: PlotParts = LINE_PLOT,
) {
  const svg = container.querySelector<SVGSVGElement>(parts.svg);
  if (!svg) return;
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();

  const text = getComputedStyle(container);
  const legend = Array.from(container.querySelectorAll(parts.legend));
  const row = 22;
  const top = 34 + legend.length * row;
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil((top + height + 8) * scale);
  const context = canvas.getContext('2d');
  if (!context) return;
  context.scale(scale, scale);
  context.fillStyle = backgroundOf(container);
  context.fillRect(0, 0, width, top + height + 8);
  context.fillStyle = text.color;
  context.font = `600 15px ${text.fontFamily}`;
  context.fillText(title, 8, 22);
  context.font = `13px ${text.fontFamily}`;
  legend.forEach((item, i) => {
    const y = 34 + i * row + row / 2;
    drawSample(context, item, y);
    context.fillStyle = text.color;
    context.fillText(item.textContent?.trim() ?? '', 56, y + 4.5);
  });
  const underlay = parts.underlay && container.querySelector<HTMLCanvasElement>(parts.underlay);
  if (underlay) {
    // Cells as large squares, as the page shows them (image-rendering: pixelated).
    context.imageSmoothingEnabled = false;
    context.drawImage(underlay, 0, top, width, height);
  }
  context.drawImage(image, 0, top, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) offer(blob, name);
}
