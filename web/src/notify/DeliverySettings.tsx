import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { QueryView, Section } from '../components';
import { Field, ResultStatus, useFormErrors } from '../flow-kit';

const NS = 'notify';
export const SETTINGS_KEY = ['notification-settings'] as const;

type Settings = components['schemas']['NotificationSettings'];
type Kind = Settings['kinds'][number]['kind'];
type Delivery = Settings['kinds'][number]['delivery'];
type Language = Settings['language'];

const DELIVERIES: readonly Delivery[] = ['immediate', 'daily', 'weekly', 'off'];
const LANGUAGES: readonly Language[] = ['en', 'es'];

/** What the member has changed from the stored settings: only that is sent. */
export function changesOf(
  saved: Settings,
  draft: { language: Language; kinds: Partial<Record<Kind, Delivery>> },
): { language?: Language; kinds?: Partial<Record<Kind, Delivery>> } {
  const kinds = Object.fromEntries(
    saved.kinds
      .filter((k) => draft.kinds[k.kind] !== undefined && draft.kinds[k.kind] !== k.delivery)
      .map((k) => [k.kind, draft.kinds[k.kind]]),
  ) as Partial<Record<Kind, Delivery>>;
  return {
    ...(draft.language !== saved.language ? { language: draft.language } : {}),
    ...(Object.keys(kinds).length > 0 ? { kinds } : {}),
  };
}

function SettingsForm({ saved }: { saved: Settings }) {
  const { t } = useTranslation(NS);
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<Language>(saved.language);
  const [kinds, setKinds] = useState<Partial<Record<Kind, Delivery>>>({});
  const [done, setDone] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof changesOf>) =>
      unwrap(api.PUT('/api/notifications/settings', { body })),
    onSuccess: (next) => {
      queryClient.setQueryData(SETTINGS_KEY, next);
      setKinds({});
      setLanguage(next.language);
      setDone(t('settings.saved'));
      setSeq((n) => n + 1);
    },
  });
  // A refusal about one kind goes beside that kind's choice; the rest above the button.
  const places: Record<string, readonly string[]> = {
    language: ['language'],
    ...Object.fromEntries(saved.kinds.map((k) => [k.kind, [`kinds.${k.kind}`]])),
  };
  const errors = useFormErrors(save.error, places);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    save.mutate(changesOf(saved, { language, kinds }));
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {!saved.mailConfigured && <p className="muted">{t('settings.noMail')}</p>}
      {saved.kinds.map((k) => (
        <Field
          key={k.kind}
          label={t(`settings.kinds.${k.kind}`)}
          errors={errors.field(k.kind)}
          {...(k.isDefault && kinds[k.kind] === undefined
            ? { hint: `${t(`settings.deliveries.${k.delivery}`)}: ${t('settings.isDefault')}` }
            : {})}
        >
          {(p) => (
            <select
              {...p}
              value={kinds[k.kind] ?? k.delivery}
              onChange={(e) => setKinds({ ...kinds, [k.kind]: e.target.value as Delivery })}
            >
              {DELIVERIES.map((d) => (
                <option key={d} value={d}>
                  {t(`settings.deliveries.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ))}
      <Field label={t('settings.language')} errors={errors.field('language')}>
        {(p) => (
          <select {...p} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`settings.languages.${l}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {errors.rest}
      <button type="submit" disabled={save.isPending}>
        {t('settings.submit')}
      </button>
      <ResultStatus message={done} seq={seq} />
    </form>
  );
}

/** A member's delivery per kind of notification and the language of their mail. */
export function DeliverySettings() {
  const { t } = useTranslation(NS);
  const settings = useQuery({
    queryKey: SETTINGS_KEY,
    queryFn: () => unwrap(api.GET('/api/notifications/settings')),
  });
  return (
    <Section title={t('settings.title')} id="delivery-settings">
      <p>{t('settings.intro')}</p>
      <QueryView query={settings}>{(saved) => <SettingsForm saved={saved} />}</QueryView>
    </Section>
  );
}
