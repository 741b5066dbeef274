/** The diagram's nodes: a node's group, marked while a step works at it, and its number lines. */
import { useComputed } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { stepFocusOf } from '../../state/highlight.ts';
import type { Store } from '../../state/store.ts';
import { LiveNumber } from '../LiveNumber.tsx';
import type { DiagramView } from './geometry.ts';
import { DIGITS, type Shared } from './NetworkDiagramShared.ts';

/** A node's class: its kind, and whether the current step works at it. */
export function useNodeClass(store: Store, key: string, kind: string) {
  return useComputed(
    () => `node ${kind}${stepFocusOf(store.name).value?.nodes.includes(key) ? ' is-current' : ''}`,
  );
}

/** A node's group, marked while a step works at it. */
export function NodeGroup({
  store,
  nodeKey,
  kind,
  children,
}: {
  store: Store;
  nodeKey: string;
  kind: string;
  children: ComponentChildren;
}) {
  return <g class={useNodeClass(store, nodeKey, kind)}>{children}</g>;
}

/** A number line inside a node: a short name, then the live value. */
export function NodeLine({
  store,
  x,
  y,
  name,
  quantity,
}: Shared & { x: number; y: number; name: string; quantity: string }) {
  return (
    <text
      class={`node-value${name.startsWith('∂') ? ' is-derivative' : ''}`}
      x={x}
      y={y}
      text-anchor="middle"
    >
      {name} <LiveNumber as="tspan" store={store} quantity={quantity} digits={DIGITS} />
    </text>
  );
}

/** The lines of a computing node's box for the view: none, values, derivatives, or both. */
export function nodeLines(view: DiagramView, key: string, inputKey: string) {
  if (view === 'weights') return [];
  const forward = [
    { name: 'in', quantity: inputKey },
    { name: 'out', quantity: key },
  ];
  const backward = [
    { name: '∂in', quantity: `dL/d${inputKey}` },
    { name: '∂out', quantity: `dL/d${key}` },
  ];
  return view === 'forward' ? forward : view === 'backward' ? backward : [...forward, ...backward];
}
