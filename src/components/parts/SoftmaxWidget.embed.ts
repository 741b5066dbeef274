/** The SoftmaxWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { SoftmaxWidget } from './SoftmaxWidget.tsx';

export default defineEmbed<typeof SoftmaxWidget>({
  slug: 'softmax-probabilities',
  title: 'Softmax probabilities of the output nodes',
  description:
    'Set the inputs of two to six output nodes and read the probabilities softmax makes of them.',
  chapter: 'network-parts',
  anchor: 'a-categorical-response-softmax',
  props: { id: 'outputs', anchor: 'a-categorical-response-softmax' },
  store: 'outputs',
  kind: 'class-output',
});
