/** The WeightDrawsWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { WeightDrawsWidget } from './WeightDrawsWidget.tsx';

export default defineEmbed<typeof WeightDrawsWidget>({
  slug: 'weight-draws',
  title: 'Drawing the starting weights',
  description:
    'Draw a layer’s random starting weights within ±1/√p (the commonly used heuristic) or Glorot (Xavier) bounds and compare their histogram with the flat distribution.',
  chapter: 'initialisation',
  anchor: 'drawing-the-weights',
  props: { id: 'draws', anchor: 'drawing-the-weights' },
  store: 'draws',
  kind: 'weight-draws',
});
