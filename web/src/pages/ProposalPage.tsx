import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { summarizeBallot } from '../ballot-summary';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { BallotForm } from '../ballots/BallotForm';
import type { ProposalDetail } from '../ballots/types';
import { Empty, ErrorNotice, QueryView, Section } from '../components';
import { formatDate } from '../format';
import { useMemberName } from '../members';
import { AuthorTools } from '../proposing/AuthorTools';
import { EditComment } from '../proposing/EditComment';
import { Reactions } from '../proposing/Reactions';
import { VersionChanges } from '../proposing/VersionChanges';
import { useMe } from '../session';
import { ProposedParameters } from '../parameters/ParameterWords';
import { MembershipChange, type MembershipChangeView } from '../words/MembershipChange';
import type { ServerMessage } from '../words/render';
import { TallyLines, TallyTables } from '../words/Tally';
import { DateInput } from '../words/DateInput';

type Comment = components['schemas']['Comment'];

function CommentForm({
  proposalId,
  parentId,
  onDone,
}: {
  proposalId: string;
  parentId?: string;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const post = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/proposals/{proposalId}/comments', {
          params: { path: { proposalId } },
          body: { text, ...(parentId ? { parentId } : {}) },
        }),
      ),
    onSuccess: async () => {
      setText('');
      onDone?.();
      await queryClient.invalidateQueries({ queryKey: ['comments', proposalId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    post.mutate();
  };
  return (
    <form onSubmit={submit} className="form comment-form">
      <label>
        {parentId ? t('proposal.reply') : t('proposal.comment')}
        <textarea
          required
          rows={parentId ? 2 : 3}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {post.error && <ErrorNotice error={post.error} />}
      <button type="submit" disabled={post.isPending}>
        {t('proposal.post')}
      </button>
    </form>
  );
}

function Thread({
  comment,
  proposalId,
  open,
}: {
  comment: Comment;
  proposalId: string;
  open: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [replying, setReplying] = useState(false);
  const mayComment = useMe().constituencies.some((c) => c.rights.comment);
  const replies = Array.isArray(comment.replies) ? (comment.replies as Comment[]) : [];
  return (
    <li className="comment">
      <p className="muted">
        <strong>{comment.displayName}</strong> · {formatDate(comment.postedAt, i18n.language)}
        {comment.editedAt && ` · ${t('proposal.edited')}`}
      </p>
      <p className="prose">{comment.text}</p>
      <EditComment
        proposalId={proposalId}
        commentId={comment.commentId}
        authorId={comment.authorId}
        text={comment.text}
        open={open}
      />
      <Reactions
        proposalId={proposalId}
        commentId={comment.commentId}
        reactions={comment.reactions}
        canReact={open && mayComment}
      />
      {open && (
        <button
          type="button"
          className="link-button"
          aria-expanded={replying}
          onClick={() => setReplying((r) => !r)}
        >
          {t('proposal.replyTo', { name: comment.displayName })}
        </button>
      )}
      {replying && (
        <CommentForm
          proposalId={proposalId}
          parentId={comment.commentId}
          onDone={() => setReplying(false)}
        />
      )}
      {replies.length > 0 && (
        <ul className="thread">
          {replies.map((reply) => (
            <Thread key={reply.commentId} comment={reply} proposalId={proposalId} open={open} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Discussion({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const comments = useQuery({
    queryKey: ['comments', proposal.proposalId],
    queryFn: () =>
      unwrap(
        api.GET('/api/proposals/{proposalId}/comments', {
          params: { path: { proposalId: proposal.proposalId } },
        }),
      ),
  });
  const open = proposal.status === 'open';
  return (
    <Section title={t('proposal.discussion')} id="discussion">
      <QueryView query={comments}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('proposal.noComments')}</Empty>
          ) : (
            <ul className="thread">
              {items.map((c) => (
                <Thread
                  key={c.commentId}
                  comment={c}
                  proposalId={proposal.proposalId}
                  open={open}
                />
              ))}
            </ul>
          )
        }
      </QueryView>
      {open && <CommentForm proposalId={proposal.proposalId} />}
    </Section>
  );
}

function Ballot({ proposal }: { proposal: ProposalDetail }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const mine = proposal.ballots.find((b) => b.voterId === me.memberId);
  const cast = useMutation({
    mutationFn: (choice: unknown) =>
      unwrap(
        api.PUT('/api/proposals/{proposalId}/ballot', {
          params: { path: { proposalId: proposal.proposalId } },
          body: choice as components['schemas']['CastBallot'],
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposal', proposal.proposalId] }),
  });
  const canVote = me.constituencies.some((c) => c.rights.vote);
  return (
    <Section title={t('proposal.ballot')} id="ballot">
      {mine && (
        <p role="status" className="notice notice-ok">
          {t('proposal.yourBallot', { date: formatDate(mine.castAt, i18n.language) })}{' '}
          {summarizeBallot(mine.ballot)}
          {mine.version !== proposal.version &&
            ` ${t('proposal.earlierVersion', { version: mine.version })}`}
        </p>
      )}
      {canVote ? (
        <BallotForm
          key={proposal.version}
          proposal={proposal}
          current={mine?.ballot ?? null}
          onSubmit={async (choice) => void (await cast.mutateAsync(choice))}
          disabled={cast.isPending}
        />
      ) : (
        <Empty>{t('proposal.noVote')}</Empty>
      )}
      {cast.error && <ErrorNotice error={cast.error} />}
    </Section>
  );
}

function Ballots({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{t('proposal.ballotsCast', { count: proposal.ballots.length })}</summary>
      <ul>
        {proposal.ballots.map((b) => (
          <li key={b.voterId}>
            {b.displayName}: {summarizeBallot(b.ballot)}{' '}
            {!b.binding && <span className="badge">{t('proposal.nonBinding')}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The closing of the loop: what was decided, in words, and when to look at it again. */
function OutcomeForm({ proposal }: { proposal: ProposalDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [statement, setStatement] = useState(proposal.outcomeStatement ?? '');
  const [reviewDate, setReviewDate] = useState(proposal.reviewDate ?? '');
  const state = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/proposals/{proposalId}/outcome', {
          params: { path: { proposalId: proposal.proposalId } },
          body: { statement, reviewDate: reviewDate || null },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposal', proposal.proposalId] }),
  });
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        state.mutate();
      }}
    >
      <label>
        {t('proposal.statement')}
        <textarea
          required
          rows={3}
          value={statement}
          onChange={(e) => setStatement(e.target.value)}
        />
      </label>
      <label>
        {t('proposal.reviewDate')}
        <DateInput value={reviewDate} onValue={(value) => setReviewDate(value)} />
      </label>
      {state.error && <ErrorNotice error={state.error} />}
      <button type="submit" disabled={state.isPending}>
        {t('proposal.stateOutcome')}
      </button>
    </form>
  );
}

function Result({ proposal }: { proposal: ProposalDetail }) {
  const { t, i18n } = useTranslation();
  const result = proposal.result as {
    method?: string;
    outcome?: string;
    winners?: string[];
    explanation?: string[];
    lines?: ServerMessage[];
    counts?: unknown;
  } | null;
  const me = useMe();
  // The server decides (its author, a steward of its circle, a founder); this only hides a form it would refuse.
  const mayStateOutcome =
    me.founder ||
    me.memberId === proposal.authorId ||
    me.circles.some((c) => c.steward && c.id === proposal.circleId);
  return (
    <Section title={t('proposal.result')} id="result">
      {result ? (
        <>
          <p>
            <strong>
              {t(`proposal.outcomes.${result.outcome ?? 'unknown'}`, {
                defaultValue: result.outcome ?? '',
              })}
            </strong>
            {result.winners && result.winners.length > 0 && ` — ${result.winners.join(', ')}`}
          </p>
          <TallyTables method={result.method} counts={result.counts} />
          {result.explanation && (
            <TallyLines explanation={result.explanation} lines={result.lines} />
          )}
        </>
      ) : (
        <Empty>{t('proposal.noResult')}</Empty>
      )}
      <Ballots proposal={proposal} />
      <h3>{t('proposal.outcome')}</h3>
      {proposal.outcomeStatement ? (
        <p className="prose">{proposal.outcomeStatement}</p>
      ) : (
        <Empty>{t('proposal.noOutcome')}</Empty>
      )}
      {proposal.reviewDate && (
        <p>{t('proposal.review', { date: formatDate(proposal.reviewDate, i18n.language) })}</p>
      )}
      {mayStateOutcome && proposal.status === 'closed' && <OutcomeForm proposal={proposal} />}
      {proposal.reviewId && (
        <p>
          <Link to={`/proposals/${proposal.reviewId}`}>{t('proposal.reviewLink')}</Link>
        </p>
      )}
    </Section>
  );
}

export function ProposalPage() {
  const { t, i18n } = useTranslation();
  const { proposalId = '' } = useParams();
  const name = useMemberName();
  const proposal = useQuery({
    queryKey: ['proposal', proposalId],
    queryFn: () =>
      unwrap(api.GET('/api/proposals/{proposalId}', { params: { path: { proposalId } } })),
  });
  return (
    <div>
      <p>
        <Link to="/proposals">← {t('proposals.title')}</Link>
      </p>
      <QueryView query={proposal}>
        {(p) => (
          <>
            <h1>{p.title}</h1>
            <p>
              <span className={`badge badge-${p.status}`}>
                {t(`proposals.statuses.${p.status}`)}
              </span>{' '}
              {t(`proposals.methods.${p.method}`)} · {t(`proposals.kinds.${p.kind}`)} ·{' '}
              {t('proposal.by', { name: name(p.authorId) })} ·{' '}
              {p.status === 'open'
                ? t('proposals.closes', { date: formatDate(p.deadline, i18n.language) })
                : t('proposals.closed', {
                    date: formatDate(p.endedAt ?? p.deadline, i18n.language),
                  })}
            </p>
            {p.reviewOf && (
              <p>
                <Link to={`/proposals/${p.reviewOf}`}>{t('proposal.reviews')}</Link>
              </p>
            )}
            <Section title={t('proposal.body')} id="body">
              <p className="prose">{p.body}</p>
              {p.change.parameters && (
                <ProposedParameters document={p.change.parameters} currency={undefined} />
              )}
              {p.change.membership && (
                <MembershipChange change={p.change.membership as MembershipChangeView} />
              )}
              <VersionChanges versions={p.versions} />
            </Section>
            <AuthorTools proposal={p} />
            {p.status === 'open' ? (
              <>
                <Ballot proposal={p} />
                <Ballots proposal={p} />
              </>
            ) : (
              <Result proposal={p} />
            )}
            <Discussion proposal={p} />
          </>
        )}
      </QueryView>
    </div>
  );
}
