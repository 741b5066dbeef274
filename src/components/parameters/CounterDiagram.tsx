/**
 * The counter's network as a picture: layers as columns, every connection between drawn nodes,
 * wide layers and long networks collapsed (see geometry.ts). The picture is named by the summary
 * sentence beside it (`labelledBy`), which says in words what it shows.
 */
import type { ParameterTerms } from '../../engine/index.ts';
import { widthKey } from './widths.kind.ts';
import { Count } from './Count.tsx';
import { RADIUS, counterLayout, type Column } from './geometry.ts';

/** What a column's first label line calls its layer. */
const ROLE_NAMES = { input: 'inputs', hidden: 'hidden', output: 'outputs' } as const;

function ColumnLabel({ view, column, y }: { view: ParameterTerms; column: Column; y: number }) {
  if (column.type === 'skip') {
    return (
      <text class="counter-label" x={column.x} y={y} text-anchor="middle">
        <tspan x={column.x}>more hidden</tspan>
        <tspan x={column.x} dy="1.3em">
          layers
        </tspan>
      </text>
    );
  }
  const nodes = view.widths[column.layer] === 1 ? ' node' : ' nodes';
  return (
    <text class="counter-label" x={column.x} y={y} text-anchor="middle">
      <tspan x={column.x} class="counter-role">
        {ROLE_NAMES[column.role]}
      </tspan>
      <tspan x={column.x} dy="1.3em">
        <Count view={view} quantity={widthKey(column.layer)} as="tspan" />
        {nodes}
      </tspan>
    </text>
  );
}

export function CounterDiagram({ view, labelledBy }: { view: ParameterTerms; labelledBy: string }) {
  const layout = counterLayout(view.widths);
  return (
    <svg
      class="counter-diagram"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-labelledby={labelledBy}
    >
      <g class="counter-connections">
        {layout.connections.map((line, i) => (
          <line
            key={i}
            x1={line.x1}
            y1={line.y1}
            x2={line.x2}
            y2={line.y2}
            class={line.partial ? 'is-partial' : undefined}
          />
        ))}
      </g>
      {layout.columns.map((column) =>
        column.type === 'skip' ? (
          <g key={`skip-${column.first}`} class="counter-skip">
            <text x={column.x} y={layout.middle} text-anchor="middle" dominant-baseline="middle">
              ⋯
            </text>
          </g>
        ) : (
          <g key={`layer-${column.layer}`} class={`counter-layer is-${column.role}`}>
            {column.nodes.map((node) => (
              <circle key={node.index} cx={node.x} cy={node.y} r={RADIUS} />
            ))}
            {column.ellipsis && (
              <text
                class="counter-ellipsis"
                x={column.x}
                y={column.ellipsis.y}
                text-anchor="middle"
                dominant-baseline="middle"
              >
                ⋮
              </text>
            )}
          </g>
        ),
      )}
      {layout.columns.map((column) => (
        <ColumnLabel
          key={column.type === 'skip' ? 'skip' : column.layer}
          view={view}
          column={column}
          y={layout.labelY}
        />
      ))}
    </svg>
  );
}
