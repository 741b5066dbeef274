/**
 * The book's table of contents: the source chapter's sections in its order from concepts to the
 * dashboard, with four departures. The parameter count and the activation functions come before
 * the forward pass (the source counts parameters and surveys activations after it), so the
 * network's parts are all named first; the notation, the source's closing comments on its
 * nomenclature, sits with them for the same reason; initialisation, a step of the source's
 * "Training Networks Steps", gets a chapter among the training chapters; and momentum and Adam go
 * beyond the source, as does the lab, which closes the book with a network of the reader's own.
 * Entries are page slugs (their file names under src/content/docs); the sidebar and the home
 * page's contents take each title from the page itself. Add a chapter here when its page lands.
 */
export const sidebar = [
  { label: 'Start here', link: '/' },
  {
    label: 'What a network is',
    items: ['concepts', 'network-parts', 'parameters', 'activation-functions', 'notation'],
  },
  {
    label: 'How a network predicts',
    items: ['forward-pass'],
  },
  {
    label: 'How a network learns',
    items: ['training-steps', 'chain-rule', 'backpropagation', 'backpropagation-example'],
  },
  {
    label: 'How a network is trained',
    items: [
      'initialisation',
      'updating-parameters',
      'training-epochs',
      'momentum-and-adam',
      'training-dashboard',
      'lab',
    ],
  },
  // Not a chapter: how to hand the book's widgets to a class (links, presets, embeds).
  { label: 'For instructors', link: '/instructors/' },
  // Every chapter on one page (src/pages/book.astro), to print or save as a PDF.
  { label: 'The whole book, for printing', link: '/book/' },
];

/** The chapters' slugs, in the sidebar's order (the home page and the whole book are not chapters). */
export const chapterSlugs: readonly string[] = sidebar.flatMap((entry) =>
  'items' in entry ? entry.items : [],
);
