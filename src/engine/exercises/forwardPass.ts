/**
 * The forward-pass chapter's exercises: H₄in, H₄ and O₆ of the 3-2-1 network for drawn inputs,
 * weights and biases, from the engine's forward pass.
 */
import {
  chapterNetwork,
  drawOnGrid,
  exercise,
  given,
  knownStep,
  sumStep,
  worked,
  type Exercise,
  type ExerciseNumber,
} from './exercise';
import { forward } from '../core/forward';
import type { Rng } from '../core/rng';

/**
 * H₄in = Σᵢ λᵢ,₄·xᵢ + b₄, H₄ = σ(H₄in) and O₆ = λ₄,₆·H₄ + λ₅,₆·H₅ + b₆ for drawn x, λ and b,
 * from the engine's forward pass.
 */
export function forwardPassExercises(rng: Rng): Exercise[] {
  const x = [1, 2, 3].map((i) => given(`x${i}`, drawOnGrid(rng, 0.1, 0.9, 1)));
  const draw = (key: string) =>
    given(
      key,
      key.startsWith('b') ? drawOnGrid(rng, -0.5, 0.5, 2) : drawOnGrid(rng, -1, 1, 2, true),
    );
  const intoH4 = ['w14', 'w24', 'w34', 'b4'].map(draw);
  const intoH5 = ['w15', 'w25', 'w35', 'b5'].map(draw);
  const intoO6 = ['w46', 'w56', 'b6'].map(draw);
  const init = Object.fromEntries(
    [...intoH4, ...intoH5, ...intoO6].map((parameter) => [parameter.key, parameter.value]),
  );
  const { network, names } = chapterNetwork(init);
  const pass = forward(
    network,
    x.map((feature) => feature.value),
  );
  const node = (key: string) => {
    const found = names.nodes.find((name) => name.key === key || name.inputKey === key)!;
    return given(key, (key === found.key ? pass.allOutputs : pass.allInputs)[found.node]!);
  };
  const weightedSum = (
    result: string,
    weights: readonly ExerciseNumber[],
    inputs: readonly ExerciseNumber[],
  ) =>
    sumStep(node(result), [
      ...inputs.map((input, i) => [1, weights[i]!, input] as const),
      [1, weights[inputs.length]!],
    ]);

  const exercises: Exercise[] = [];
  const H4inStep = weightedSum('H4in', intoH4, x);
  exercises.push(exercise('hiddenInput', [...x, ...intoH4], [H4inStep]));
  const H4 = node('H4');
  exercises.push(
    exercise(
      'hiddenOutput',
      [],
      [knownStep(exercises, 1), worked(H4, { rule: 'sigmoid', input: node('H4in') })],
    ),
  );
  exercises.push(
    exercise(
      'prediction',
      [...intoH5, ...intoO6],
      [
        knownStep(exercises, 2),
        weightedSum('H5in', intoH5, x),
        worked(node('H5'), { rule: 'sigmoid', input: node('H5in') }),
        weightedSum('O6in', intoO6, [H4, node('H5')]),
        worked(node('O6'), { rule: 'identity', input: node('O6in') }),
      ],
    ),
  );
  return exercises;
}
