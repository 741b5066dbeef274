/** The TrainingDashboard's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { TrainingDashboard } from './TrainingDashboard.tsx';

export default defineEmbed<typeof TrainingDashboard>({
  slug: 'training-dashboard',
  title: 'The training dashboard',
  description:
    'Train the network for up to 5,000 epochs, play the run, and follow every weight, gradient and the loss on the diagram and the plots.',
  chapter: 'training-dashboard',
  anchor: 'the-dashboard',
  props: { id: 'dashboard', anchor: 'the-dashboard' },
  store: 'dashboard',
  kind: 'training-run',
});
