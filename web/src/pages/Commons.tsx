import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AddCommons } from '../work/AddCommons';
import { CommonsControls, FederatedCommons } from '../solidarity/FederatedCommons';
import { api, unwrap } from '../api/client';
import { Empty, QueryView } from '../components';
import { formatDate } from '../format';
import { useSession } from '../session';

/** The public catalogue of what the DisCO's love work made: readable by anyone, no account. */
export function Commons() {
  const { t, i18n } = useTranslation();
  const commons = useQuery({
    queryKey: ['commons'],
    queryFn: () => unwrap(api.GET('/api/commons')),
  });
  // Only an active member has the form to register a resource (AddCommons).
  const active = useSession().data?.member?.status === 'active';
  return (
    <div>
      <h1>{t('commons.title')}</h1>
      <p className="lead">{t('commons.intro')}</p>
      <p>
        <a href="/api/commons.atom">{t('commons.feed')}</a>
      </p>
      <AddCommons />
      <QueryView query={commons}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty
              next={
                active
                  ? { to: '#add-commons-heading', label: t('help:empty.addCommons') }
                  : undefined
              }
            >
              {t('commons.empty')}
            </Empty>
          ) : (
            <ul className="cards">
              {items.map((resource) => (
                <li key={resource.resourceId} className="card">
                  <h2>
                    <a href={resource.link} rel="noopener noreferrer">
                      {resource.title}
                    </a>
                  </h2>
                  <p className="muted">
                    {t('commons.meta', {
                      kind: resource.kind,
                      licence: resource.licence,
                      date: formatDate(resource.registeredAt.slice(0, 10), i18n.language),
                    })}
                  </p>
                  <p>{t('commons.loveWork', { count: resource.loveWork.length })}</p>
                  <CommonsControls resourceId={resource.resourceId} licence={resource.licence} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
      <FederatedCommons />
    </div>
  );
}
