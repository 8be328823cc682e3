import { useTranslation } from 'react-i18next';
import { formatMoney } from '../format';
import { renderMessage, useCatalogue } from './render';

interface Line {
  text: string;
  amount: string;
  kind: string;
  code?: string;
  params?: Record<string, unknown>;
}

/**
 * A member's payout explanation in the reader's language. Lines of runs recorded before codes
 * (schema 1) show the server's English text. 'info' lines move no money, so they show no amount.
 */
export function ExplanationLines({ lines, currency }: { lines: Line[]; currency: string }) {
  const { i18n } = useTranslation();
  useCatalogue(true, ['outcomes']);
  const language = i18n.language;
  return (
    <ol className="explanation">
      {lines.map((line, i) => (
        <li key={i}>
          {line.code === undefined
            ? line.text
            : renderMessage(
                { code: line.code, params: line.params ?? {} },
                { language, currency },
                line.text,
              )}
          {line.kind !== 'info' && (
            <>
              {' '}
              <span className="num">{formatMoney(line.amount, currency, language)}</span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The active members a run paid nothing, each by name with the reason. */
export function UnpaidMembers({
  unpaid,
  currency,
}: {
  unpaid: { memberId: string; name: string; code: string; params: Record<string, unknown> }[];
  currency: string;
}) {
  const { t, i18n } = useTranslation('words');
  useCatalogue(unpaid.length > 0, ['outcomes']);
  if (unpaid.length === 0) return null;
  return (
    <>
      <h3>{t('unpaid.title')}</h3>
      <ul className="list">
        {unpaid.map((u) => (
          <li key={u.memberId}>
            <strong>{u.name}</strong>:{' '}
            {renderMessage(u, { language: i18n.language, currency }, u.code)}
          </li>
        ))}
      </ul>
    </>
  );
}
