/** The width an element has for a drawing: unknown until mounted, then measured on every resize. */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/**
 * The width an element has, in CSS pixels: `undefined` on the server and while the island
 * hydrates (a diagram is then drawn both ways, network/FittedDiagram.tsx; a plot at its starting
 * width), measured once mounted and on every resize.
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
