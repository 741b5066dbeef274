/**
 * The book's embeddable widgets: each one gets a page of its own, `/embed/<slug>/`, with no site
 * around it, for an iframe in a course page. The instructors' page lists them.
 *
 * An entry names the chapter and section the widget comes from, the component and its props, and
 * the store it draws, by the name the chapter gives it. It holds no store declaration of its own:
 * the embed page reads the declaration from the chapter's front matter (`declarationsOf`), so the
 * embed's state, its links and the chapter's are the same, and a link from one opens in the other.
 *
 * Only types are imported from the components, so this module stays plain data for the unit tests
 * and the build.
 */
import type { Embed } from './embed-types.ts';

export type { Embed, WidgetName, WidgetProps } from './embed-types.ts';
export { declarationsOf, embedHeights } from './embed-page.ts';
export { chapterPath, embedPath, normalizeBase } from './embed-paths.ts';

/** The embeddable widgets, in the book's order. */
export const EMBEDS: readonly Embed[] = [
  {
    slug: 'approximation',
    title: 'A network that learns a curve',
    description:
      'A network with one input and m hidden nodes trains on a target curve; play the run and watch the fit and the loss.',
    chapter: 'concepts',
    anchor: 'a-network-that-learns-a-curve',
    widget: 'ApproximationWidget',
    props: { id: 'fit', anchor: 'a-network-that-learns-a-curve' },
    store: 'fit',
  },
  {
    slug: 'min-max-scaling',
    title: 'Min/max scaling and back',
    description:
      'Type a column of porosity values, pick the range [0, 1] or [−1, 1], and see each value scaled and restored.',
    chapter: 'network-parts',
    anchor: 'continuous-features-minmax-scaling',
    widget: 'ScalingWidget',
    props: { id: 'scaling', anchor: 'continuous-features-minmax-scaling' },
    store: 'scaling',
  },
  {
    slug: 'one-hot-encoding',
    title: 'One-hot and ordinal codes',
    description:
      'Type the facies of a few samples and compare their one-hot columns with a single ordinal input.',
    chapter: 'network-parts',
    anchor: 'categorical-features-one-hot-encoding',
    widget: 'EncodingWidget',
    props: { id: 'facies', anchor: 'categorical-features-one-hot-encoding' },
    store: 'facies',
  },
  {
    slug: 'softmax-probabilities',
    title: 'Softmax probabilities of the output nodes',
    description:
      'Set the inputs of two to six output nodes and read the probabilities softmax makes of them.',
    chapter: 'network-parts',
    anchor: 'a-categorical-response-softmax',
    widget: 'SoftmaxWidget',
    props: { id: 'outputs', anchor: 'a-categorical-response-softmax' },
    store: 'outputs',
  },
  {
    slug: 'parameter-counter',
    title: 'The parameter counter',
    description:
      'Type the widths of any fully connected network and count its weights and biases, term by term.',
    chapter: 'parameters',
    anchor: 'count-a-network-of-your-own',
    widget: 'ParameterCounter',
    props: { id: 'counter', anchor: 'count-a-network-of-your-own' },
    store: 'counter',
  },
  {
    slug: 'activation-functions',
    title: 'Activation functions and their slopes',
    description:
      'Pick an activation function and move the node input z along its curve and its slope.',
    chapter: 'activation-functions',
    anchor: 'the-functions-and-their-slopes',
    widget: 'ActivationPlot',
    props: { id: 'activation', anchor: 'the-functions-and-their-slopes' },
    store: 'curves',
  },
  {
    slug: 'softmax',
    title: 'Softmax, term by term',
    description:
      'Set the inputs of three output nodes and follow softmax from the exponentials to the probabilities.',
    chapter: 'activation-functions',
    anchor: 'softmax',
    widget: 'SoftmaxInputs',
    props: { id: 'softmax-widget', anchor: 'softmax' },
    store: 'outputs',
  },
  {
    slug: 'linear-collapse',
    title: 'Without a nonlinearity, a network collapses',
    description:
      'Compare the chapter’s network with the one linear model its weights collapse to when the hidden nodes pass their input on.',
    chapter: 'activation-functions',
    anchor: 'without-a-nonlinearity-a-network-collapses',
    widget: 'CollapseWidget',
    props: { id: 'collapse', anchor: 'without-a-nonlinearity-a-network-collapses' },
    store: 'collapse',
  },
  {
    slug: 'forward-pass',
    title: 'The network’s forward pass',
    description:
      'Change the sample, a weight or a bias of the 3-2-1 network and follow every node’s value to the prediction and the loss.',
    chapter: 'forward-pass',
    anchor: 'a-simple-network',
    widget: 'NetworkWidget',
    props: {
      id: 'network',
      anchor: 'a-simple-network',
      caption:
        'The network, live. Change an input, a weight or a bias; every number on this page follows.',
    },
    store: 'network',
  },
  {
    slug: 'chain-rule',
    title: 'The chain rule on three functions',
    description:
      'Pick three functions and an input, and multiply the local derivatives back from the output, checked by a central difference.',
    chapter: 'chain-rule',
    anchor: 'a-nest-of-functions',
    widget: 'ChainRuleWidget',
    props: { id: 'chain', anchor: 'a-nest-of-functions' },
    store: 'chain',
  },
  {
    slug: 'backward-pass',
    title: 'The backward pass, on the diagram',
    description:
      'See the derivative of the loss at every node, weight and bias of the network, and how each follows the sample and the parameters.',
    chapter: 'backpropagation',
    anchor: '_top',
    widget: 'NetworkWidget',
    props: {
      id: 'network',
      anchor: '_top',
      views: true,
      caption:
        "The network, backwards: the derivative of the loss at every node's input and output and on every weight and bias. Switch views, or change an input, the target, a weight or a bias; every number on this page follows.",
    },
    store: 'network',
  },
  {
    slug: 'gradient-check',
    title: 'The gradient check',
    description:
      'Compare every derivative backpropagation gives with its central-difference estimate, and find the step ε where the two agree.',
    chapter: 'backpropagation',
    anchor: 'derivatives-for-the-weights-and-biases',
    widget: 'GradientCheck',
    props: {
      id: 'gradcheck',
      anchor: 'derivatives-for-the-weights-and-biases',
      caption:
        'The gradient check: each derivative from backprop beside its estimate from the loss alone, [L(θ + ε) − L(θ − ε)] / 2ε, and their relative difference |a − b| / max(|a|, |b|). Change the step ε and watch the estimates.',
    },
    store: 'network',
  },
  {
    slug: 'backprop-stepper',
    title: 'One training step, operation by operation',
    description:
      'Step through the forward pass, the loss, the backward pass and the update of one training step, each operation with its numbers.',
    chapter: 'backpropagation',
    anchor: 'the-backward-pass-in-order',
    widget: 'BackpropStepper',
    props: {
      id: 'stepper',
      anchor: 'the-backward-pass-in-order',
      caption:
        'One training step, one operation at a time. Use the buttons, or the arrow keys, Home and End while a button has focus.',
    },
    store: 'network',
  },
  {
    slug: 'weight-draws',
    title: 'Drawing the starting weights',
    description:
      'Draw a layer’s random starting weights within ±1/√p (the commonly used heuristic) or Glorot (Xavier) bounds and compare their histogram with the flat distribution.',
    chapter: 'initialisation',
    anchor: 'drawing-the-weights',
    widget: 'WeightDrawsWidget',
    props: { id: 'draws', anchor: 'drawing-the-weights' },
    store: 'draws',
  },
  {
    slug: 'starting-scale',
    title: 'What the starting scale does',
    description:
      'Scale the network’s starting weights from zero to large and watch the hidden nodes and the loss as it trains.',
    chapter: 'initialisation',
    anchor: 'what-the-starting-scale-does',
    widget: 'ScaleWidget',
    props: { id: 'start', anchor: 'what-the-starting-scale-does' },
    store: 'start',
  },
  {
    slug: 'learning-rate',
    title: 'How big a step: the learning rate',
    description:
      'Train the network for 500 epochs with the learning rate you choose, from too small to diverging.',
    chapter: 'updating-parameters',
    anchor: 'how-big-a-step-the-learning-rate',
    widget: 'RunExplorer',
    props: {
      id: 'rates',
      plots: 'rates',
      anchor: 'how-big-a-step-the-learning-rate',
      caption:
        "The chapter's network trained for 500 epochs from the same start with the learning rate you choose. The plots can show their epochs on a logarithmic axis.",
    },
    store: 'rates',
  },
  {
    slug: 'learning-rate-decay',
    title: 'Shrinking the learning rate',
    description: 'Set η₀ and the decay, and plot the learning rate of every epoch of the run.',
    chapter: 'updating-parameters',
    anchor: 'shrinking-the-learning-rate-as-training-goes-on',
    widget: 'RunExplorer',
    props: {
      id: 'decay',
      plots: 'decay',
      anchor: 'shrinking-the-learning-rate-as-training-goes-on',
      caption:
        'The learning rate of each epoch, η₀ / (1 + decay · ℓ), for the η₀ and decay you choose.',
    },
    store: 'decay',
  },
  {
    slug: 'batch-modes',
    title: 'Batch, stochastic and mini-batch descent',
    description:
      'Train the network three ways on a table of samples you edit, and compare the loss by epoch and by update.',
    chapter: 'training-epochs',
    anchor: 'three-runs-side-by-side',
    widget: 'BatchModesWidget',
    props: { id: 'modes', anchor: 'three-runs-side-by-side' },
    store: 'train',
  },
  {
    slug: 'optimizers',
    title: 'Gradient descent, momentum and Adam',
    description:
      'Train the network with three update rules from one start and compare their loss and their first steps.',
    chapter: 'momentum-and-adam',
    anchor: 'three-rules-side-by-side',
    widget: 'OptimizersWidget',
    props: { id: 'rules', anchor: 'three-rules-side-by-side' },
    store: 'rules',
  },
  {
    slug: 'training-dashboard',
    title: 'The training dashboard',
    description:
      'Train the network for up to 5,000 epochs, play the run, and follow every weight, gradient and the loss on the diagram and the plots.',
    chapter: 'training-dashboard',
    anchor: 'the-dashboard',
    widget: 'TrainingDashboard',
    props: { id: 'dashboard', anchor: 'the-dashboard' },
    store: 'dashboard',
  },
];

/** The embed with this slug, or undefined. */
export function embedOf(slug: string): Embed | undefined {
  return EMBEDS.find((embed) => embed.slug === slug);
}
