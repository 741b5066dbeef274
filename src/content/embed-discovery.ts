/**
 * How the build finds the embeds: every `<Widget>.embed.ts` under src/components declares one or
 * more, and its `<Widget>.embed.astro` beside it renders the widget as an island (Astro hydrates
 * only a component it sees imported in a template, so each widget has a file that imports it).
 * The embeds come out in the book's order: by chapter as the sidebar lists them, then by where the
 * widget stands in its chapter's MDX. Anything amiss stops the build with the file to fix.
 */
import type { Embed, EmbedDeclaration } from './embed-types.ts';

/** What discovery reads, each by its path or slug. */
export interface EmbedSources {
  /** Each `.embed.ts` module's default export, by the module's path. */
  readonly declarations: Readonly<Record<string, unknown>>;
  /** The paths of the `.embed.astro` files. */
  readonly renderers: readonly string[];
  /** Each chapter's MDX source, by the chapter's slug. */
  readonly chapters: Readonly<Record<string, string>>;
  /** The chapters' slugs in the book's order. */
  readonly chapterOrder: readonly string[];
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TEXT_FIELDS = ['title', 'description', 'chapter', 'anchor', 'store', 'kind'] as const;

/** A path's file name without its extension (`../parts/ScalingWidget.embed.ts` → `ScalingWidget`). */
export function widgetOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.embed\.(ts|astro)$/, '');
}

/** A path without its extension, so that a declaration and its renderer compare equal. */
function stemOf(path: string): string {
  return path.replace(/\.(ts|astro)$/, '');
}

/** The declaration itself, or the reason it is malformed. */
function checked(value: unknown): EmbedDeclaration | string {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const entry = value as Record<string, unknown>;
  if (typeof entry['slug'] !== 'string' || !SLUG.test(entry['slug'])) {
    return 'has no slug of lower-case letters, digits and hyphens';
  }
  for (const field of TEXT_FIELDS) {
    const text = entry[field];
    if (typeof text !== 'string' || text.trim() === '') return `has no ${field}`;
  }
  const props = entry['props'] as Record<string, unknown> | null | undefined;
  if (typeof props !== 'object' || props === null || typeof props['id'] !== 'string') {
    return 'has no props with an id';
  }
  return value as EmbedDeclaration;
}

/** Where the widget with this component and id opens in a chapter's source, or -1. */
export function islandPosition(source: string, widget: string, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return source.search(new RegExp(`<${widget}\\s[^<>]*?\\bid="${escaped}"`));
}

/** Every embed the sources declare, in the book's order; throws on anything malformed. */
export function discoverEmbeds(sources: EmbedSources): Embed[] {
  const rendered = new Set(sources.renderers.map(stemOf));
  const declared = new Set(Object.keys(sources.declarations).map(stemOf));
  for (const path of sources.renderers) {
    if (!declared.has(stemOf(path))) throw new Error(`${path} has no ${stemOf(path)}.ts beside it`);
  }
  const folders = new Map<string, string>();
  const bySlug = new Map<string, string>();
  const placed: { embed: Embed; chapter: number; position: number }[] = [];
  for (const [path, exported] of Object.entries(sources.declarations)) {
    if (!rendered.has(stemOf(path)))
      throw new Error(`${path} has no ${stemOf(path)}.astro beside it`);
    const widget = widgetOf(path);
    const other = folders.get(widget);
    if (other) throw new Error(`${path} and ${other} both declare embeds of a ${widget}`);
    folders.set(widget, path);
    const values: readonly unknown[] = Array.isArray(exported) ? exported : [exported];
    if (values.length === 0) throw new Error(`${path} declares no embed`);
    for (const value of values) {
      const declaration = checked(value);
      if (typeof declaration === 'string') throw new Error(`${path}: an embed ${declaration}`);
      const { slug, chapter: slugOfChapter, props } = declaration;
      const twin = bySlug.get(slug);
      if (twin) throw new Error(`${path} and ${twin} both declare the embed "${slug}"`);
      bySlug.set(slug, path);
      const chapter = sources.chapterOrder.indexOf(slugOfChapter);
      const source = sources.chapters[slugOfChapter];
      if (chapter < 0 || source === undefined) {
        throw new Error(
          `${path}: embed "${slug}" names no chapter of the book ("${slugOfChapter}")`,
        );
      }
      const position = islandPosition(source, widget, props.id);
      if (position < 0) {
        throw new Error(
          `${path}: embed "${slug}": the chapter ${slugOfChapter} has no <${widget} id="${props.id}">`,
        );
      }
      placed.push({ embed: { ...declaration, widget }, chapter, position });
    }
  }
  placed.sort((a, b) => a.chapter - b.chapter || a.position - b.position);
  return placed.map(({ embed }) => embed);
}
