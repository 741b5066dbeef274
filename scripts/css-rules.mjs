/**
 * Proves from the CSS itself that a change to the stylesheets kept the cascade: for every built
 * page it lists the page's stylesheets in load order (<link rel="stylesheet"> and <style>), parses
 * them and records the ordered list of rules (at-rule context, selector, declarations). Two builds
 * are then compared page by page: the rules must be the same, and where their order differs, no
 * two rules whose order changed may conflict. Two rules conflict when the cascade could decide
 * between them by order alone: one declared property (or one of its shorthand family) with the
 * same importance, in the same cascade layer, and two selectors of equal specificity whose subjects
 * could be one element. Anything this cannot rule out counts as a conflict.
 *
 *   node scripts/css-rules.mjs record <dist dir> <out.json>
 *   node scripts/css-rules.mjs compare <before.json> <after.json>
 *
 * `compare` prints the counts and every conflicting pair, and exits 1 if there is one.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import selectorParser from 'postcss-selector-parser';

/** The site's pages (index.html files), as paths relative to the build, in a stable order. */
async function pagesOf(root, dir = '') {
  const pages = [];
  for (const entry of await readdir(join(root, dir), { withFileTypes: true })) {
    if (entry.isDirectory()) pages.push(...(await pagesOf(root, join(dir, entry.name))));
    else if (entry.name === 'index.html') pages.push(`/${dir}${dir ? '/' : ''}`);
  }
  return pages.sort();
}

/** A page's stylesheets in document order: { href } for a link, { text } for a <style>. */
function stylesheetsOf(html) {
  const sheets = [];
  const tags = /<link\b[^>]*>|<style\b[^>]*>([\s\S]*?)<\/style>/gi;
  for (const [tag, text] of html.matchAll(tags)) {
    if (tag.startsWith('<style') || tag.startsWith('<STYLE')) sheets.push({ text });
    else if (/\brel=["']?stylesheet\b/i.test(tag)) {
      const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
      if (href) sheets.push({ href });
    }
  }
  return sheets;
}

/** The rules of a stylesheet in order, each as [layer, context, selector, declarations]. */
export function rulesOf(css) {
  const rules = [];
  let anonymous = 0;
  postcss.parse(css).walk((node) => {
    if (node.type === 'atrule' && node.name === 'layer' && !node.nodes) {
      rules.push(['', '', `@layer ${node.params}`, '']);
      return;
    }
    if (node.type !== 'rule' && !(node.type === 'atrule' && !isGrouping(node))) return;
    if (node.parent?.type === 'atrule' && node.parent.name === 'keyframes') return;
    const context = [];
    let layer = '';
    for (let up = node.parent; up && up.type !== 'root'; up = up.parent) {
      if (up.type !== 'atrule') continue;
      if (up.name === 'layer') layer = `${up.params || `anonymous ${++anonymous}`}.${layer}`;
      else context.unshift(`@${up.name} ${squeeze(up.params)}`);
    }
    if (node.type === 'atrule') {
      rules.push([
        layer,
        context.join(' '),
        `@${node.name} ${squeeze(node.params)}`,
        squeeze(node.toString()),
      ]);
      return;
    }
    const declarations = (node.nodes ?? [])
      .filter((d) => d.type === 'decl')
      .map((d) => `${d.prop}:${squeeze(d.value)}${d.important ? '!important' : ''}`);
    rules.push([layer, context.join(' '), squeeze(node.selector), canonical(declarations)]);
  });
  return rules;
}

/**
 * A rule's declarations in a canonical order: by family (sameFamily), each family's in their own
 * order, so that a minifier's reordering of properties that cannot override each other (background
 * before or after border) is no change, and a reordering of two that can is one.
 */
function canonical(declarations) {
  const families = new Map();
  for (const d of declarations) {
    const key = familyOf(d.slice(0, d.indexOf(':')));
    families.set(key, [...(families.get(key) ?? []), d]);
  }
  return [...families.keys()]
    .sort()
    .flatMap((key) => families.get(key))
    .join(';');
}

/** At-rules that hold rules (their rules are listed, not themselves). */
const isGrouping = (node) =>
  ['media', 'supports', 'layer', 'container', 'scope'].includes(node.name);
const squeeze = (text) => text.replace(/\s+/g, ' ').trim();

async function record(dist, out) {
  const root = resolve(dist);
  const sheets = {};
  const pages = {};
  for (const page of await pagesOf(root)) {
    const html = await readFile(join(root, page, 'index.html'), 'utf8');
    pages[page] = [];
    for (const [i, sheet] of stylesheetsOf(html).entries()) {
      const name = sheet.href ?? `${page} <style> ${i}`;
      if (!sheets[name]) {
        const path = sheet.href && join(root, new URL(sheet.href, `http://x${page}`).pathname);
        sheets[name] = rulesOf(sheet.text ?? (await readFile(path, 'utf8')));
      }
      pages[page].push(name);
    }
  }
  await writeFile(out, JSON.stringify({ sheets, pages }));
  const count = Object.values(pages).map((p) => p.flatMap((s) => sheets[s]).length);
  process.stdout.write(
    `${count.length} pages, ${Math.min(...count)}-${Math.max(...count)} rules each\n`,
  );
}

/** A page's rules in cascade order, each made unique by its occurrence (a rule may repeat). */
function sequence({ sheets, pages }, page) {
  const seen = new Map();
  return pages[page]
    .flatMap((sheet) => sheets[sheet])
    .map((rule) => {
      const key = JSON.stringify(rule);
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      return { key: `${key}#${n}`, rule };
    });
}

async function compare(beforePath, afterPath) {
  const before = JSON.parse(await readFile(beforePath, 'utf8'));
  const after = JSON.parse(await readFile(afterPath, 'utf8'));
  const totals = { pages: 0, rules: 0, same: 0, reordered: 0, moved: 0, pairs: 0, conflicts: 0 };
  const conflicts = new Map();
  let missing = 0;
  for (const page of Object.keys(before.pages)) {
    if (!after.pages[page]) {
      process.stdout.write(`${page}: missing after\n`);
      missing++;
      continue;
    }
    totals.pages++;
    const was = sequence(before, page);
    const now = sequence(after, page);
    totals.rules += was.length;
    const place = new Map(was.map((r, i) => [r.key, i]));
    const nowKeys = new Set(now.map((r) => r.key));
    const gone = was.filter((r) => !nowKeys.has(r.key));
    const added = now.filter((r) => !place.has(r.key));
    for (const r of gone) process.stdout.write(`${page}: rule gone ${r.key}\n`);
    for (const r of added) process.stdout.write(`${page}: rule added ${r.key}\n`);
    missing += gone.length + added.length;
    const kept = now.filter((r) => place.has(r.key));
    if (kept.every((r, i) => place.get(r.key) === i) && !gone.length && !added.length) {
      totals.same++;
      continue;
    }
    totals.reordered++;
    const moved = new Set();
    for (let i = 0; i < kept.length; i++) {
      for (let j = i + 1; j < kept.length; j++) {
        if (place.get(kept[i].key) < place.get(kept[j].key)) continue;
        totals.pairs++;
        moved.add(kept[i].key).add(kept[j].key);
        // kept[j] came first before and now comes after kept[i].
        const why = conflict(kept[j].rule, kept[i].rule);
        if (!why) continue;
        totals.conflicts++;
        const text = `was first: ${show(kept[j].rule)}\n  now first: ${show(kept[i].rule)}\n  ${why}`;
        conflicts.set(text, [...(conflicts.get(text) ?? []), page]);
      }
    }
    totals.moved += moved.size;
  }
  for (const [text, pages] of conflicts) {
    process.stdout.write(`${text}\n  on ${pages.length} pages (${pages[0]} ...)\n`);
  }
  process.stdout.write(
    `${totals.pages} pages, ${totals.rules} rules; ${totals.same} pages with the same sequence, ` +
      `${totals.reordered} reordered (${totals.moved} rules moved, ${totals.pairs} pairs swapped); ` +
      `${conflicts.size} conflicting pairs (${totals.conflicts} over all pages); ` +
      `${missing} rules or pages missing or added\n`,
  );
  process.exitCode = conflicts.size || missing ? 1 : 0;
}

const show = ([layer, context, selector]) =>
  `${layer ? `@layer ${layer} ` : ''}${context ? `${context} ` : ''}${selector}`;

/** Why the order of two rules can decide a property, or '' when it cannot. */
export function conflict(a, b) {
  const [layerA, contextA, selectorA, declarationsA] = a;
  const [layerB, contextB, selectorB, declarationsB] = b;
  if (layerA !== layerB) return '';
  if (selectorA.startsWith('@') || selectorB.startsWith('@')) {
    // @font-face, @keyframes, @property, @layer statements: the same name decides by order.
    return selectorA === selectorB ? `same at-rule ${selectorA}` : '';
  }
  if (disjointMedia(contextA, contextB)) return '';
  const shared = sharedProperties(declarationsA, declarationsB);
  if (!shared.length) return '';
  const pair = overlappingSelectors(selectorA, selectorB);
  if (!pair) return '';
  return `both set ${shared.join(', ')} for ${pair}`;
}

/** Whether two @media contexts can never hold at once (print against not print, and widths). */
function disjointMedia(a, b) {
  const printA = /@media print\b/.test(a);
  const printB = /@media print\b/.test(b);
  if ((printA && /@media not print\b/.test(b)) || (printB && /@media not print\b/.test(a))) {
    return true;
  }
  const widths = (text, kind) =>
    [...text.matchAll(new RegExp(`\\(${kind}-width: ([\\d.]+)(rem|px|em)\\)`, 'g'))].map(
      ([, n, unit]) => Number(n) * (unit === 'px' ? 1 : 16),
    );
  const maxA = Math.min(...widths(a, 'max'));
  const minB = Math.max(...widths(b, 'min'));
  const maxB = Math.min(...widths(b, 'max'));
  const minA = Math.max(...widths(a, 'min'));
  return maxA < minB || maxB < minA;
}

/** The properties two declaration lists both set, with the same importance. */
function sharedProperties(a, b) {
  const parse = (text) =>
    text
      .split(';')
      .filter(Boolean)
      .map((d) => {
        const prop = d.slice(0, d.indexOf(':'));
        return { prop, important: d.endsWith('!important') };
      });
  const shared = new Set();
  for (const x of parse(a)) {
    for (const y of parse(b)) {
      if (x.important === y.important && sameFamily(x.prop, y.prop)) shared.add(x.prop);
    }
  }
  return [...shared];
}

/** Longhands and shorthands that set one computed value, by their family's name. */
const FAMILIES = {
  top: 'inset',
  right: 'inset',
  bottom: 'inset',
  left: 'inset',
  width: 'size',
  height: 'size',
  inline: 'size',
  block: 'size',
  min: 'size',
  max: 'size',
  line: 'font',
  place: 'align',
  justify: 'align',
  row: 'gap',
  column: 'gap',
  all: 'all',
};

/** A property's family: the properties that can set one of its computed values share it. */
function familyOf(property) {
  if (property.startsWith('--')) return property;
  const first = property.replace(/^-\w+-/, '').split('-')[0];
  return FAMILIES[first] ?? first;
}

/** Whether two properties can set one computed value (when unsure, they can). */
function sameFamily(a, b) {
  if (a === 'all' || b === 'all') return !a.startsWith('--') && !b.startsWith('--');
  return familyOf(a) === familyOf(b);
}

/** A pair of complex selectors, one from each list, that could rank equally on one element. */
function overlappingSelectors(a, b) {
  const listA = complexSelectors(a);
  const listB = complexSelectors(b);
  for (const x of listA) {
    for (const y of listB) {
      if (x.specificity.join() !== y.specificity.join()) continue;
      if (disjointSubjects(x.subject, y.subject)) continue;
      return `${x.text} / ${y.text} (specificity ${x.specificity.join(',')})`;
    }
  }
  return '';
}

/** A selector list's complex selectors, with their specificity and their subject's parts. */
function complexSelectors(text) {
  const list = [];
  selectorParser((root) => {
    for (const selector of root.nodes) {
      const nodes = selector.nodes;
      let start = nodes.length;
      while (start > 0 && nodes[start - 1].type !== 'combinator') start--;
      list.push({
        text: squeeze(selector.toString()),
        specificity: specificity(nodes),
        subject: nodes.slice(start),
      });
    }
  }).processSync(text);
  return list;
}

/** [ids, classes/attributes/pseudo-classes, types/pseudo-elements] of a compound list. */
function specificity(nodes) {
  const total = [0, 0, 0];
  const add = (s) => s.forEach((n, i) => (total[i] += n));
  for (const node of nodes) {
    if (node.type === 'id') total[0]++;
    else if (node.type === 'class' || node.type === 'attribute') total[1]++;
    else if (node.type === 'tag') total[2]++;
    else if (node.type === 'pseudo') {
      const name = node.value.toLowerCase();
      if (name === ':where') continue;
      if ([':is', ':not', ':has', ':matches'].includes(name)) {
        // The most specific selector of the argument list.
        const best = node.nodes
          .map((s) => specificity(s.nodes))
          .reduce((m, s) => (compareSpecificity(s, m) > 0 ? s : m), [0, 0, 0]);
        add(best);
      } else if (
        name.startsWith('::') ||
        [':before', ':after', ':first-line', ':first-letter'].includes(name)
      ) {
        total[2]++;
      } else total[1]++;
    }
  }
  return total;
}

const compareSpecificity = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether two subject compounds can never be one element: different tags, pseudo-elements or ids,
 * or classes (and a tag) that no source file names together: an element's classes come from one
 * file's markup, the book's or Starlight's.
 */
function disjointSubjects(a, b) {
  const tag = (nodes) =>
    nodes.find((n) => n.type === 'tag')?.value.toLowerCase() ??
    (nodes.some((n) => n.type === 'pseudo' && n.value === ':root') ? 'html' : undefined);
  const pseudoElement = (nodes) =>
    nodes
      .filter((n) => n.type === 'pseudo')
      .map((n) => n.value.toLowerCase().replace(/^:(before|after|marker|placeholder)$/, '::$1'))
      .find((name) => name.startsWith('::')) ?? '';
  const id = (nodes) => nodes.find((n) => n.type === 'id')?.value;
  const classes = (nodes) => nodes.filter((n) => n.type === 'class').map((n) => n.value);
  const [tagA, tagB] = [tag(a), tag(b)];
  if (tagA && tagB && tagA !== tagB) return true;
  if (pseudoElement(a) !== pseudoElement(b)) return true;
  const [idA, idB] = [id(a), id(b)];
  if (idA && idB && idA !== idB) return true;
  if (!sources) return false;
  // Classes no file names literally (built at run time) may be on any element: left out.
  const names = [...new Set([...classes(a), ...classes(b)])].filter((n) => filesNaming(n).size);
  if (!names.length) return false;
  const tags = [tagA, tagB].filter(Boolean);
  // An element's literal classes, and its tag when a selector names one, come from one file.
  const [firstName, ...rest] = names;
  for (const file of filesNaming(firstName)) {
    if (
      rest.every((n) => filesNaming(n).has(file)) &&
      tags.every((t) => sources[file].includes(`<${t}`))
    ) {
      return false;
    }
  }
  return true;
}

const naming = new Map();
/** The indices of the source files that name a class as a whole word. */
function filesNaming(name) {
  if (!naming.has(name)) {
    const word = new RegExp(`(^|[^\\w-])${name.replace(/[^\w-]/g, '\\$&')}($|[^\\w-])`);
    naming.set(name, new Set(sources.flatMap((text, i) => (word.test(text) ? [i] : []))));
  }
  return naming.get(name);
}

/** The markup sources (the book's and Starlight's), read once by loadSources. */
let sources;

/** Reads every file that can write the pages' markup: .astro, .tsx, .ts, .mdx, .md. */
export async function loadSources() {
  sources = [];
  for (const folder of ['../src/', '../node_modules/@astrojs/starlight/']) {
    const root = fileURLToPath(new URL(folder, import.meta.url));
    const files = (await readdir(root, { recursive: true })).filter((f) =>
      /\.(astro|tsx|ts|mdx|md)$/.test(f),
    );
    sources.push(...(await Promise.all(files.map((f) => readFile(join(root, f), 'utf8')))));
  }
}

const [command, first, second] = process.argv.slice(2);
if (process.argv[1] !== fileURLToPath(import.meta.url)) {
  // Imported, not run.
} else if (command === 'record' && first && second) await record(first, second);
else if (command === 'compare' && first && second) {
  await loadSources();
  await compare(first, second);
} else {
  process.stderr.write('usage: css-rules.mjs record <dist> <out.json> | compare <a> <b>\n');
  process.exitCode = 2;
}
