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

/**
 * The element's content width, followed as it changes: undefined on the first render, before the
 * element is measured, so that a chart lays itself out once, at its real width, rather than once
 * at a guess and again when measured (both before the first paint). `fallback` where the element
 * has no width to measure (no layout engine: component tests).
 */
export function useWidth(
  element: RefObject<HTMLElement | null>,
  fallback: number,
): number | undefined {
  const [width, setWidth] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const update = () => {
      const w = target.clientWidth;
      setWidth((known) => (w > 0 ? w : (known ?? fallback)));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, fallback]);
  return width;
}

/**
 * Whether the element's content is wider than the element (it scrolls sideways), followed as
 * either changes.
 */
export function useOverflowsSideways(element: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const target = element.current;
    if (!target) return;
    const update = () => setOverflows(target.scrollWidth > target.clientWidth + 1);
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(target);
    for (const child of target.children) observer.observe(child);
    return () => observer.disconnect();
  }, [element]);
  return overflows;
}
