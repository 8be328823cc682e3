import { useId, useRef, type ReactNode } from 'react';
import { useOverflowsSideways } from './measure';

/**
 * A region that scrolls sideways when its content is wider than the screen (a Sankey on a phone),
 * with a visible cue saying so while it does: the edge shadows alone are easy to miss. The cue
 * describes the region for a screen reader too.
 */
export function SidewaysScroll({
  label,
  cue,
  children,
}: {
  /** The region's accessible name. */
  label: string;
  /** What the cue says, shown only while the content is wider than the region. */
  cue: string;
  children: ReactNode;
}) {
  const region = useRef<HTMLDivElement>(null);
  const sideways = useOverflowsSideways(region);
  const cueId = useId();
  return (
    <>
      {sideways && (
        <p id={cueId} className="scroll-cue">
          <span aria-hidden="true">⇆ </span>
          {cue}
        </p>
      )}
      <div
        ref={region}
        className="table-scroll"
        role="region"
        aria-label={label}
        aria-describedby={sideways ? cueId : undefined}
        tabIndex={0}
      >
        {children}
      </div>
    </>
  );
}
