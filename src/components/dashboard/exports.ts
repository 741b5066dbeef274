/**
 * The dashboard's downloads, loaded only when a reader asks for one (`import()` on the click):
 * the run as CSV, the NumPy script that reproduces it, the same program as a Jupyter notebook
 * (its builder loaded by a further `import()`, only for that download), and a plot as a PNG.
 *
 * A plot becomes a PNG without any library: its SVG is copied with every colour, width, dash and
 * font the page computed for it written onto the copy (so the picture shows the theme on view),
 * serialised, loaded as a data: image (the page's policy allows data: images) and drawn on a
 * canvas under the plot's title and its legend.
 */
import type { Trace } from '../../engine/index.ts';
import type { NetworkKind } from '../../state/kind-parts/network-kind.ts';
import { numpyScript, overridesOf, type ScriptSettings } from '../../state/export/numpyScript.ts';
import type { SettingValues } from '../../state/store.ts';
import { runCsv } from '../../state/export/runCsv.ts';

/** Offers a file to the reader, as a download. */
function offer(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the run as CSV: every epoch, every quantity. */
export function saveRunCsv(kind: NetworkKind, trace: Trace, name: string): void {
  offer(new Blob([runCsv(kind, trace)], { type: 'text/csv' }), name);
}

/** The settings of a run as the NumPy exports take them; `drawn` holds what the seed draws. */
function scriptSettings(values: SettingValues, drawn: SettingValues): ScriptSettings {
  const number = (key: string) => values[key] as number;
  return {
    x: [number('x1'), number('x2'), number('x3')],
    y: number('y'),
    seed: number('seed'),
    learningRate: number('learningRate'),
    decay: number('decay'),
    optimizer: values['optimizer'] as ScriptSettings['optimizer'],
    epochs: number('epochs'),
    overrides: overridesOf(values, drawn),
  };
}

/**
 * Downloads the NumPy script that reproduces the run of these settings; `drawn` holds what the
 * seed draws, so the script sets explicitly only the parameters the reader changed.
 */
export function saveScript(values: SettingValues, drawn: SettingValues, name: string): void {
  offer(new Blob([numpyScript(scriptSettings(values, drawn))], { type: 'text/x-python' }), name);
}

/** Downloads the run as a Jupyter notebook: the NumPy script cell by cell, each step explained. */
export async function saveNotebook(values: SettingValues, drawn: SettingValues, name: string) {
  const { notebookFile } = await import('../../state/export/notebook.ts');
  const text = notebookFile(scriptSettings(values, drawn));
  offer(new Blob([text], { type: 'application/x-ipynb+json' }), name);
}

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

/** Saves the plot in `container` as a PNG: its title, its legend, then the plot itself. */
export async function savePlotPng(container: HTMLElement, name: string, title: string) {
  const svg = container.querySelector<SVGSVGElement>('svg.line-plot-svg');
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
  const legend = Array.from(container.querySelectorAll('.line-plot-legend li'));
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
    }
    context.fillStyle = text.color;
    context.fillText(item.textContent?.trim() ?? '', 56, y + 4.5);
  });
  context.drawImage(image, 0, top, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) offer(blob, name);
}
