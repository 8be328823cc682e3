import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A secret link shown once, selectable on a phone and copyable where the clipboard is allowed. */
export function ShareLink({ label, url }: { label: string; url: string }) {
  const { t } = useTranslation('account');
  const [copied, setCopied] = useState(false);
  return (
    <div className="notice" role="status">
      <p>{label}</p>
      <input readOnly value={url} aria-label={label} onFocus={(e) => e.currentTarget.select()} />
      {navigator.clipboard && (
        <button
          type="button"
          onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true))}
        >
          {copied ? t('invite.copied') : t('invite.copy')}
        </button>
      )}
    </div>
  );
}
