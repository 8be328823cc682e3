import { useTranslation } from 'react-i18next';
import { useMemberName } from '../members';
import { renderMessage, useCatalogue, type ServerMessage } from './render';

/*
 * Tallies as tables, from the counts the server returns (structured data, not prose): the rounds
 * of an instant-runoff count, the pairwise matrix of a Schulze count, the slots of a meeting poll
 * and the responses of a sense check.
 */

interface IrvRound {
  round: number;
  votes: Record<string, number>;
  exhausted: number;
  eliminated?: string;
}

const number = (n: number, language: string) => new Intl.NumberFormat(language).format(n);

/** One row per option, one column per round; an option eliminated in a round is marked there. */
export function IrvRounds({ options, rounds }: { options: string[]; rounds: IrvRound[] }) {
  const { t, i18n } = useTranslation('words');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tally.rounds')}>
      <table>
        <caption>{t('tally.rounds')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tally.option')}</th>
            {rounds.map((r) => (
              <th scope="col" key={r.round}>
                {t('tally.round', { n: r.round })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {options.map((option) => (
            <tr key={option}>
              <th scope="row">{option}</th>
              {rounds.map((r) => (
                <td key={r.round} className="num">
                  {r.votes[option] === undefined ? '—' : number(r.votes[option], i18n.language)}
                  {r.eliminated === option && <> ({t('tally.eliminated')})</>}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row">{t('tally.exhausted')}</th>
            {rounds.map((r) => (
              <td key={r.round} className="num">
                {number(r.exhausted, i18n.language)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** pairwise[x][y]: ballots ranking x above y, one row per x. */
export function SchulzeMatrix({
  options,
  pairwise,
  winnerSet,
}: {
  options: string[];
  pairwise: Record<string, Record<string, number>>;
  winnerSet: string[];
}) {
  const { t, i18n } = useTranslation('words');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tally.pairwise')}>
      <table>
        <caption>
          {t('tally.pairwise')}. {t('tally.pairwiseNote')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tally.option')}</th>
            {options.map((y) => (
              <th scope="col" key={y}>
                {t('tally.over', { option: y })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {options.map((x) => (
            <tr key={x}>
              <th scope="row">
                {x}
                {winnerSet.includes(x) && <> ({t('tally.winnerSet')})</>}
              </th>
              {options.map((y) => (
                <td key={y} className="num">
                  {x === y ? '—' : number(pairwise[x]?.[y] ?? 0, i18n.language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface SlotCount {
  yes: number;
  ifNeedBe: number;
  no: number;
  unmarked: number;
}

/** One row per time slot, best first, with its marks. */
export function MeetingPollSlots({
  standings,
  slots,
}: {
  standings: { option: string; rank: number }[];
  slots: Record<string, SlotCount>;
}) {
  const { t, i18n } = useTranslation('words');
  const columns = ['yes', 'ifNeedBe', 'no', 'unmarked'] as const;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tally.slots')}>
      <table>
        <caption>{t('tally.slots')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tally.rank')}</th>
            <th scope="col">{t('tally.slot')}</th>
            {columns.map((c) => (
              <th scope="col" key={c}>
                {t(`tally.marks.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {standings.map(({ option, rank }) => (
            <tr key={option}>
              <td className="num">{number(rank, i18n.language)}</td>
              <th scope="row">{option}</th>
              {columns.map((c) => (
                <td key={c} className="num">
                  {number(slots[option]?.[c] ?? 0, i18n.language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row per response offered, with its weight and share. */
export function SenseCheckResponses({ responses }: { responses: Record<string, number> }) {
  const { t, i18n } = useTranslation('words');
  const total = Object.values(responses).reduce((sum, n) => sum + n, 0);
  const share = (n: number) =>
    new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(
      total === 0 ? 0 : n / total,
    );
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tally.responses')}>
      <table>
        <caption>{t('tally.responses')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tally.response')}</th>
            <th scope="col">{t('tally.weight')}</th>
            <th scope="col">{t('tally.share')}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(responses).map(([response, n]) => (
            <tr key={response}>
              <th scope="row">{response}</th>
              <td className="num">{number(n, i18n.language)}</td>
              <td className="num">{share(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The table a result's counts call for, or nothing for methods whose lines say it all. */
export function TallyTables({ method, counts }: { method: string | undefined; counts: unknown }) {
  if (typeof counts !== 'object' || counts === null) return null;
  const c = counts as Record<string, unknown>;
  if (method === 'irv' && Array.isArray(c.rounds) && typeof c.firstPreferences === 'object')
    return (
      <IrvRounds
        options={Object.keys(c.firstPreferences as Record<string, number>)}
        rounds={c.rounds as IrvRound[]}
      />
    );
  if (method === 'schulze' && typeof c.pairwise === 'object' && c.pairwise !== null)
    return (
      <SchulzeMatrix
        options={Object.keys(c.pairwise as Record<string, unknown>)}
        pairwise={c.pairwise as Record<string, Record<string, number>>}
        winnerSet={Array.isArray(c.winnerSet) ? (c.winnerSet as string[]) : []}
      />
    );
  if (method === 'meeting-poll' && Array.isArray(c.standings) && typeof c.slots === 'object')
    return (
      <MeetingPollSlots
        standings={c.standings as { option: string; rank: number }[]}
        slots={c.slots as Record<string, SlotCount>}
      />
    );
  if (method === 'sense-check' && typeof c.responses === 'object' && c.responses !== null)
    return <SenseCheckResponses responses={c.responses as Record<string, number>} />;
  return null;
}

/**
 * A tally's explanation in the reader's language. Results recorded before tallies carried codes,
 * and methods whose lines are not coded yet, show the server's English.
 */
export function TallyLines({
  explanation,
  lines,
}: {
  explanation: string[];
  lines?: ServerMessage[] | undefined;
}) {
  const { i18n } = useTranslation();
  useCatalogue(true, ['outcomes']);
  const nameOf = useMemberName();
  const coded = lines !== undefined && lines.length === explanation.length ? lines : undefined;
  return (
    <ol className="explanation">
      {explanation.map((text, i) => {
        const line = coded?.[i];
        return (
          <li key={i}>
            {line ? renderMessage(line, { language: i18n.language, nameOf }, text) : text}
          </li>
        );
      })}
    </ol>
  );
}
