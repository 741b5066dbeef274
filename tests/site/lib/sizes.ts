/** Gzip sizes, as the budgets count them. */
import { gzipSync } from 'node:zlib';

export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** The stylesheets a page links to, as site paths. */
export function stylesheetsOf(html: string): string[] {
  return Array.from(
    html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g),
    (match) => /href="([^"]*)"/.exec(match[0])?.[1] ?? '',
  ).filter(Boolean);
}
