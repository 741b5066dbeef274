/** The ParameterCounter's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { ParameterCounter } from './ParameterCounter.tsx';

export default defineEmbed<typeof ParameterCounter>({
  slug: 'parameter-counter',
  title: 'The parameter counter',
  description:
    'Type the widths of any fully connected network and count its weights and biases, term by term.',
  chapter: 'parameters',
  anchor: 'count-a-network-of-your-own',
  props: { id: 'counter', anchor: 'count-a-network-of-your-own' },
  store: 'counter',
  kind: 'widths',
});
