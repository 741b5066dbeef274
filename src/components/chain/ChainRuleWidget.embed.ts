/** The ChainRuleWidget's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { ChainRuleWidget } from './ChainRuleWidget.tsx';

export default defineEmbed<typeof ChainRuleWidget>({
  slug: 'chain-rule',
  title: 'The chain rule on three functions',
  description:
    'Pick three functions and an input, and multiply the local derivatives back from the output, checked by a central difference.',
  chapter: 'chain-rule',
  anchor: 'a-nest-of-functions',
  props: { id: 'chain', anchor: 'a-nest-of-functions' },
  store: 'chain',
  kind: 'chain',
});
