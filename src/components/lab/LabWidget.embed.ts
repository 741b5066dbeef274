/** The lab's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { LabWidget } from './LabWidget.tsx';

export default defineEmbed<typeof LabWidget>({
  slug: 'lab',
  title: 'The lab',
  description:
    'Design a network (layers, activations, output), pick its data and its training, and open any node to read its forward and backward equations at any epoch.',
  chapter: 'lab',
  anchor: 'the-lab',
  props: {
    id: 'lab',
    anchor: 'the-lab',
    caption:
      'Your own network: design it, choose its data and its training, then move through the run and open any node.',
  },
  store: 'lab',
  kind: 'lab',
});
