import { describe, expect, it } from 'vitest';
import { routedStore } from '../../store/read-routing.js';
import { deadlinesChanged, onDeadlinesChanged } from './deadline-changes.js';
import { openTestGovernance } from './test-governance.js';

describe('deadline changes', () => {
  it('reach the scheduler of a store when told through the HTTP layer’s routed wrapper of it', async () => {
    // The HTTP app wraps the served store in a RoutedStore of its own; the scheduler listens on
    // the store it was given. Told through the wrapper, it must still hear, or a proposal opened
    // over HTTP closes only at the scheduler's next poll, up to a minute late.
    const { gov } = await openTestGovernance();
    const heard: string[] = [];
    const stop = onDeadlinesChanged(gov.store, () => heard.push('scheduler'));
    deadlinesChanged(routedStore(gov.store));
    deadlinesChanged(gov.store);
    stop();
    deadlinesChanged(routedStore(gov.store));
    expect(heard).toEqual(['scheduler', 'scheduler']);
  });
});
