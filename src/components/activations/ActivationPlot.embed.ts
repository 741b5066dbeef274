/** The ActivationPlot's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { ActivationPlot } from './ActivationPlot.tsx';

export default defineEmbed<typeof ActivationPlot>({
  slug: 'activation-functions',
  title: 'Activation functions and their slopes',
  description:
    'Pick an activation function and move the node input z along its curve and its slope.',
  chapter: 'activation-functions',
  anchor: 'the-functions-and-their-slopes',
  props: { id: 'activation', anchor: 'the-functions-and-their-slopes' },
  store: 'curves',
  kind: 'activation',
});
