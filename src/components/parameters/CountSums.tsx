/**
 * The count written out as sums, every term shown, as a reader would add them by hand:
 * weights = l₀·l₁ + l₁·l₂ + … , biases = l₁ + l₂ + … , and their total. A long network's sums
 * wrap between terms, never inside one.
 */
import { Fragment } from 'preact';
import type { ParameterTerms } from '../../engine/index.ts';
import { layerWeightsKey, widthKey } from './widths.kind.ts';
import { Count } from './Count.tsx';

/** Terms joined by " + ", each kept on one line. */
function Terms({ view, terms }: { view: ParameterTerms; terms: readonly (readonly string[])[] }) {
  return (
    <>
      {terms.map((factors, t) => (
        <Fragment key={t}>
          {t > 0 && ' + '}
          <span class="counter-term">
            {factors.map((quantity, f) => (
              <Fragment key={f}>
                {f > 0 && '·'}
                <Count view={view} quantity={quantity} />
              </Fragment>
            ))}
          </span>
        </Fragment>
      ))}
    </>
  );
}

export function CountSums({ view, id }: { view: ParameterTerms; id: string }) {
  const layers = view.layers.map((layer) => layer.layer);
  const products = layers.map((i) => [widthKey(i - 1), widthKey(i)]);
  const weightTerms = layers.map((i) => [layerWeightsKey(i)]);
  const biasTerms = layers.map((i) => [widthKey(i)]);
  const several = layers.length > 1;
  return (
    <section class="counter-sums" aria-labelledby={`${id}-sums`}>
      <h3 id={`${id}-sums`} class="counter-heading">
        The sums, term by term
      </h3>
      <p class="counter-sum">
        <span class="counter-sum-name">weights</span> = <Terms view={view} terms={products} />
        {several && (
          <>
            {' '}
            = <Terms view={view} terms={weightTerms} />
          </>
        )}{' '}
        = <Count view={view} quantity="weights" />
      </p>
      <p class="counter-sum">
        <span class="counter-sum-name">biases</span> = <Terms view={view} terms={biasTerms} />
        {several && (
          <>
            {' '}
            = <Count view={view} quantity="biases" />
          </>
        )}
      </p>
      <p class="counter-sum">
        <span class="counter-sum-name">total</span> = weights + biases ={' '}
        <Terms view={view} terms={[['weights'], ['biases']]} /> ={' '}
        <Count view={view} quantity="parameters" />
      </p>
    </section>
  );
}
