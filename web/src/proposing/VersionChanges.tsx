import { useTranslation } from 'react-i18next';
import type { components } from '../api/schema';
import { formatDate } from '../format';
import { diffLines } from './diff';

type Version = components['schemas']['ProposalDetail']['versions'][number];

/** Each amendment as what changed from the version before: the title, and the text line by line. */
export function VersionChanges({ versions }: { versions: Version[] }) {
  const { t, i18n } = useTranslation('proposing');
  if (versions.length < 2) return null;
  const pairs = versions.slice(1).map((after, i) => [versions[i]!, after] as const);
  return (
    <details open>
      <summary>{t('changes.title')}</summary>
      {pairs.map(([before, after]) => (
        <div key={after.version} className="diff">
          <h3>
            {t('changes.version', {
              from: before.version,
              to: after.version,
              date: formatDate(after.recordedAt, i18n.language),
            })}
          </h3>
          {before.title !== after.title && (
            <p>{t('changes.titleChanged', { before: before.title, after: after.title })}</p>
          )}
          <ul className="list">
            {diffLines(before.body, after.body)
              .filter((l) => l.kind !== 'same')
              .map((l, i) =>
                l.kind === 'removed' ? (
                  <li key={i}>
                    <del>
                      <span className="visually-hidden">{t('changes.removed')}: </span>
                      {l.text}
                    </del>
                  </li>
                ) : (
                  <li key={i}>
                    <ins>
                      <span className="visually-hidden">{t('changes.added')}: </span>
                      {l.text}
                    </ins>
                  </li>
                ),
              )}
          </ul>
        </div>
      ))}
    </details>
  );
}
