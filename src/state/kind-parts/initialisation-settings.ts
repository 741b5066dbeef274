/**
 * Settings of the initialisation chapter's kinds that its text states too (content/facts-initialisation.ts):
 * the widgets (components/initialisation/*.kind.ts) and the prose read them from here.
 */

/** Epochs of each run of the scaled start: a few hundred, as the chapter's loop needs far fewer to fit one sample. */
export const EPOCHS = 300;
/** The largest scale a reader may set. */
export const MAX_SCALE = 20;
/** Bins of the weight draws' histogram, over [−a, a]. */
export const BINS = 20;

/** Layers a reader can pick in one click: the chapter's two, and a wide one. */
export const LAYER_PRESETS = [
  { name: 'the chapter’s hidden layer', p: 3, k: 2 },
  { name: 'its output layer', p: 2, k: 1 },
  { name: 'a wide layer', p: 256, k: 256 },
] as const;
