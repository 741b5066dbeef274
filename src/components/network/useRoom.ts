/** The width an element has for a diagram: unknown until mounted, then measured on every resize. */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/**
 * The width the diagram has, in CSS pixels: `undefined` on the server and while the island
 * hydrates (the diagram is then drawn both ways, FittedDiagram.tsx), measured once mounted and on
 * every resize.
 */
export function useRoom(element: {
  readonly current: Element | null;
}): ReadonlySignal<number | undefined> {
  const room = useSignal<number | undefined>(undefined);
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
