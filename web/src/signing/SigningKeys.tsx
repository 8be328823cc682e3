import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { ErrorNotice, QueryView, Section } from '../components';
import { formatDate } from '../format';
import { useMe } from '../session';
import {
  activeDeviceSigner,
  makeDeviceKey,
  onDeviceSignerChange,
  setActiveDeviceSigner,
  unwrapDeviceKey,
} from './device-key';
import { readKeptKeys, thisDeviceId } from './kept-key';

const KEPT_KEYS = ['me-keys'] as const;

/**
 * Settings: this device's signing key and the member's keys by device. With the member's consent
 * and password the Deck makes an Ed25519 key here, registers it and keeps it on the node only
 * wrapped under the password, under this browser's device id (each device has its own key); once
 * unlocked, every write the member makes is signed by it (docs/api.md, Signed writes). A device
 * whose key was revoked makes a new one.
 */
export function SigningKeys() {
  const { t, i18n } = useTranslation('signing');
  const me = useMe();
  const queryClient = useQueryClient();
  const signer = useSyncExternalStore(onDeviceSignerChange, activeDeviceSigner);
  const [password, setPassword] = useState('');
  const deviceId = thisDeviceId();
  const kept = useQuery({ queryKey: KEPT_KEYS, queryFn: readKeptKeys });
  const member = useQuery({
    queryKey: ['member', me.memberId],
    queryFn: () =>
      unwrap(api.GET('/api/members/{memberId}', { params: { path: { memberId: me.memberId } } })),
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: KEPT_KEYS }),
      queryClient.invalidateQueries({ queryKey: ['member', me.memberId] }),
    ]);
  const make = useMutation({
    mutationFn: async () => {
      const { signer: made, encryptedPrivateKey } = await makeDeviceKey(password);
      await unwrap(
        api.PUT('/api/me/devices/{deviceId}/key', {
          params: { path: { deviceId } },
          body: { publicKey: made.publicKey, encryptedPrivateKey },
        }),
      );
      return { ...made, memberId: me.memberId };
    },
    onSuccess: async (made) => {
      setActiveDeviceSigner(made);
      setPassword('');
      await refresh();
    },
  });
  // This device's kept key, unless it was revoked (then the device makes a new one).
  const revoked = new Set(
    (member.data?.keys ?? []).filter((k) => k.revokedAt).map((k) => k.publicKey),
  );
  const mine = kept.data?.find((k) => k.deviceId === deviceId && !revoked.has(k.publicKey));
  const deviceOf = (publicKey: string) =>
    kept.data?.find((k) => k.publicKey === publicKey)?.deviceId;
  const unlock = useMutation({
    mutationFn: async () => {
      const stored = mine;
      if (!stored) throw new Error(t('noKept'));
      const opened = await unwrapDeviceKey(stored.publicKey, stored.encryptedPrivateKey, password);
      if (!opened) throw new Error(t('wrongPassword'));
      return { ...opened, memberId: me.memberId };
    },
    onSuccess: (opened) => {
      setActiveDeviceSigner(opened);
      setPassword('');
    },
  });
  const revoke = useMutation({
    mutationFn: (publicKey: string) =>
      unwrap(
        api.DELETE('/api/members/{memberId}/keys/{publicKey}', {
          params: { path: { memberId: me.memberId, publicKey } },
        }),
      ),
    onSuccess: async (_answer, publicKey) => {
      if (activeDeviceSigner()?.publicKey === publicKey) setActiveDeviceSigner(null);
      await refresh();
    },
  });
  const deviceLabel = (id: string | undefined) =>
    id === undefined
      ? t('notKept')
      : id === deviceId
        ? t('thisDevice')
        : t('otherDevice', { device: id.slice(0, 10) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mine) unlock.mutate();
    else make.mutate();
  };
  return (
    <Section title={t('title')} id="signing">
      {signer ? (
        <p role="status">
          {t('active')} <code>{signer.publicKey}</code>
        </p>
      ) : (
        <QueryView query={kept}>
          {() => (
            <form onSubmit={submit} className="form">
              <p id="signing-consent">{mine ? t('unlockExplain') : t('consent')}</p>
              <label>
                {t('password')}
                <input
                  type="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  aria-describedby="signing-consent"
                  onChange={(e) => setPassword(e.target.value)}
                />
              </label>
              {(make.error || unlock.error) && <ErrorNotice error={make.error ?? unlock.error} />}
              <button type="submit" disabled={make.isPending || unlock.isPending}>
                {make.isPending || unlock.isPending ? t('working') : mine ? t('unlock') : t('make')}
              </button>
            </form>
          )}
        </QueryView>
      )}
      <h3>{t('yourKeys')}</h3>
      <QueryView query={member}>
        {({ keys }) =>
          keys.length === 0 ? (
            <p>{t('noKeys')}</p>
          ) : (
            <ul>
              {keys.map((k) => (
                <li key={k.publicKey}>
                  <code>{k.publicKey}</code> {deviceLabel(deviceOf(k.publicKey))}{' '}
                  {k.revokedAt
                    ? t('revokedOn', { date: formatDate(k.revokedAt.slice(0, 10), i18n.language) })
                    : t('registeredOn', {
                        date: formatDate(k.registeredAt.slice(0, 10), i18n.language),
                      })}{' '}
                  {!k.revokedAt && (
                    <button
                      type="button"
                      disabled={revoke.isPending}
                      aria-label={t('revokeKey', { key: k.publicKey.slice(0, 8) })}
                      onClick={() => revoke.mutate(k.publicKey)}
                    >
                      {t('revoke')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      {revoke.error && <ErrorNotice error={revoke.error} />}
    </Section>
  );
}
