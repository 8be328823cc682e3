import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorNotice } from '../components';
import { useMe } from '../session';

/** The reactions offered; any other a member gave through the API is shown and counted too. */
export const REACTIONS = ['👍', '❤️', '🎉', '🤔'] as const;

/**
 * A comment's reactions as toggle buttons: pressed when the member gave that reaction. Members
 * without the comment right (or on a closed proposal) see the counts only.
 */
export function Reactions({
  proposalId,
  commentId,
  reactions,
  canReact,
}: {
  proposalId: string;
  commentId: string;
  reactions: Record<string, string[]>;
  canReact: boolean;
}) {
  const { t } = useTranslation('proposing');
  const me = useMe();
  const queryClient = useQueryClient();
  const toggle = useMutation({
    mutationFn: async ({ reaction, mine }: { reaction: string; mine: boolean }) => {
      const params = { params: { path: { proposalId, commentId, reaction } } };
      return mine
        ? unwrap(
            api.DELETE(
              '/api/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}',
              params,
            ),
          )
        : unwrap(
            api.PUT(
              '/api/proposals/{proposalId}/comments/{commentId}/reactions/{reaction}',
              params,
            ),
          );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['comments', proposalId] }),
  });
  const shown = [...new Set([...(canReact ? REACTIONS : []), ...Object.keys(reactions)])];
  if (shown.length === 0) return null;
  return (
    <div role="group" aria-label={t('react.group')} className="actions">
      {shown.map((reaction) => {
        const who = reactions[reaction] ?? [];
        const mine = who.includes(me.memberId);
        return canReact ? (
          <button
            key={reaction}
            type="button"
            className="link-button"
            aria-pressed={mine}
            disabled={toggle.isPending}
            onClick={() => toggle.mutate({ reaction, mine })}
          >
            {t('react.label', { reaction, count: who.length })}
          </button>
        ) : (
          <span key={reaction} className="muted">
            {t('react.label', { reaction, count: who.length })}
          </span>
        );
      })}
      {toggle.error ? <ErrorNotice error={toggle.error} /> : null}
    </div>
  );
}
