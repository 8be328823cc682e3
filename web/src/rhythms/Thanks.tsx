import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatDate, localToday } from '../format';

const NS = 'rhythms';

type For = { memberId: string; contributionId?: string };

/** The thanks a member received, or those given for one contribution, newest first. */
export function ThanksList({
  memberId,
  contributionId,
  fromId,
}: Partial<For> & { fromId?: string }) {
  const { t, i18n } = useTranslation(NS);
  const query = useQuery({
    queryKey: ['appreciations', memberId ?? '', contributionId ?? '', fromId ?? ''],
    queryFn: () =>
      unwrap(
        api.GET('/api/appreciations', {
          params: {
            query: {
              ...(memberId ? { memberId } : {}),
              ...(fromId ? { fromId } : {}),
              ...(contributionId ? { contributionId } : {}),
            },
          },
        }),
      ),
  });
  return (
    <QueryView query={query}>
      {(data) =>
        data.items.length === 0 ? (
          <Empty>{t('thanks.none')}</Empty>
        ) : (
          <ul className="list">
            {data.items.map((a) => (
              <li key={a.appreciationId}>
                <p>
                  {t('thanks.line', {
                    from: a.fromName,
                    to: a.memberName,
                    date: formatDate(a.givenAt, i18n.language),
                  })}
                </p>
                <p className="muted">{a.note}</p>
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
}

/** A "Thank" button that opens a note and sends it, for a member or one of their contributions. */
export function ThankButton({ memberId, contributionId, name }: For & { name: string }) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const give = useMutation({
    mutationFn: (body: {
      memberId: string;
      contributionId?: string;
      from?: string;
      to?: string;
      note: string;
    }) => unwrap(api.POST('/api/appreciations', { body })),
    onSuccess: async () => {
      setDone(t('thanks.sent', { name }));
      setNote('');
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['appreciations'] });
    },
  });
  const errors = useFormErrors(give.error, {
    note: ['note'],
    contributionId: ['contributionId', 'memberId', 'from', 'to'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    // Without a contribution, the thanks are for the last week of their care.
    const today = localToday();
    const weekAgo = localToday(new Date(Date.now() - 6 * 86_400_000));
    give.mutate({
      memberId,
      note,
      ...(contributionId ? { contributionId } : { from: weekAgo, to: today }),
    });
  };
  return (
    <div>
      {!open && (
        <button type="button" onClick={() => setOpen(true)}>
          {t('thanks.button', { name })}
        </button>
      )}
      {open && (
        <form className="form" onSubmit={submit} noValidate>
          <Field
            label={t('thanks.note')}
            errors={errors.field('note') ?? errors.field('contributionId')}
          >
            {(p) => (
              <textarea
                {...p}
                autoFocus
                value={note}
                maxLength={1000}
                onChange={(e) => setNote(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') setOpen(false);
                }}
              />
            )}
          </Field>
          {errors.rest}
          <button type="submit" disabled={give.isPending}>
            {t('thanks.send')}
          </button>
        </form>
      )}
      <ResultStatus message={done} />
    </div>
  );
}

/** Thanks on a profile or a contribution: the list and, for someone else's, the button. */
export function ThanksSection({
  memberId,
  contributionId,
  name,
  canThank,
}: For & { name: string; canThank: boolean }) {
  const { t } = useTranslation(NS);
  return (
    <Section title={t('thanks.title')} id="thanks">
      {canThank && (
        <ThankButton
          memberId={memberId}
          name={name}
          {...(contributionId ? { contributionId } : {})}
        />
      )}
      {contributionId ? (
        <ThanksList contributionId={contributionId} />
      ) : (
        <>
          <h3>{t('thanks.received')}</h3>
          <ThanksList memberId={memberId} />
          <h3>{t('thanks.given')}</h3>
          <ThanksList fromId={memberId} />
        </>
      )}
    </Section>
  );
}
