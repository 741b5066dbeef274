/**
 * Reads the built site (dist/) for the offline gates: which pages exist and what they contain.
 * The base path (BASE_PATH, as in astro.config.mjs) maps URLs to files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The build to check: dist/, or SITE_DIST for a second build (such as one under a base path). */
export const DIST = process.env.SITE_DIST || join(import.meta.dirname, '..', '..', '..', 'dist');
export const BASE_PATH = process.env.BASE_PATH || '/';
/** The origin the build was made for (SITE_URL), or '' for a build that names none. */
export const SITE_URL = (process.env.SITE_URL || '').replace(/\/+$/, '');

export interface BuiltPage {
  /** The URL path the page is served at, with the base path: "/forward-pass/". */
  url: string;
  file: string;
  html: string;
}

/** Every HTML page of the build. */
export function builtPages(dist: string = DIST): BuiltPage[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = relative(dist, file).split(sep).join('/');
      const url = BASE_PATH + path.replace(/(^|\/)index\.html$/, '$1');
      return { url, file, html: readFileSync(file, 'utf8') };
    });
}
