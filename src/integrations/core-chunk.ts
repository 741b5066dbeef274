/**
 * Chunks the build makes by hand: the modules every page with a widget runs ("core"), and the
 * network diagram for the pages that draw it.
 *
 * Left to itself, the bundler splits them into a dozen small chunks, one per set of pages that
 * shares them. Each small file gzips on its own and carries its own import and export lists; one
 * file of the same modules is 1.6 to 2.6 kB (gzip) lighter on every chapter with widgets, and no
 * page loads anything it did not load before except a few hundred bytes of the shared controls.
 */

/** Whether a module id (any path separator) holds one of these paths. */
function namesAny(id: string, paths: readonly string[]): boolean {
  const path = id.replace(/\\/g, '/');
  return paths.some((module) => path.includes(module));
}

/** Paths (as they appear in a module id) of the modules in the core chunk. */
const CORE_MODULES = [
  // The stores, their codecs, the number format, live numbers in equations and the address bar.
  'src/state/store.ts',
  'src/state/store-kind.ts',
  'src/state/preset.ts',
  'src/state/settle.ts',
  'src/state/page-stores.ts',
  'src/state/codecs.ts',
  'src/state/number-codecs.ts',
  'src/state/vector-codec.ts',
  'src/state/format.ts',
  'src/state/live-numbers.ts',
  'src/state/link.ts',
  'src/state/highlight.ts',
  // What every kind is written with: its settings, its quantities, the words for a run that stops.
  'src/state/define-kind.ts',
  'src/state/quantities.ts',
  'src/state/kind-parts/diverged.ts',
  // The weights' and biases' settings, which every kind with a network the reader sets declares.
  'src/state/kind-parts/weights.ts',
  // The controls and readouts that almost every widget shows.
  'src/components/useStore',
  'src/components/LiveNumber',
  'src/components/QuantitySymbol',
  'src/components/SettingControl',
  'src/components/StoreActions',
  'src/components/StateLink',
  'src/components/ParameterList',
  // Radio buttons for a view choice, on every page with a network diagram or run plots.
  'src/components/SettingChoice',
  // The readout of a widget's watched numbers.
  'src/components/ReadoutList',
  // The width a diagram or a plot has to draw in.
  'src/components/useRoom',
];

/** Whether a module (by its id, any path separator) belongs in the core chunk. */
export function isCoreModule(id: string): boolean {
  return namesAny(id, CORE_MODULES);
}

/**
 * Preact and signals, which every island renders with: one chunk of their own ("preact"), apart
 * from our code, so that a page's JavaScript can be counted as ours and the libraries' (the page
 * gate's budgets: our own code to wake a widget, and all JavaScript on a page).
 */
const VENDOR_MODULES = ['node_modules/preact/', 'node_modules/@preact/signals'];

/** Whether a module (by its id, any path separator) belongs in the libraries' chunk. */
export function isVendorModule(id: string): boolean {
  return namesAny(id, VENDOR_MODULES);
}

/**
 * The bundler's helper for dynamic imports (Vite's preload helper, which also runs Starlight's
 * search script), in a chunk of its own. A chunk group takes in what its modules import, so left
 * to itself the helper went into the core chunk, and every page, the home page and the notation
 * page included, loaded all of core (8.9 kB gzip) and Preact with it for one small function.
 */
export function isImportHelperModule(id: string): boolean {
  return /[\\/]preload-helper/.test(id);
}

/** The network diagram's modules: one chunk for the pages that draw the network. */
const DIAGRAM_MODULES = [
  'src/components/network/NetworkDiagram',
  'src/components/network/geometry',
  'src/components/network/ParameterList',
];

/** Whether a module (by its id) belongs in the network diagram's chunk. */
export function isDiagramModule(id: string): boolean {
  return namesAny(id, DIAGRAM_MODULES);
}

/**
 * The plot, the table of live numbers beside it, and the axis and marker that plots against the
 * epochs share: one chunk ("LinePlot"). Every widget that draws a run over its epochs also lists
 * it in a table; apart, the table was a chunk of its own, one more file of half a kilobyte on each
 * of those pages (the activation plots alone draw without one).
 */
const PLOT_MODULES = [
  'src/components/plot/LinePlot',
  'src/components/plot/LiveTable',
  'src/components/plot/epochs',
];

/** Whether a module (by its id) belongs in the plots' chunk. */
export function isPlotModule(id: string): boolean {
  return namesAny(id, PLOT_MODULES);
}

/**
 * The engine's modules that every page with a network loads, kept as one chunk ("engine-core"):
 * the engine's core folder (the network, its passes, its training loop and the operations of a
 * step) and the chapter's 3-2-1 network by hand, which every network page's run is made from.
 *
 * The bundler groups modules by the set of pages that reach them. A kind that imports two or three
 * of these (each chapter's exercises) would otherwise cut the group into pieces, and every page
 * would then load the same code as five or six files instead of one: 1.4 kB more (gzip) on every
 * chapter with widgets. The gradients, the other scenarios and the exercises stay out: each is
 * loaded by the pages that show it (the gradient check by the backpropagation pages alone).
 */
const ENGINE_CORE = /\/src\/engine\/(core\/\w+|scenarios\/byHand)\.ts$/;

/** Whether a module (by its id, any path separator) belongs in the engine-core chunk. */
export function isEngineCoreModule(id: string): boolean {
  return ENGINE_CORE.test(id.replace(/\\/g, '/'));
}

/**
 * The page's state script and the table of kinds it is handed (`kind-loaders.ts`), kept as one
 * chunk named "page-state": the whole book's page imports the table again when opened with a link,
 * and the bundler would otherwise give it a file of its own on every chapter (about 150 B more,
 * gzip, and one request).
 */
const PAGE_STATE = /\/src\/(state\/page-state|components\/kind-loaders)\.ts$/;

/** Whether a module (by its id, any path separator) belongs in the page-state chunk. */
export function isPageStateModule(id: string): boolean {
  return PAGE_STATE.test(id.replace(/\\/g, '/'));
}

/**
 * The store kind of the chapter's network, as the training dashboard runs it, with the parts
 * every network kind is made of (the factory, its settings and quantities, the chapter's network),
 * kept as one chunk ("network-kind"). The `network` kind is the same with the gradient check: left
 * to itself, the bundler gave the shared parts a file of their own and the dashboard's kind
 * another (about 120 B more, gzip, and one request on the dashboard).
 */
const NETWORK_KIND =
  /\/src\/(state\/kind-parts\/(network-\w+|chapter-network)|components\/dashboard\/training-run\.kind)\.ts$/;

/** Whether a module (by its id, any path separator) belongs in the network-kind chunk. */
export function isNetworkKindModule(id: string): boolean {
  return NETWORK_KIND.test(id.replace(/\\/g, '/'));
}
