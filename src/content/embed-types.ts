/**
 * The shape of an embed entry: the component it renders, by name, with the props the chapter gives
 * it. Only types are imported from the components, so the registry stays plain data.
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
