/**
 * Each chapter's exercises widget, by the chapter's slug, loaded when a reader turns to the
 * exercises (CheckYourself.tsx). A module of its own, loaded on that first approach, so that the
 * islands carry one import and not the six.
 */
import type { ComponentType } from 'preact';
import type { ExercisesProps } from './Exercises.tsx';

type Widget = ComponentType<ExercisesProps>;

const WIDGETS: Readonly<Record<string, () => Promise<Widget>>> = {
  'forward-pass': () => import('./ForwardPassQuestions.tsx').then((m) => m.ForwardPassQuestions),
  backpropagation: () =>
    import('./BackpropagationQuestions.tsx').then((m) => m.BackpropagationQuestions),
  parameters: () => import('./ParameterQuestions.tsx').then((m) => m.ParameterQuestions),
  'updating-parameters': () => import('./UpdateQuestions.tsx').then((m) => m.UpdateQuestions),
  'activation-functions': () =>
    import('./ActivationQuestions.tsx').then((m) => m.ActivationQuestions),
  lab: () => import('./LabQuestions.tsx').then((m) => m.LabQuestions),
};

/** The widget of a chapter's exercises, loaded; undefined for a chapter that has none. */
export async function loadWidget(set: string): Promise<Widget | undefined> {
  return Object.hasOwn(WIDGETS, set) ? WIDGETS[set]!() : undefined;
}
