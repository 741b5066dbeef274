/** The EncodingWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { EncodingWidget } from './EncodingWidget.tsx';

export default defineEmbed<typeof EncodingWidget>({
  slug: 'one-hot-encoding',
  title: 'One-hot and ordinal codes',
  description:
    'Type the facies of a few samples and compare their one-hot columns with a single ordinal input.',
  chapter: 'network-parts',
  anchor: 'categorical-features-one-hot-encoding',
  props: { id: 'facies', anchor: 'categorical-features-one-hot-encoding' },
  store: 'facies',
  kind: 'encoding',
});
