import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { useMe } from '../session';

/** Its author edits a comment while the proposal is open; earlier texts stay in its history. */
export function EditComment({
  proposalId,
  commentId,
  authorId,
  text,
  open,
}: {
  proposalId: string;
  commentId: string;
  authorId: string;
  text: string;
  open: boolean;
}) {
  const { t } = useTranslation('proposing');
  const me = useMe();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/proposals/{proposalId}/comments/{commentId}', {
          params: { path: { proposalId, commentId } },
          body: { text: draft },
        }),
      ),
    onMutate: () => setDone(null),
    onSuccess: async () => {
      setEditing(false);
      setDone(t('edit.done'));
      await queryClient.invalidateQueries({ queryKey: ['comments', proposalId] });
    },
  });
  const errors = useFormErrors(save.error, { text: ['text'] });
  if (!open || authorId !== me.memberId) return null;
  return (
    <>
      {editing ? (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          <Field label={t('edit.label')} errors={errors.field('text')}>
            {(p) => (
              <textarea {...p} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />
            )}
          </Field>
          {errors.rest}
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              {t('edit.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('edit.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(text);
            setEditing(true);
          }}
        >
          {t('edit.open')}
        </button>
      )}
      <ResultStatus message={done} />
    </>
  );
}
