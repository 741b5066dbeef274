/** The OptimizersWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { OptimizersWidget } from './OptimizersWidget.tsx';

export default defineEmbed<typeof OptimizersWidget>({
  slug: 'optimizers',
  title: 'Gradient descent, momentum and Adam',
  description:
    'Train the network with three update rules from one start and compare their loss and their first steps.',
  chapter: 'momentum-and-adam',
  anchor: 'three-rules-side-by-side',
  props: { id: 'rules', anchor: 'three-rules-side-by-side' },
  store: 'rules',
  kind: 'optimizers',
});
