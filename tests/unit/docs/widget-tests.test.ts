/**
 * Every widget has browser tests named after it, so a reader of the test report or of tests/e2e/
 * finds a widget's tests by its component's name (docs/testing.md, "How the browser tests are
 * organised").
 *
 * A widget, here, is a component with a file of its own in a folder of src/components/
 * (`src/components/<folder>/<Name>.tsx`) that
 * - a page wakes as an island: a chapter's MDX or an Astro file gives it a `client:` directive;
 * - has an embed page of its own, `<Name>.embed.ts`;
 * - is named `…Widget`; or
 * - is one of PARTS below.
 * Its name must be a word of the title of a test or of a describe block in a tests/e2e/ spec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url);
const SRC = new URL('src/', ROOT);
const COMPONENTS = new URL('src/components/', ROOT);
const E2E = new URL('tests/e2e/', ROOT);

/**
 * Parts drawn inside other widgets that a reader works on by themselves, each with its own tests:
 * no page wakes them alone, so no rule above finds them. Add a part here when it takes a reader's
 * input or draws for several widgets.
 */
const PARTS: Record<string, string> = {
  'player/Player.tsx':
    'plays, pauses, steps and resets a run: the approximation widget, the dashboard',
  'plot/LinePlot.tsx': 'draws every line plot of the book',
  'parameters/WidthsBox.tsx':
    'the box a reader types layer widths into, in the parameter counter and in the lab',
  'samples/SampleTable.tsx': 'the samples a reader types, adds, removes and pastes',
};

/** Every file under a folder, as a path from it ("content/docs/forward-pass.mdx"). */
function filesUnder(folder: URL): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((path) =>
    path.replace(/\\/g, '/'),
  );
}

/** Every component with a file of its own in a folder of src/components/: name → "folder/". */
function folderComponents(): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of filesUnder(COMPONENTS)) {
    const match = /^([^/]+)\/([A-Z]\w*)\.tsx$/.exec(path);
    if (match) found.set(match[2]!, `${match[1]!}/`);
  }
  return found;
}

/** A component's tag with its attributes; a value may hold `>` in quotes or one level of braces. */
const TAG = /<([A-Z][A-Za-z0-9]*)((?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*)>/g;
const CLIENT = /(?:^|\s)client:[a-z]/;

/** Each page or Astro file with the names of the components it wakes, and its `client:` count. */
function islandsByFile(): { path: string; islands: string[]; directives: number }[] {
  return filesUnder(SRC)
    .filter((path) => /\.(?:astro|mdx)$/.test(path))
    .map((path) => {
      const text = readFileSync(new URL(path, SRC), 'utf8');
      const islands = Array.from(text.matchAll(TAG))
        .filter(([, , attributes]) => CLIENT.test(attributes!))
        .map(([, name]) => name!);
      const directives = text.match(new RegExp(CLIENT, 'g'))?.length ?? 0;
      return { path, islands, directives };
    });
}

/** Every widget by the rules above: name → "folder/". */
function widgets(): Map<string, string> {
  const components = folderComponents();
  const names = new Set<string>();
  for (const { islands } of islandsByFile()) islands.forEach((name) => names.add(name));
  for (const path of filesUnder(COMPONENTS)) {
    const embed = /^[^/]+\/([A-Z]\w*)\.embed\.ts$/.exec(path);
    if (embed) names.add(embed[1]!);
  }
  for (const name of components.keys()) if (name.endsWith('Widget')) names.add(name);
  for (const path of Object.keys(PARTS)) names.add(/([A-Z]\w*)\.tsx$/.exec(path)![1]!);
  return new Map(
    [...names]
      .filter((name) => components.has(name))
      .sort()
      .map((name) => [name, components.get(name)!]),
  );
}

/** The titles of every test and describe block in tests/e2e/*.spec.ts, as written. */
function browserTestTitles(): string[] {
  const call =
    /\btest(?:\.describe)?(?:\.(?:serial|parallel|only|skip|fixme))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;
  return filesUnder(E2E)
    .filter((path) => path.endsWith('.spec.ts'))
    .flatMap((path) =>
      Array.from(readFileSync(new URL(path, E2E), 'utf8').matchAll(call), ([, , title]) => title!),
    );
}

const WIDGETS = widgets();
const TITLES = browserTestTitles();

describe('every widget has browser tests named after it', () => {
  it('finds the widgets by each rule, and the browser tests’ titles', () => {
    // An island and an embed, an island only, a …Widget that is neither, and a part.
    for (const name of ['NetworkWidget', 'Worksheet', 'ComparisonWidget', 'WidthsBox'])
      expect([...WIDGETS.keys()]).toContain(name);
    expect(WIDGETS.get('NetworkWidget')).toBe('network/');
    expect(TITLES).toContain('NetworkWidget (network/)');
    expect(TITLES.length).toBeGreaterThan(200);
  });

  it('reads every client: directive of the pages with its tag', () => {
    const missed = islandsByFile()
      .filter(({ islands, directives }) => islands.length !== directives)
      .map(({ path }) => path);
    expect(missed).toEqual([]);
  });

  it('lists parts that are components of their folders', () => {
    const components = folderComponents();
    const missing = Object.keys(PARTS).filter((path) => {
      const [folder, file] = path.split('/');
      return components.get(file!.replace(/\.tsx$/, '')) !== `${folder!}/`;
    });
    expect(missing).toEqual([]);
  });

  it.each([...WIDGETS])('%s (%s) is named in the title of a browser test', (name) => {
    const word = new RegExp(`\\b${name}\\b`);
    expect(
      TITLES.filter((title) => word.test(title)),
      `no test or describe block in tests/e2e/*.spec.ts names ${name}`,
    ).not.toEqual([]);
  });
});
