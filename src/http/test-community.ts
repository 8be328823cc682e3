import { pino, type Logger } from 'pino';
import { withAuth, type AuthContext } from '../app/auth/auth-context.js';
import { TEST_PASSWORD_COST, hashPassword } from '../app/auth/passwords.js';
import { openSession } from '../app/auth/sessions.js';
import { createApiToken } from '../app/auth/create-api-token.js';
import type { FederationContext } from '../app/federation/federation-settings.js';
import type { AppContext } from '../app/context.js';
import { appointSteward } from '../app/circles/appoint-steward.js';
import { joinCircle } from '../app/circles/join-circle.js';
import { addMember } from '../app/members/add-member.js';
import { changeMemberLevel } from '../app/members/change-member-level.js';
import { loadActor } from '../app/members/load-actor.js';
import type { Actor } from '../core/access/actor.js';
import { createHttpApp } from './app.js';
import { openTestLedger, type TestLedger } from './test-ledger.js';

/** The kinds of people the security table is walked with. */
export const PERSONAS = [
  'casual',
  'dater',
  'committed',
  'steward',
  'founder',
  'left',
  'client',
  'supporter',
] as const;
export type Persona = (typeof PERSONAS)[number];

export interface TestPerson {
  memberId: string;
  email: string;
  password: string;
  /** A bearer token (no CSRF needed). */
  apiToken: string;
  /** A session cookie value and its CSRF token. */
  session: { token: string; csrfToken: string };
}

export interface TestCommunity {
  ledger: TestLedger;
  ctx: AuthContext;
  app: ReturnType<typeof createHttpApp>;
  /** Log lines the app wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  /** Moves the injected clock. */
  advance(ms: number): void;
  people: Record<Persona, TestPerson>;
  constituencies: { workers: string; clients: string; supporters: string };
  actorOf(persona: Persona): Promise<Actor>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** The circle the steward persona stewards. */
export const STEWARDED_CIRCLE = 'care';

/**
 * A DisCO with one member of every kind, each with an account, a session and an API token, and
 * an HTTP app over it with a settable clock and captured logs; argon2 at its lowest cost.
 *
 * @example const community = await openTestCommunity(); const res = await community.app.request('/api/me', bearer(community.people.founder));
 */
export async function openTestCommunity(
  options: { auth?: Parameters<typeof withAuth>[1]; federation?: FederationContext } = {},
): Promise<TestCommunity> {
  const ledger = await openTestLedger();
  let now = Date.UTC(2026, 0, 5, 9);
  const base: AppContext = {
    ...ledger.ctx,
    clock: () => new Date(now),
    ...(options.federation ? { federation: options.federation } : {}),
  };
  const ctx = withAuth(base, { passwordCost: TEST_PASSWORD_COST, ...options.auth });
  const logs: Array<Record<string, unknown>> = [];
  const logger: Logger = pino(
    { level: 'info' },
    { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) },
  );

  const founderId = String(
    ledger.events.find((e) => e.type === 'member.added')!.payload['memberId'],
  );
  const constituencyRows = await ctx.store.db
    .selectFrom('constituencies')
    .select(['id', 'slug'])
    .execute();
  const idOf = (slug: string) => constituencyRows.find((c) => c.slug === slug)!.id;
  const constituencies = {
    workers: idOf('worker-members'),
    clients: idOf('users-clients'),
    supporters: idOf('supporters'),
  };
  const founder = (await loadActor(ctx, founderId))!;
  const add = async (
    displayName: string,
    level: 'casual' | 'dating' | null,
    constituencyId: string,
  ) =>
    (
      await addMember(ctx, founder, {
        displayName,
        level:
          level === null
            ? null
            : level === 'casual'
              ? { level: 'casual' }
              : { level: 'dating', stage: 1, timeline: 'agile', startDate: '2026-01-05' },
        constituencyIds: [constituencyId],
      })
    ).memberId;
  const ids: Record<Persona, string> = {
    founder: founderId,
    casual: await add('Casual', 'casual', constituencies.workers),
    dater: await add('Dater', 'dating', constituencies.workers),
    committed: await add('Committed', 'dating', constituencies.workers),
    steward: await add('Steward', 'casual', constituencies.workers),
    left: await add('Left', 'casual', constituencies.workers),
    client: await add('Client', null, constituencies.clients),
    supporter: await add('Supporter', null, constituencies.supporters),
  };
  for (const stage of [2, 3] as const)
    await changeMemberLevel(ctx, founder, { memberId: ids.committed, level: 'dating', stage });
  await changeMemberLevel(ctx, founder, { memberId: ids.committed, level: 'committed' });
  // The steward stewards the closed care circle: rights that come only from stewardship.
  await joinCircle(ctx, founder, { circleId: STEWARDED_CIRCLE, memberId: ids.steward });
  await appointSteward(ctx, founder, {
    circleId: STEWARDED_CIRCLE,
    memberId: ids.steward,
    termEnd: '2027-12-31',
  });

  const passwordHash = await hashPassword(TEST_PASSWORD, TEST_PASSWORD_COST);
  const people = {} as Record<Persona, TestPerson>;
  for (const persona of Object.keys(ids) as Persona[]) {
    const memberId = ids[persona];
    const email = `${persona}@example.org`;
    await ctx.store.db
      .insertInto('accounts')
      .values({
        member_id: memberId,
        email,
        password_hash: passwordHash,
        created_at: ctx.clock().toISOString(),
      })
      .execute();
    const { token, session } = await openSession(ctx, memberId);
    const apiToken = (await createApiToken(ctx, await loadActor(ctx, memberId), { name: 'tests' }))
      .token;
    people[persona] = {
      memberId,
      email,
      password: TEST_PASSWORD,
      apiToken,
      session: { token, csrfToken: session.csrfToken },
    };
  }
  // Leaving after the account was made: a member who left keeps their credentials, not their rights.
  await changeMemberLevel(ctx, founder, { memberId: ids.left, level: 'left' });
  const app = createHttpApp(ctx, { logger, auth: ctx.auth });
  return {
    ledger,
    ctx,
    app,
    logs,
    advance: (ms) => void (now += ms),
    people,
    constituencies,
    actorOf: async (persona) => (await loadActor(ctx, ids[persona]))!,
    close: () => ledger.close(),
  };
}

/**
 * Request options acting as a person by API token.
 *
 * @example await app.request('/api/me', asBearer(person))
 */
export function asBearer(person: TestPerson, init: RequestInit = {}): RequestInit {
  return {
    ...init,
    headers: {
      ...(init.headers as Record<string, string>),
      authorization: `Bearer ${person.apiToken}`,
    },
  };
}

/**
 * Request options acting as a person by session cookie, with the CSRF token unless told not to.
 *
 * @example await app.request('/api/tokens', asSession(person, { method: 'POST', ... }))
 */
export function asSession(person: TestPerson, init: RequestInit = {}, csrf = true): RequestInit {
  return {
    ...init,
    headers: {
      ...(init.headers as Record<string, string>),
      cookie: `disco_session=${person.session.token}`,
      ...(csrf ? { 'x-csrf-token': person.session.csrfToken } : {}),
    },
  };
}

/**
 * A JSON body for `app.request`.
 *
 * @example app.request('/api/auth/sign-in', jsonBody('POST', { email, password }))
 */
export function jsonBody(method: string, body: unknown): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/**
 * The parsed JSON of an answer, loosely typed: tests look into answers of every shape.
 *
 * @example expect(await json(res)).toMatchObject({ status: 403 })
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function json(res: Response): Promise<any> {
  return res.json();
}
