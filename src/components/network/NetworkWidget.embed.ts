/** The NetworkWidget's embeds: a page each at /embed/<slug>/ and a line each on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { NetworkWidget } from './NetworkWidget.tsx';

export default [
  defineEmbed<typeof NetworkWidget>({
    slug: 'forward-pass',
    title: 'The network’s forward pass',
    description:
      'Change the sample, a weight or a bias of the 3-2-1 network and follow every node’s value to the prediction and the loss.',
    chapter: 'forward-pass',
    anchor: 'a-simple-network',
    props: {
      id: 'network',
      anchor: 'a-simple-network',
      caption:
        'The network, live. Change an input, a weight or a bias; every number on this page follows.',
    },
    store: 'network',
    kind: 'network',
  }),
  defineEmbed<typeof NetworkWidget>({
    slug: 'backward-pass',
    title: 'The backward pass, on the diagram',
    description:
      'See the derivative of the loss at every node, weight and bias of the network, and how each follows the sample and the parameters.',
    chapter: 'backpropagation',
    anchor: '_top',
    props: {
      id: 'network',
      anchor: '_top',
      views: true,
      caption:
        "The network, backwards: the derivative of the loss at every node's input and output and on every weight and bias. Switch views, or change an input, the target, a weight or a bias; every number on this page follows.",
    },
    store: 'network',
    kind: 'network',
  }),
];
