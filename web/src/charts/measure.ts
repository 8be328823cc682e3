import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Measure } from './sankey-layout';

/** The charts' text size, in pixels (styles.css draws `.chart text` at this size). */
export const CHART_FONT_SIZE = 12;

let context: CanvasRenderingContext2D | null | undefined;

/**
 * How wide a string is drawn at the charts' size in the page's font. Where there is no canvas
 * (component tests), a generous estimate: an average character is taken as 0.62 em wide.
 */
export const measureText: Measure = (text) => {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
    if (context)
      context.font = `${CHART_FONT_SIZE}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  }
  const measured = context?.measureText(text).width;
  return typeof measured === 'number' && measured > 0
    ? measured
    : text.length * CHART_FONT_SIZE * 0.62;
};

/** The element's content width, followed as it changes (`fallback` until it is known). */
export function useWidth(element: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const update = () => {
      const w = target.clientWidth;
      if (w > 0) setWidth(w);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}
