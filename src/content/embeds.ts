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
import type { ActivationPlot } from '../components/activations/ActivationPlot.tsx';
import type { CollapseWidget } from '../components/activations/CollapseWidget.tsx';
import type { SoftmaxInputs } from '../components/activations/SoftmaxInputs.tsx';
import type { ApproximationWidget } from '../components/approximation/ApproximationWidget.tsx';
import type { BackpropStepper } from '../components/backprop/BackpropStepper.tsx';
import type { GradientCheck } from '../components/backprop/GradientCheck.tsx';
import type { ChainRuleWidget } from '../components/chain/ChainRuleWidget.tsx';
import type { BatchModesWidget } from '../components/comparison/BatchModesWidget.tsx';
import type { OptimizersWidget } from '../components/comparison/OptimizersWidget.tsx';
import type { TrainingDashboard } from '../components/dashboard/TrainingDashboard.tsx';
import type { ScaleWidget } from '../components/initialisation/ScaleWidget.tsx';
import type { WeightDrawsWidget } from '../components/initialisation/WeightDrawsWidget.tsx';
import type { NetworkWidget } from '../components/network/NetworkWidget.tsx';
import type { ParameterCounter } from '../components/parameters/ParameterCounter.tsx';
import type { EncodingWidget } from '../components/parts/EncodingWidget.tsx';
import type { ScalingWidget } from '../components/parts/ScalingWidget.tsx';
import type { SoftmaxWidget } from '../components/parts/SoftmaxWidget.tsx';
import type { RunExplorer } from '../components/updating/RunExplorer.tsx';
import type { StoreDeclaration } from '../state/page-stores.ts';
// Each embed page's height at each course page width, measured in a browser from a build
// (tests/e2e/embed-heights.spec.ts writes it with UPDATE_EMBED_HEIGHTS=1 and checks it is current).
import measuredHeights from './embed-heights.json' with { type: 'json' };

/** The props of a widget other than its store, which the entry's `store` names. */
type Own<C extends (props: never) => unknown> = Omit<Parameters<C>[0], 'store' | 'storeOptions'>;

/** Every embeddable component, by the name the embed page renders it under. */
export interface WidgetProps {
  ApproximationWidget: Own<typeof ApproximationWidget>;
  ScalingWidget: Own<typeof ScalingWidget>;
  EncodingWidget: Own<typeof EncodingWidget>;
  SoftmaxWidget: Own<typeof SoftmaxWidget>;
  ParameterCounter: Own<typeof ParameterCounter>;
  ActivationPlot: Own<typeof ActivationPlot>;
  SoftmaxInputs: Own<typeof SoftmaxInputs>;
  CollapseWidget: Own<typeof CollapseWidget>;
  NetworkWidget: Own<typeof NetworkWidget>;
  ChainRuleWidget: Own<typeof ChainRuleWidget>;
  GradientCheck: Own<typeof GradientCheck>;
  BackpropStepper: Own<typeof BackpropStepper>;
  WeightDrawsWidget: Own<typeof WeightDrawsWidget>;
  ScaleWidget: Own<typeof ScaleWidget>;
  RunExplorer: Own<typeof RunExplorer>;
  BatchModesWidget: Own<typeof BatchModesWidget>;
  OptimizersWidget: Own<typeof OptimizersWidget>;
  TrainingDashboard: Own<typeof TrainingDashboard>;
}

export type WidgetName = keyof WidgetProps;

interface EmbedOf<W extends WidgetName> {
  /** The page's address: `/embed/<slug>/`. Lower case, digits and hyphens. */
  readonly slug: string;
  /** The embed's heading and its iframe's title. */
  readonly title: string;
  /** One sentence: what a reader does with it. */
  readonly description: string;
  /** The chapter's slug (its file name under src/content/docs). */
  readonly chapter: string;
  /** The id of the chapter's heading of the section the widget sits in. */
  readonly anchor: string;
  /** The component, and its props as the chapter gives them (the same id, so the same element ids). */
  readonly widget: W;
  readonly props: WidgetProps[W];
  /** The store the widget draws, by the name the chapter's front matter declares it under. */
  readonly store: string;
}

/** One embeddable widget. */
export type Embed = { [W in WidgetName]: EmbedOf<W> }[WidgetName];

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

/**
 * An embed page's height in CSS pixels by course page width ("360", "700", "1000"): what an
 * iframe of that width needs to show the whole widget without scrolling inside it.
 */
export function embedHeights(slug: string): Readonly<Record<string, number>> {
  const heights = (measuredHeights as Record<string, Record<string, number>>)[slug];
  if (!heights) throw new Error(`embed "${slug}" has no measured heights in embed-heights.json`);
  return heights;
}

/** The embed with this slug, or undefined. */
export function embedOf(slug: string): Embed | undefined {
  return EMBEDS.find((embed) => embed.slug === slug);
}

/**
 * The declarations an embed's page makes: its store's, exactly as its chapter declares it (the
 * chapter's front matter `stores`). A store the chapter does not declare stops the build.
 */
export function declarationsOf(
  embed: Embed,
  chapterStores: Readonly<Record<string, StoreDeclaration>> | undefined,
): Record<string, StoreDeclaration> {
  const declaration = chapterStores?.[embed.store];
  if (!declaration) {
    throw new Error(
      `embed "${embed.slug}": the chapter ${embed.chapter} declares no store "${embed.store}"`,
    );
  }
  return { [embed.store]: declaration };
}

/** A base path with exactly one slash at each end ("/" stays "/"). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The path of an embed's page under the site's base path. */
export function embedPath(base: string, slug: string): string {
  return `${normalizeBase(base)}embed/${slug}/`;
}

/** The path of a chapter under the site's base path. */
export function chapterPath(base: string, chapter: string): string {
  return `${normalizeBase(base)}${chapter}/`;
}
