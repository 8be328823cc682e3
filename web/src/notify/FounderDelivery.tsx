import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { Empty, ErrorNotice, QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';
import { formatDate } from '../format';
import { useSaidOrText } from '../words/said-or-text';

const NS = 'notify';
const WEBHOOKS_KEY = ['webhooks'] as const;

type Delivery = components['schemas']['Delivery'];
type Format = components['schemas']['Webhook']['format'];

/** Whether the node would take this as a webhook address (the server checks again). */
export function looksLikeWebUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function DeliveryItem({ d }: { d: Delivery }) {
  const { t, i18n } = useTranslation(NS);
  const date = (iso: string) => formatDate(iso, i18n.language);
  const tries = { attempts: d.attempts, max: d.maxAttempts };
  const say = useSaidOrText(Boolean(d.lastErrorSaid));
  return (
    <li style={{ overflowWrap: 'anywhere' }}>
      <p>
        <strong>{t(`deliveries.what.${d.kind}`)}</strong> · {t('deliveries.to', { to: d.to })}
      </p>
      <p>
        {d.state === 'failed'
          ? t('deliveries.failed', tries)
          : d.nextTry
            ? t('deliveries.pending', { ...tries, date: date(d.nextTry) })
            : t('deliveries.pendingSoon', tries)}
        <span className="muted"> · {t('deliveries.updated', { date: date(d.updatedAt) })}</span>
      </p>
      <p>
        {d.lastError
          ? t('deliveries.reason', { reason: say(d.lastErrorSaid, d.lastError) })
          : t('deliveries.noReason')}
      </p>
    </li>
  );
}

/** Deliveries waiting for a retry or given up, with their reason. */
function Deliveries() {
  const { t } = useTranslation(NS);
  const deliveries = useQuery({
    queryKey: ['deliveries'],
    queryFn: () => unwrap(api.GET('/api/notifications/deliveries')),
  });
  return (
    <Section title={t('deliveries.title')} id="deliveries">
      <p>{t('deliveries.intro')}</p>
      <QueryView query={deliveries}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('deliveries.empty')}</Empty>
          ) : (
            <ul className="list">
              {data.items.map((d) => (
                <DeliveryItem key={d.id} d={d} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </Section>
  );
}

/** A signed-json hook's key, shown once: focused so it is read out and ready to copy. */
function NewSecret({ secret }: { secret: string }) {
  const { t } = useTranslation(NS);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), [secret]);
  return (
    <div className="notice notice-ok">
      <p>{t('webhooks.secret')}</p>
      <input
        ref={ref}
        readOnly
        value={secret}
        aria-label={t('webhooks.secret')}
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

/** The DisCO's and its circles' outgoing webhooks: list, add, remove. */
function Webhooks() {
  const { t, i18n } = useTranslation(NS);
  const queryClient = useQueryClient();
  const hooks = useQuery({
    queryKey: WEBHOOKS_KEY,
    queryFn: () => unwrap(api.GET('/api/webhooks')),
  });
  const circles = useQuery({
    queryKey: ['circles'],
    queryFn: () => unwrap(api.GET('/api/circles')),
  });
  const circleName = (id: string | null) =>
    id === null
      ? t('webhooks.scopeDisco')
      : (circles.data?.items.find((c) => c.circleId === id)?.name ?? '…');
  const [url, setUrl] = useState('');
  const [format, setFormat] = useState<Format>('chat');
  const [circleId, setCircleId] = useState('');
  const [urlWrong, setUrlWrong] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);
  const announce = (message: string) => {
    setDone(message);
    setSeq((n) => n + 1);
  };
  const add = useMutation({
    mutationFn: (body: { url: string; format: Format; circleId?: string }) =>
      unwrap(api.POST('/api/webhooks', { body })),
    onSuccess: async (hook) => {
      setUrl('');
      await queryClient.invalidateQueries({ queryKey: WEBHOOKS_KEY });
      // The key of a signed hook takes the focus itself; otherwise the result does.
      if (!hook.secret) announce(t('webhooks.added', { url: hook.url }));
    },
  });
  const remove = useMutation({
    mutationFn: ({ id }: { id: string; url: string }) =>
      unwrap(api.DELETE('/api/webhooks/{webhookId}', { params: { path: { webhookId: id } } })),
    onSuccess: async (_, { url: gone }) => {
      announce(t('webhooks.removed', { url: gone }));
      await queryClient.invalidateQueries({ queryKey: WEBHOOKS_KEY });
    },
  });
  const errors = useFormErrors(add.error, {
    url: ['url'],
    format: ['format'],
    circleId: ['circleId'],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const wrong = !looksLikeWebUrl(url);
    setUrlWrong(wrong);
    if (wrong) return;
    add.mutate({ url: url.trim(), format, ...(circleId ? { circleId } : {}) });
  };
  return (
    <Section title={t('webhooks.title')} id="webhooks">
      <p>{t('webhooks.intro')}</p>
      <ResultStatus message={done} seq={seq} />
      {remove.error ? <ErrorNotice error={remove.error} /> : null}
      <QueryView query={hooks}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('webhooks.empty')}</Empty>
          ) : (
            <ul className="list">
              {data.items.map((h) => (
                // A webhook's address is one long word: it must wrap on a phone.
                <li key={h.id} style={{ overflowWrap: 'anywhere' }}>
                  <p>
                    <strong>{h.url}</strong>
                  </p>
                  <p className="muted">
                    {[
                      t(`webhooks.formats.${h.format}`),
                      `${t('webhooks.scope')} ${circleName(h.circleId)}`,
                      t('webhooks.created', { date: formatDate(h.createdAt, i18n.language) }),
                    ].join(' · ')}
                  </p>
                  <button
                    type="button"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ id: h.id, url: h.url })}
                  >
                    {t('webhooks.remove', { url: h.url })}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <form className="form" onSubmit={submit} noValidate>
        <Field
          label={t('webhooks.url')}
          errors={urlWrong ? [t('webhooks.badUrl')] : errors.field('url')}
        >
          {(p) => (
            <input
              {...p}
              type="url"
              inputMode="url"
              maxLength={2000}
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('webhooks.format')} errors={errors.field('format')}>
          {(p) => (
            <select {...p} value={format} onChange={(e) => setFormat(e.target.value as Format)}>
              {(['chat', 'signed-json'] as const).map((f) => (
                <option key={f} value={f}>
                  {t(`webhooks.formats.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('webhooks.scope')} errors={errors.field('circleId')}>
          {(p) => (
            <select {...p} value={circleId} onChange={(e) => setCircleId(e.target.value)}>
              <option value="">{t('webhooks.scopeDisco')}</option>
              {(circles.data?.items ?? []).map((c) => (
                <option key={c.circleId} value={c.circleId}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {errors.rest}
        <button type="submit" disabled={add.isPending}>
          {t('webhooks.add')}
        </button>
      </form>
      {add.data?.secret && <NewSecret secret={add.data.secret} />}
    </Section>
  );
}

/** For founders: how deliveries fare and where the node calls out. */
export function FounderDelivery() {
  return (
    <>
      <Deliveries />
      <Webhooks />
    </>
  );
}
