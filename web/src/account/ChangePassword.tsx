import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken, unwrap } from '../api/client';
import { ErrorNotice, Section } from '../components';
import { rewrapDeviceKey } from '../signing/device-key';
import { readKeptKeys } from '../signing/kept-key';

/**
 * Settings: change your password with the current one; the node signs out every other session,
 * and every signing key kept for the member's devices is re-wrapped under the new password in this
 * browser (all of them are wrapped under the same password, so this one can open each).
 */
export function ChangePassword() {
  const { t } = useTranslation('account');
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNext] = useState('');
  const change = useMutation({
    mutationFn: async () => {
      // Kept keys are wrapped under the password: wrap each device's again under the new one.
      const kept = await readKeptKeys();
      const encryptedPrivateKeys: Record<string, string> = {};
      for (const key of kept) {
        const rewrapped = await rewrapDeviceKey(
          key.publicKey,
          key.encryptedPrivateKey,
          currentPassword,
          newPassword,
        );
        // A blob the current password cannot open is sent as it is; the node then checks the password.
        encryptedPrivateKeys[key.deviceId] = rewrapped ?? key.encryptedPrivateKey;
      }
      return unwrap(
        api.POST('/api/auth/password', {
          body: {
            currentPassword,
            newPassword,
            ...(kept.length > 0 ? { encryptedPrivateKeys } : {}),
          },
        }),
      );
    },
    onSuccess: (answer) => {
      // The answer carries a fresh session (and its CSRF token): the old one ended with the others.
      setCsrfToken(answer.csrfToken);
      setCurrent('');
      setNext('');
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <Section title={t('change.title')} id="password">
      <form onSubmit={submit} className="form">
        <label>
          {t('change.current')}
          <input
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <label>
          {t('change.next')}
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={200}
            value={newPassword}
            onChange={(e) => setNext(e.target.value)}
          />
        </label>
        {change.error && <ErrorNotice error={change.error} />}
        {change.isSuccess && (
          <p className="notice" role="status">
            {t('change.done')}
          </p>
        )}
        <button type="submit" disabled={change.isPending}>
          {change.isPending ? t('change.saving') : t('change.submit')}
        </button>
      </form>
    </Section>
  );
}
