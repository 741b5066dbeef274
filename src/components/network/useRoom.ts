/** The width an element has for a diagram: measured once mounted and on every resize. */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { DEFAULT_WIDTH } from './geometry.ts';

/** The width the diagram has, measured once mounted and on every resize. */
export function useRoom(element: { readonly current: Element | null }): ReadonlySignal<number> {
  const room = useSignal(DEFAULT_WIDTH);
  useEffect(() => {
    const target = element.current;
    if (!target) return undefined;
    const measure = () => {
      const width = Math.floor(target.clientWidth);
      if (width > 0 && width !== room.value) room.value = width;
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, room]);
  return room;
}
