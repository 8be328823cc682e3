import { SAMPLE_CAT_PARAMETERS } from '../../src/core/distribution/sample-parameters.js';
import { randomUUID } from 'node:crypto';

/** A member's HTTP session as a browser holds it: the session cookie and its CSRF token. */
export class MemberSession {
  constructor(
    readonly baseUrl: string,
    readonly memberId: string,
    private readonly cookie: string,
    private readonly csrfToken: string,
  ) {}

  /** What another process needs to act in this session (the e2e global setup hands it on). */
  parts(): MemberSessionParts {
    return {
      baseUrl: this.baseUrl,
      memberId: this.memberId,
      cookie: this.cookie,
      csrfToken: this.csrfToken,
    };
  }

  static from(parts: MemberSessionParts): MemberSession {
    return new MemberSession(parts.baseUrl, parts.memberId, parts.cookie, parts.csrfToken);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrfToken,
        origin: this.baseUrl,
        'idempotency-key': randomUUID(),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}

export interface MemberSessionParts {
  baseUrl: string;
  memberId: string;
  cookie: string;
  csrfToken: string;
}

export const PASSWORD = 'a long and private passphrase';

/** The sample `value-equation@1` document (contract A), in force from 2020. */
export const FIRST_PARAMETERS = { ...SAMPLE_CAT_PARAMETERS, effectiveFrom: '2020-01-01' };

export async function accept(
  baseUrl: string,
  token: string,
  person: { email: string; displayName?: string },
): Promise<MemberSession> {
  const response = await fetch(`${baseUrl}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ ...person, password: PASSWORD }),
  });
  if (response.status !== 201)
    throw new Error(
      `accepting an invitation answered ${response.status}: ${await response.text()}`,
    );
  const session = (await response.json()) as { member: { memberId: string }; csrfToken: string };
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  return new MemberSession(baseUrl, session.member.memberId, cookie, session.csrfToken);
}

export interface SeededDisco {
  founder: MemberSession;
  ana: MemberSession & { email: string };
  ben: MemberSession;
  /** Ben's care work, waiting for someone else's validation. */
  bensContributionId: string;
  /** An open ranked-choice proposal with three options. */
  rankedProposalId: string;
  rankedOptions: string[];
  /** Whether the node has the distribution API, so parameters and income could be recorded. */
  distribution: boolean;
}

/** A seeded DisCO as plain data, to cross from the global setup into the test files. */
export type SeededDiscoParts = Omit<SeededDisco, 'founder' | 'ana' | 'ben'> & {
  founder: MemberSessionParts;
  ana: MemberSessionParts & { email: string };
  ben: MemberSessionParts;
};

export function seededDiscoFrom(parts: SeededDiscoParts): SeededDisco {
  return {
    ...parts,
    founder: MemberSession.from(parts.founder),
    ana: Object.assign(MemberSession.from(parts.ana), { email: parts.ana.email }),
    ben: MemberSession.from(parts.ben),
  };
}

function isoDaysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

/**
 * A small living DisCO, made through the HTTP API as its members would: the founder, two
 * committed members with accounts, rates in every stream, Ben's care work waiting for
 * validation, an open ranked-choice proposal and a commons resource.
 */
export async function seedDisco(baseUrl: string, founderInvitation: string): Promise<SeededDisco> {
  const founder = await accept(baseUrl, founderInvitation, { email: 'founder@example.org' });
  const { items: constituencies } = await founder.call<{
    items: Array<{ constituencyId: string; slug: string }>;
  }>('GET', '/api/constituencies');
  const workers = constituencies.find((c) => c.slug === 'worker-members')!.constituencyId;
  const invite = async (displayName: string, email: string) => {
    const { token } = await founder.call<{ token: string }>('POST', '/api/invitations', {
      level: { level: 'committed' },
      constituencyIds: [workers],
    });
    return accept(baseUrl, token, { displayName, email });
  };
  const ana = Object.assign(await invite('Ana', 'ana@example.org'), { email: 'ana@example.org' });
  const ben = await invite('Ben', 'ben@example.org');
  for (const [stream, taskKind, per, amount] of [
    ['care', 'meeting', 'hour', '2000'],
    ['livelihood', 'design', 'hour', '3500'],
    ['love', 'translation', 'word', '8'],
  ] as const) {
    await founder.call('POST', '/api/rates', {
      stream,
      taskKind,
      per,
      amount,
      effectiveFrom: '2020-01-01',
    });
  }
  const today = new Date().toISOString().slice(0, 10);
  const logged = await ben.call<{ contributionId: string }>('POST', '/api/contributions', {
    stream: 'care',
    taskKind: 'meeting',
    quantity: '2',
    date: today,
    circle: 'care',
    description: 'Weekly care call',
  });
  const rankedOptions = ['Tuesday', 'Wednesday', 'Thursday'];
  const proposal = await founder.call<{ proposalId: string }>('POST', '/api/proposals', {
    title: 'Which day for the weekly care call?',
    body: 'Rank the days that suit you, best first.',
    deadline: isoDaysFromNow(7),
    method: 'irv',
    settings: { options: rankedOptions },
  });
  const distribution = await seedFinance(founder, today);
  await founder.call('POST', '/api/commons', {
    title: 'The DisCO Manifesto in Spanish',
    kind: 'translation',
    licence: 'CC-BY-SA-4.0',
    link: 'https://example.org/manifesto-es',
  });
  return {
    founder,
    ana,
    ben,
    bensContributionId: logged.contributionId!,
    rankedProposalId: proposal.proposalId,
    rankedOptions,
    distribution,
  };
}

/**
 * The first CAT parameters and a small grant this month, through the distribution API (contract
 * A): smaller than the claims, so that how it is split shows in what each member gets.
 * A node without that API answers 404: the DisCO is then made without money, and says so.
 */
async function seedFinance(founder: MemberSession, today: string): Promise<boolean> {
  try {
    await founder.call('POST', '/api/cat/parameters', FIRST_PARAMETERS);
  } catch (error) {
    if (error instanceof Error && / answered 404:/.test(error.message)) return false;
    throw error;
  }
  await founder.call('POST', '/api/income', {
    source: 'grant',
    amount: '5000',
    currency: 'EUR',
    date: today,
    payer: 'A foundation',
    description: 'A grant for the care programme',
  });
  return true;
}

/**
 * Duties for committed members from 2020 on: 400 credits of love work a quarter and 10 of care a
 * month, so the dashboard's duty bars have something to name. Founders set them.
 */
export async function seedDuties(founder: MemberSession): Promise<void> {
  await founder.call('PUT', '/api/value-settings/duty-rules', {
    effectiveFrom: '2020-01-01',
    duties: [
      { level: 'committed', stream: 'love', period: 'quarter', amount: '40000' },
      { level: 'committed', stream: 'care', period: 'month', amount: '1000' },
    ],
  });
}
