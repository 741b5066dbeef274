/** The ScalingWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { ScalingWidget } from './ScalingWidget.tsx';

export default defineEmbed<typeof ScalingWidget>({
  slug: 'min-max-scaling',
  title: 'Min/max scaling and back',
  description:
    'Type a column of porosity values, pick the range [0, 1] or [−1, 1], and see each value scaled and restored.',
  chapter: 'network-parts',
  anchor: 'continuous-features-minmax-scaling',
  props: { id: 'scaling', anchor: 'continuous-features-minmax-scaling' },
  store: 'scaling',
  kind: 'scaling',
});
