import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { Empty, QueryView } from '../components';

const NS = 'evaluations';

/** The quarter a month (`2026-08`) or day falls in. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The evaluations of the quarter a month of the books falls in, beside the books. */
export function QuarterEvaluations({ month }: { month: string }) {
  const { t } = useTranslation(NS);
  const quarter = quarterOf(month);
  const list = useQuery({
    queryKey: ['evaluations', 'quarter', quarter],
    queryFn: () => unwrap(api.GET('/api/evaluations', { params: { query: { quarter } } })),
  });
  return (
    <div>
      <h3>{t('beside.title', { quarter })}</h3>
      <QueryView query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty>{t('beside.none', { quarter })}</Empty>
          ) : (
            <ul className="list">
              {data.items.map((e) => (
                <li key={e.evaluationId}>
                  <Link to={`/evaluations/${e.evaluationId}`}>
                    {t('list.line', { quarter: e.quarter, scope: e.circleName ?? t('list.whole') })}
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </div>
  );
}
