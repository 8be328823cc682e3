import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';

// Its own module, apart from the check-ins' forms (Checkins.tsx): the dashboard shows it, and a
// first visit's chunk should not carry the forms the member's page alone uses.

/** The capacity signal, inside the care view: counts only, never names. */
export function CapacitySignal() {
  const { t } = useTranslation('rhythms');
  const query = useQuery({
    queryKey: ['care-capacity'],
    queryFn: () => unwrap(api.GET('/api/care/capacity')),
  });
  if (!query.data) return null;
  const c = query.data;
  return (
    <div id="capacity">
      <h3>{t('capacity.title')}</h3>
      <p>{t('capacity.summary', c)}</p>
      <table>
        <caption className="visually-hidden">{t('capacity.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('capacity.overloaded')}</th>
            <th scope="col">{t('capacity.reporting')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{c.overloaded}</td>
            <td>{c.reporting}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
