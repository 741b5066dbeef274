/** The RunExplorer's embeds: a page each at /embed/<slug>/ and a line each on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { RunExplorer } from './RunExplorer.tsx';

export default [
  defineEmbed<typeof RunExplorer>({
    slug: 'learning-rate',
    title: 'How big a step: the learning rate',
    description:
      'Train the network for 500 epochs with the learning rate you choose, from too small to diverging.',
    chapter: 'updating-parameters',
    anchor: 'how-big-a-step-the-learning-rate',
    props: {
      id: 'rates',
      plots: 'rates',
      anchor: 'how-big-a-step-the-learning-rate',
      caption:
        "The chapter's network trained for 500 epochs from the same start with the learning rate you choose. The plots can show their epochs on a logarithmic axis.",
    },
    store: 'rates',
    kind: 'network',
  }),
  defineEmbed<typeof RunExplorer>({
    slug: 'learning-rate-decay',
    title: 'Shrinking the learning rate',
    description: 'Set η₀ and the decay, and plot the learning rate of every epoch of the run.',
    chapter: 'updating-parameters',
    anchor: 'shrinking-the-learning-rate-as-training-goes-on',
    props: {
      id: 'decay',
      plots: 'decay',
      anchor: 'shrinking-the-learning-rate-as-training-goes-on',
      caption:
        'The learning rate of each epoch, η₀ / (1 + decay · ℓ), for the η₀ and decay you choose.',
    },
    store: 'decay',
    kind: 'network',
  }),
];
