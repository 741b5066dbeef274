/** The CollapseWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { CollapseWidget } from './CollapseWidget.tsx';

export default defineEmbed<typeof CollapseWidget>({
  slug: 'linear-collapse',
  title: 'Without a nonlinearity, a network collapses',
  description:
    'Compare the chapter’s network with the one linear model its weights collapse to when the hidden nodes pass their input on.',
  chapter: 'activation-functions',
  anchor: 'without-a-nonlinearity-a-network-collapses',
  props: { id: 'collapse', anchor: 'without-a-nonlinearity-a-network-collapses' },
  store: 'collapse',
  kind: 'collapse',
});
