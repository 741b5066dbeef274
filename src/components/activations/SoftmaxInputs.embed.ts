/** The SoftmaxInputs's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { SoftmaxInputs } from './SoftmaxInputs.tsx';

export default defineEmbed<typeof SoftmaxInputs>({
  slug: 'softmax',
  title: 'Softmax, term by term',
  description:
    'Set the inputs of three output nodes and follow softmax from the exponentials to the probabilities.',
  chapter: 'activation-functions',
  anchor: 'softmax',
  props: { id: 'softmax-widget', anchor: 'softmax' },
  store: 'outputs',
  kind: 'activation',
});
