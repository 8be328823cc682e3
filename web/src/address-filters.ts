import { useRef } from 'react';
import { useSearchParams } from 'react-router';

/** What a page last asked its address to be, and every address it asked for on the way. */
interface Asked {
  from: string;
  on: Set<string>;
  to: string;
}

/**
 * A page's filters kept in its address, and how to change one. Each change starts from the last
 * one asked for, not from the address as last rendered: the router renders a change of address
 * as a transition, so a second filter chosen before that render (a quick hand, a busy phone)
 * would otherwise put the first one back.
 *
 * @example const [params, choose] = useAddressFilters(); choose('kind', 'work');
 */
export function useAddressFilters(): [URLSearchParams, (key: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const rendered = params.toString();
  const asked = useRef<Asked | null>(null);
  const choose = (key: string, value: string) => {
    const last = asked.current;
    // Still on the address the last change was asked from, or one asked for on the way: that
    // change is on its way. Anywhere else (it arrived, or the member went back or followed a
    // link), the address rules again.
    const pending = last !== null && (rendered === last.from || last.on.has(rendered));
    const next = new URLSearchParams(pending ? last.to : rendered);
    if (value) next.set(key, value);
    else next.delete(key);
    const to = next.toString();
    asked.current = pending
      ? { from: last.from, on: new Set([...last.on, last.to]), to }
      : { from: rendered, on: new Set(), to };
    setParams(next, { replace: true });
  };
  return [params, choose];
}
