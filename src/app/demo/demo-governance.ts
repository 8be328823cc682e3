import type { JsonObject } from '../../core/ledger/canonical.js';
import { addDays } from '../../core/value/index.js';
import { castBallot } from '../governance/cast-ballot.js';
import { closeDueProposals } from '../governance/close-due-proposals.js';
import { openProposal, type OpenProposalInput } from '../governance/open-proposal.js';
import { postComment } from '../governance/post-comment.js';
import { reactToComment } from '../governance/react-to-comment.js';
import { setGovernanceParameters } from '../governance/set-governance-parameters.js';
import { stateOutcome } from '../governance/state-outcome.js';
import { recordCommitment } from '../members/record-commitment.js';
import type { DemoWorld } from './demo-world.js';

const DAY_MS = 86_400_000;

/** Who votes on membership, and that half the worker-members must take part in those decisions. */
export async function setUpGovernance(world: DemoWorld): Promise<void> {
  await setGovernanceParameters(world.ctx, await world.actor('ana'), {
    voters: { 'membership-change': ['worker-members'], 'cat-parameter-change': ['worker-members'] },
    quorum: { 'worker-members': { numerator: 1, denominator: 2 } },
    weights: {},
  });
}

type Ballots = Record<string, JsonObject>;

interface ScriptedProposal {
  key: string;
  /** The day it opens (at 10:00) and how it ends: a day of the demo, or days after the real today (still open). */
  day: number;
  closes: { day: number } | { daysAfterToday: number };
  author: string;
  input: (world: DemoWorld) => Omit<OpenProposalInput, 'deadline'>;
  /** Ballots by cast key, cast on the days after opening in this order. */
  ballots: Ballots;
  comments?: Array<{
    by: string;
    text: string;
    replyTo?: number;
    reactions?: Array<{ by: string; reaction: string }>;
  }>;
  outcome?: { by: string; statement: string; reviewInDays: number };
}

const yes = { choice: 'yes' };
const no = { choice: 'no' };
const consent = { response: 'consent' };

/** The decisions of the quarter: five closed (passed, carried out, failed, a ranked winner, a budget), three still open. */
const SCRIPT: readonly ScriptedProposal[] = [
  {
    key: 'care-rota',
    day: 8,
    closes: { day: 15 },
    author: 'carla',
    input: () => ({
      title: 'Adopt a weekly care rota',
      body: 'Each worker-member takes one care shift a week (check-ins, notes, the mutual-support call), in a rota the care circle keeps.',
      method: 'majority',
    }),
    ballots: {
      ana: yes,
      bruno: yes,
      dev: yes,
      eli: yes,
      hana: yes,
      gus: no,
      iker: { choice: 'abstain' },
    },
    comments: [
      {
        by: 'bruno',
        text: 'Could the shifts rotate monthly instead? Weekly feels like a lot of switching.',
      },
      {
        by: 'carla',
        text: 'Weekly keeps the load visible and nobody carries a bad month alone. We can review it after a quarter.',
        replyTo: 0,
        reactions: [
          { by: 'ana', reaction: '+1' },
          { by: 'eli', reaction: '+1' },
        ],
      },
    ],
    outcome: {
      by: 'carla',
      statement:
        'The care rota starts on Monday; the care circle publishes it and we look at how it went at the quarterly evaluation.',
      reviewInDays: 30,
    },
  },
  {
    key: 'gus-stage-2',
    day: 20,
    closes: { day: 27 },
    author: 'bruno',
    input: (world) => ({
      title: 'Gus moves to the second stage of dating',
      body: 'Gus has finished the first stage of his mentoring plan: he read the manifesto and did his first sprint with the tech circle.',
      method: 'consent',
      change: {
        kind: 'membership-change',
        membership: { memberId: world.ids.get('gus')!, level: 'dating', stage: 2 },
      },
    }),
    ballots: {
      ana: consent,
      bruno: consent,
      carla: consent,
      dev: consent,
      eli: consent,
      hana: consent,
    },
  },
  {
    key: 'licence',
    day: 35,
    closes: { day: 42 },
    author: 'eli',
    input: () => ({
      title: 'Which licence for our translated articles?',
      body: 'Our open library needs one licence for everything we translate pro bono. Rank the options.',
      method: 'schulze',
      settings: { options: ['CC-BY-SA-4.0', 'CC-BY-4.0', 'Peer Production License'] },
    }),
    ballots: {
      eli: { ranking: ['CC-BY-SA-4.0', 'Peer Production License', 'CC-BY-4.0'] },
      ana: { ranking: ['CC-BY-SA-4.0', 'CC-BY-4.0', 'Peer Production License'] },
      carla: { ranking: ['Peer Production License', 'CC-BY-SA-4.0', 'CC-BY-4.0'] },
      bruno: { ranking: ['CC-BY-4.0', 'CC-BY-SA-4.0', 'Peer Production License'] },
      dev: { ranking: ['CC-BY-SA-4.0', 'CC-BY-4.0', 'Peer Production License'] },
      hana: { ranking: ['Peer Production License', 'CC-BY-SA-4.0', 'CC-BY-4.0'] },
    },
  },
  {
    key: 'four-day-week',
    day: 50,
    closes: { day: 57 },
    author: 'dev',
    input: () => ({
      title: 'Move to a four-day week from next quarter',
      body: 'Same pay, four working days. Client deadlines would need renegotiating.',
      method: 'majority',
    }),
    ballots: { dev: yes, gus: yes, ana: no, bruno: no, carla: no, eli: yes, hana: no },
    comments: [
      {
        by: 'ana',
        text: 'I like it, but two client contracts end next quarter; can we try it for one circle first?',
      },
    ],
  },
  {
    key: 'laptop',
    day: 60,
    closes: { day: 66 },
    author: 'dev',
    input: () => ({
      title: 'Buy a second-hand laptop for daters (900 EUR)',
      body: 'Daters without a work computer can borrow it; paid from the running-costs bucket.',
      method: 'supermajority',
      change: { kind: 'budget-or-expense' },
    }),
    ballots: {
      dev: yes,
      ana: yes,
      bruno: yes,
      carla: yes,
      eli: { choice: 'abstain' },
      hana: yes,
      fatima: yes,
    },
  },
  {
    key: 'hana-commits',
    day: 86,
    closes: { daysAfterToday: 4 },
    author: 'eli',
    input: (world) => ({
      title: 'Hana becomes a committed member',
      body: 'Hana has completed the third stage of dating and wrote her commitment statement. As her mentor I propose she joins as a committed member.',
      method: 'consent',
      change: {
        kind: 'membership-change',
        membership: { memberId: world.ids.get('hana')!, level: 'committed' },
      },
    }),
    ballots: { eli: consent, bruno: consent, carla: consent },
    comments: [{ by: 'carla', text: 'Gladly. Hana already carries a good part of the books.' }],
  },
  {
    key: 'love-project',
    day: 88,
    closes: { daysAfterToday: 6 },
    author: 'eli',
    input: () => ({
      title: 'Our next love-work project',
      body: 'Approve every project you would give time to next quarter.',
      method: 'approval',
      settings: {
        options: [
          'Translate the DisCO Manifesto into Basque',
          'Workshops on cooperative accounting',
          'A federation map of DisCOs',
        ],
      },
    }),
    ballots: {
      eli: {
        approvals: ['Translate the DisCO Manifesto into Basque', 'A federation map of DisCOs'],
      },
      dev: { approvals: ['A federation map of DisCOs'] },
      iker: { approvals: ['Translate the DisCO Manifesto into Basque'] },
    },
  },
  {
    key: 'solidarity-fund',
    day: 89,
    closes: { daysAfterToday: 8 },
    author: 'carla',
    input: () => ({
      title: 'Where should this year’s solidarity fund go?',
      body: 'Five dots each; put them where the fund does most good.',
      method: 'dot-vote',
      settings: {
        options: [
          'Housing union legal fund',
          'Care cooperative start-up loans',
          'Open-source security audits',
        ],
        dots: 5,
      },
    }),
    ballots: {
      carla: { dots: { 'Housing union legal fund': 3, 'Care cooperative start-up loans': 2 } },
    },
  },
];

/** Proposal ids and their comment ids by script key, for the steps that come after opening. */
const opened = new WeakMap<DemoWorld, Map<string, { proposalId: string; commentIds: string[] }>>();

/** What happens in governance on a day of the demo: openings, ballots, comments, closings and outcomes. */
export async function governDay(world: DemoWorld, day: number): Promise<void> {
  const ids = opened.get(world) ?? new Map<string, { proposalId: string; commentIds: string[] }>();
  opened.set(world, ids);
  if (day === 80)
    await recordCommitment(world.ctx, await world.actor('hana'), {
      memberId: world.ids.get('hana')!,
      statement:
        'I commit to the care rota, to mentoring the next dater, and to the values of this DisCO.',
    });
  for (const p of SCRIPT) {
    if (p.day === day) {
      world.time.moveTo(day, 10);
      const deadline =
        'day' in p.closes
          ? `${world.time.dateOf(p.closes.day)}T12:00:00.000Z`
          : new Date(
              world.time.realNow().getTime() + p.closes.daysAfterToday * DAY_MS,
            ).toISOString();
      ids.set(p.key, {
        proposalId: (
          await openProposal(world.ctx, await world.actor(p.author), {
            ...p.input(world),
            deadline,
          })
        ).proposalId,
        commentIds: [],
      });
    }
    const state = ids.get(p.key);
    if (state === undefined) continue;
    const { proposalId, commentIds } = state;
    // A ballot or two each day after opening, before the noon deadline.
    const voters = Object.entries(p.ballots);
    for (const [i, [voter, ballot]] of voters.entries()) {
      if (p.day + 1 + Math.floor(i / 2) !== day) continue;
      world.time.moveTo(day, 9);
      await castBallot(world.ctx, await world.actor(voter), { proposalId, ballot });
    }
    for (const [i, c] of (p.comments ?? []).entries()) {
      if (p.day + 1 + i !== day) continue;
      world.time.moveTo(day, 11);
      const parentId = c.replyTo === undefined ? undefined : commentIds[c.replyTo];
      const { commentId } = await postComment(world.ctx, await world.actor(c.by), {
        proposalId,
        text: c.text,
        ...(parentId ? { parentId } : {}),
      });
      commentIds.push(commentId);
      for (const r of c.reactions ?? [])
        await reactToComment(world.ctx, await world.actor(r.by), {
          proposalId,
          commentId,
          reaction: r.reaction,
          on: true,
        });
    }
    if ('day' in p.closes && p.closes.day === day) {
      world.time.moveTo(day, 13);
      await closeDueProposals(world.ctx);
    }
    if (p.outcome && 'day' in p.closes && p.closes.day + 1 === day) {
      world.time.moveTo(day, 10);
      await stateOutcome(world.ctx, await world.actor(p.outcome.by), {
        proposalId,
        statement: p.outcome.statement,
        reviewDate: addDays(world.time.today, p.outcome.reviewInDays),
      });
    }
  }
}
