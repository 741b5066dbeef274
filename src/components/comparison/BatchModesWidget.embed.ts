/** The BatchModesWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { BatchModesWidget } from './BatchModesWidget.tsx';

export default defineEmbed<typeof BatchModesWidget>({
  slug: 'batch-modes',
  title: 'Batch, stochastic and mini-batch descent',
  description:
    'Train the network three ways on a table of samples you edit, and compare the loss by epoch and by update.',
  chapter: 'training-epochs',
  anchor: 'three-runs-side-by-side',
  props: { id: 'modes', anchor: 'three-runs-side-by-side' },
  store: 'train',
  kind: 'batch-modes',
});
