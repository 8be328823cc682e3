import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { closeDueProposals } from './close-due-proposals.js';
import { editComment } from './edit-comment.js';
import { listComments } from './list-comments.js';
import { postComment } from './post-comment.js';
import { reactToComment } from './react-to-comment.js';
import { DAY, openTestGovernance } from './test-governance.js';

const status = (run: Promise<unknown>) =>
  run.then(
    () => 200,
    (e: unknown) => (e instanceof AppError ? e.status : 500),
  );

describe('deliberation', () => {
  it('threads comments and replies, keeps edit history and reactions, and freezes edits at the close', async () => {
    const g = await openTestGovernance();
    const id = await g.propose();
    const supporter = await g.add({ displayName: 'Sam', constituencyIds: ['supporters'] });
    const client = await g.add({ displayName: 'Cleo', constituencyIds: ['users-clients'] });
    const { commentId: question } = await postComment(g.gov, supporter, {
      proposalId: id,
      text: 'What about holidays?',
    });
    const { commentId: answer } = await postComment(g.gov, g.founder, {
      proposalId: id,
      text: 'Swap shifts.',
      parentId: question,
    });
    expect(
      await status(postComment(g.gov, client, { proposalId: id, text: 'Orphan.', parentId: id })),
    ).toBe(422);
    expect(
      await status(
        editComment(g.gov, g.founder, { proposalId: id, commentId: question, text: 'Not mine.' }),
      ),
    ).toBe(403);
    await editComment(g.gov, supporter, {
      proposalId: id,
      commentId: question,
      text: 'What about holidays and sick days?',
    });
    await reactToComment(g.gov, client, {
      proposalId: id,
      commentId: answer,
      reaction: '+1',
      on: true,
    });
    await reactToComment(g.gov, supporter, {
      proposalId: id,
      commentId: answer,
      reaction: '+1',
      on: true,
    });
    await reactToComment(g.gov, supporter, {
      proposalId: id,
      commentId: answer,
      reaction: '+1',
      on: false,
    });

    const threads = await listComments(g.gov, client, { proposalId: id });
    expect(threads).toEqual([
      expect.objectContaining({
        commentId: question,
        displayName: 'Sam',
        text: 'What about holidays and sick days?',
        edits: [expect.objectContaining({ previousText: 'What about holidays?' })],
        replies: [
          expect.objectContaining({
            commentId: answer,
            text: 'Swap shifts.',
            reactions: { '+1': [client.memberId] },
            replies: [],
          }),
        ],
      }),
    ]);

    g.advance(DAY);
    await closeDueProposals(g.gov);
    expect(
      await status(
        editComment(g.gov, supporter, { proposalId: id, commentId: question, text: 'Too late.' }),
      ),
    ).toBe(409);
    expect(
      await status(postComment(g.gov, supporter, { proposalId: id, text: 'Thanks, all.' })),
    ).toBe(200);
  });
});
