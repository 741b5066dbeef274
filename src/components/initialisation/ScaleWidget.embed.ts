/** The ScaleWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { ScaleWidget } from './ScaleWidget.tsx';

export default defineEmbed<typeof ScaleWidget>({
  slug: 'starting-scale',
  title: 'What the starting scale does',
  description:
    'Scale the network’s starting weights from zero to large and watch the hidden nodes and the loss as it trains.',
  chapter: 'initialisation',
  anchor: 'what-the-starting-scale-does',
  props: { id: 'start', anchor: 'what-the-starting-scale-does' },
  store: 'start',
  kind: 'init-scale',
});
