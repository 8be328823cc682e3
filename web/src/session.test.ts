// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  forgetSession,
  probablySignedIn,
  rememberedSession,
  signedInAs,
  type Member,
} from './session';

const NOW = new Date('2026-12-04T12:00:00Z');
const DAY = 86_400_000;
const ana = { memberId: 'm-ana', displayName: 'Ana' } as Member;

const session = (over: Partial<Parameters<typeof signedInAs>[0]> = {}) => ({
  member: ana,
  expiresAt: new Date(NOW.getTime() + 30 * DAY).toISOString(),
  csrfToken: 'a-csrf-token',
  via: 'session' as const,
  ...over,
});

describe('the session a returning member’s dashboard is drawn from before the node answers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    window.history.replaceState(null, '', '/');
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it('is the member the node last confirmed, without the CSRF token, on the dashboard only', async () => {
    await signedInAs(session());
    expect(rememberedSession()).toEqual({
      member: ana,
      expiresAt: session().expiresAt,
      csrfToken: null,
      via: 'session',
    });
    expect(JSON.stringify(localStorage)).not.toContain('a-csrf-token');
    window.history.replaceState(null, '', '/members');
    expect(rememberedSession()).toBeUndefined();
  });

  it('is gone once signed out, and is nobody after a check that found nobody', async () => {
    await signedInAs(session());
    await forgetSession();
    expect(rememberedSession()).toBeUndefined();
    expect(probablySignedIn()).toBe(false);
    await signedInAs(session());
    await signedInAs(session({ member: null, expiresAt: null, csrfToken: null, via: null }));
    expect(rememberedSession()).toBeUndefined();
  });

  it('is the new member after someone else signs in on the device', async () => {
    await signedInAs(session());
    const ben = { memberId: 'm-ben', displayName: 'Ben' } as Member;
    await signedInAs(session({ member: ben }));
    expect(rememberedSession()?.member).toEqual(ben);
  });

  it('is not used past the session’s end, a week after the last check, nor for an API token', async () => {
    await signedInAs(session({ expiresAt: new Date(NOW.getTime() + 2 * DAY).toISOString() }));
    vi.setSystemTime(NOW.getTime() + 2 * DAY);
    expect(rememberedSession()).toBeUndefined();

    vi.setSystemTime(NOW);
    await signedInAs(session());
    vi.setSystemTime(NOW.getTime() + 7 * DAY - 1);
    expect(rememberedSession()?.member).toEqual(ana);
    vi.setSystemTime(NOW.getTime() + 7 * DAY);
    expect(rememberedSession()).toBeUndefined();

    vi.setSystemTime(NOW);
    await signedInAs(session({ via: 'api-token', expiresAt: null }));
    expect(rememberedSession()).toBeUndefined();
    expect(probablySignedIn()).toBe(true);
  });

  it('is not used with no connection, where nothing could take it back', async () => {
    await signedInAs(session());
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(rememberedSession()).toBeUndefined();
    online.mockRestore();
    expect(rememberedSession()?.member).toEqual(ana);
  });
});
