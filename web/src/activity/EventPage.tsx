import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { QueryView, Section } from '../components';
import { formatDate } from '../format';
import { useMemberName } from '../members';
import { useSession } from '../session';
import { fromHex } from '../verify/bytes';
import { leafHash, verifyInclusion } from '../verify/merkle';

type Proven = Awaited<ReturnType<typeof fetchEvent>>;

function fetchEvent(seq: number) {
  return unwrap(api.GET('/api/ledger/events/{seq}', { params: { path: { seq } } }));
}

/** Whether the inclusion proof leads from the event's hash to the root, checked here, not trusted. */
function proofHolds({ event, proof }: Proven): boolean {
  const hash = fromHex(event.hash);
  const root = fromHex(proof.root);
  const path = proof.path.map(fromHex);
  if (!hash || !root || path.some((p) => p === null)) return false;
  return verifyInclusion(
    proof.leafIndex,
    proof.treeSize,
    leafHash(hash),
    path as Uint8Array[],
    root,
  );
}

/** One ledger event, as a feed line links to it, with its inclusion proof checked in the browser. */
export function EventPage() {
  const { t, i18n } = useTranslation('activity');
  const seq = Number(useParams().seq);
  const signedIn = Boolean(useSession().data?.member);
  const name = useMemberName();
  const proven = useQuery({ queryKey: ['ledger', 'event', seq], queryFn: () => fetchEvent(seq) });
  return (
    <div>
      <h1>{t('proof.title', { seq })}</h1>
      <QueryView query={proven}>
        {(data) => (
          <>
            <Section title={t('proof.what')}>
              <dl className="facts">
                <dt>{t('proof.type')}</dt>
                <dd>
                  <code>{data.event.type}</code>
                </dd>
                <dt>{t('proof.time')}</dt>
                <dd>{formatDate(data.event.time, i18n.language)}</dd>
                <dt>{t('proof.actor')}</dt>
                <dd>
                  {data.event.actor === null
                    ? t('proof.node')
                    : signedIn
                      ? name(data.event.actor)
                      : data.event.actor}
                </dd>
                <dt>{t('proof.hash')}</dt>
                <dd>
                  <code className="break">{data.event.hash}</code>
                </dd>
              </dl>
              <details>
                <summary>{t('proof.payload')}</summary>
                <pre className="code">{JSON.stringify(data.event.payload, null, 2)}</pre>
              </details>
            </Section>
            <Section title={t('proof.inclusion')}>
              {proofHolds(data) ? (
                <p role="status">
                  {t('proof.checked', {
                    leaf: data.proof.leafIndex,
                    size: data.proof.treeSize,
                    root: `${data.proof.root.slice(0, 16)}…`,
                  })}{' '}
                  {data.proof.checkpoint ? t('proof.signed') : t('proof.unsigned')}
                </p>
              ) : (
                <p role="alert">{t('proof.failed')}</p>
              )}
              <p>
                <Link to="/ledger">{t('proof.ledger')}</Link>
              </p>
            </Section>
          </>
        )}
      </QueryView>
    </div>
  );
}
