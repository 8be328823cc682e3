import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { Empty, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { useSession } from '../session';

const NS = 'solidarity';

/** The commons federated DisCOs shared, with their origin; public like the registry. */
export function FederatedCommons() {
  const { t } = useTranslation(NS);
  const catalogue = useQuery({
    queryKey: ['commons', 'federated'],
    queryFn: () => unwrap(api.GET('/api/commons/federated')),
  });
  return (
    <Section title={t('commons.title')} id="federated-commons">
      <QueryView query={catalogue}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty>{t('commons.none')}</Empty>
          ) : (
            <ul className="cards">
              {items.map((entry) => (
                <li key={entry.objectId} className="card">
                  <h3>
                    <a href={entry.link} rel="noopener noreferrer">
                      {entry.title}
                    </a>
                  </h3>
                  <p className="muted">
                    {t('commons.from', {
                      origin: entry.originName ?? entry.origin,
                      licence: entry.licence,
                      kind: entry.kind,
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Section>
  );
}

/** A member changes a resource's licence or withdraws it; federated followers are told. */
export function CommonsControls({ resourceId, licence }: { resourceId: string; licence: string }) {
  const { t } = useTranslation(NS);
  const session = useSession();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(licence);
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['commons'] });
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/commons/{resourceId}', {
          params: { path: { resourceId } },
          body: { licence: value },
        }),
      ),
    onSuccess: async () => {
      setDone(t('commons.saved'));
      await refresh();
    },
  });
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/commons/{resourceId}/withdrawal', {
          params: { path: { resourceId } },
          body: {},
        }),
      ),
    onSuccess: async () => {
      setDone(t('commons.withdrawn'));
      await refresh();
    },
  });
  const errors = useFormErrors(save.error ?? withdraw.error, { licence: ['licence'] });
  if (session.data?.member?.status !== 'active') return null;
  return (
    <details>
      <summary>{t('commons.edit')}</summary>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Field label={t('commons.licence')} errors={errors.field('licence')}>
          {(p) => <input {...p} value={value} onChange={(e) => setValue(e.target.value)} />}
        </Field>
        {errors.rest}
        <div className="row">
          <button type="submit" disabled={save.isPending}>
            {t('commons.save')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={withdraw.isPending}
            onClick={() => withdraw.mutate()}
          >
            {t('commons.withdraw')}
          </button>
        </div>
        <ResultStatus message={done} />
      </form>
    </details>
  );
}
