/** The ApproximationWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { ApproximationWidget } from './ApproximationWidget.tsx';

export default defineEmbed<typeof ApproximationWidget>({
  slug: 'approximation',
  title: 'A network that learns a curve',
  description:
    'A network with one input and m hidden nodes trains on a target curve; play the run and watch the fit and the loss.',
  chapter: 'concepts',
  anchor: 'a-network-that-learns-a-curve',
  props: { id: 'fit', anchor: 'a-network-that-learns-a-curve' },
  store: 'fit',
  kind: 'approximation',
});
