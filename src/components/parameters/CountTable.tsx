/**
 * The count as data: one row per layer with its nodes, the weights into it, its biases and its
 * parameters, and the totals. It is the diagram's table, for readers who cannot see the picture
 * and for anyone checking a sum row by row.
 */
import type { ParameterTerms } from '../../engine/index.ts';
import { layerParametersKey, layerWeightsKey, widthKey } from './widths.kind.ts';
import { Count } from './Count.tsx';

/** A layer's name in the table. */
function layerName(layer: number, last: number): string {
  if (layer === 0) return 'inputs';
  return layer === last ? 'outputs' : `hidden ${layer}`;
}

export function CountTable({ view, id }: { view: ParameterTerms; id: string }) {
  const last = view.widths.length - 1;
  return (
    <details class="counter-details">
      <summary>The count by layer, as a table</summary>
      <div
        class="counter-table-holder table-fit"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-table`}
      >
        <table class="counter-table">
          <caption id={`${id}-table`}>Weights and biases of each layer</caption>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col">Nodes</th>
              <th scope="col">Weights into it</th>
              <th scope="col">Biases</th>
              <th scope="col">Parameters</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{layerName(0, last)}</th>
              <td data-label="Nodes">
                <Count view={view} quantity={widthKey(0)} />
              </td>
              <td data-label="Weights into it">none</td>
              <td data-label="Biases">none</td>
              <td data-label="Parameters">none</td>
            </tr>
            {view.layers.map(({ layer }) => (
              <tr key={layer}>
                <th scope="row">{layerName(layer, last)}</th>
                <td data-label="Nodes">
                  <Count view={view} quantity={widthKey(layer)} />
                </td>
                <td data-label="Weights into it">
                  <Count view={view} quantity={layerWeightsKey(layer)} />
                </td>
                <td data-label="Biases">
                  <Count view={view} quantity={widthKey(layer)} />
                </td>
                <td data-label="Parameters">
                  <Count view={view} quantity={layerParametersKey(layer)} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">all layers</th>
              <td data-label="Nodes" />
              <td data-label="Weights into it">
                <Count view={view} quantity="weights" />
              </td>
              <td data-label="Biases">
                <Count view={view} quantity="biases" />
              </td>
              <td data-label="Parameters">
                <Count view={view} quantity="parameters" />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </details>
  );
}
