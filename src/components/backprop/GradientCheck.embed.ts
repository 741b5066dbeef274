/** The GradientCheck's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { GradientCheck } from './GradientCheck.tsx';

export default defineEmbed<typeof GradientCheck>({
  slug: 'gradient-check',
  title: 'The gradient check',
  description:
    'Compare every derivative backpropagation gives with its central-difference estimate, and find the step ε where the two agree.',
  chapter: 'backpropagation',
  anchor: 'derivatives-for-the-weights-and-biases',
  props: {
    id: 'gradcheck',
    anchor: 'derivatives-for-the-weights-and-biases',
    caption:
      'The gradient check: each derivative from backprop beside its estimate from the loss alone, [L(θ + ε) − L(θ − ε)] / 2ε, and their relative difference |a − b| / max(|a|, |b|). Change the step ε and watch the estimates.',
  },
  store: 'network',
  kind: 'network',
});
