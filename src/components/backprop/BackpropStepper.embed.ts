/** The BackpropStepper's embed: its page at /embed/<slug>/ and its line on the instructors' page. */
import { defineEmbed } from '../../content/embed-types.ts';
import type { BackpropStepper } from './BackpropStepper.tsx';

export default defineEmbed<typeof BackpropStepper>({
  slug: 'backprop-stepper',
  title: 'One training step, operation by operation',
  description:
    'Step through the forward pass, the loss, the backward pass and the update of one training step, each operation with its numbers.',
  chapter: 'backpropagation',
  anchor: 'the-backward-pass-in-order',
  props: {
    id: 'stepper',
    anchor: 'the-backward-pass-in-order',
    caption:
      'One training step, one operation at a time. Use the buttons, or the arrow keys, Home and End while a button has focus.',
  },
  store: 'network',
  kind: 'network',
});
