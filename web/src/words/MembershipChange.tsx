import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import { useMemberName } from '../members';

/** What a membership proposal changes, as a person says it: "Hana Sato → committed". */
export interface MembershipChangeView {
  memberId: string;
  level: 'casual' | 'dating' | 'committed' | 'left' | null;
  stage?: number;
  startDate?: string;
}

export function MembershipChange({ change }: { change: MembershipChangeView }) {
  const { t, i18n } = useTranslation('words');
  const { t: tApp } = useTranslation();
  const name = useMemberName();
  const level =
    change.level === 'left'
      ? t('membership.left')
      : change.level === null
        ? null
        : tApp(`members.levels.${change.level}`);
  const details = [
    change.stage !== undefined ? t('membership.stage', { stage: change.stage }) : null,
    change.startDate !== undefined
      ? t('membership.from', { date: formatDate(change.startDate, i18n.language) })
      : null,
  ].filter((d) => d !== null);
  return (
    <p>
      <strong>{t('membership.change')}:</strong> {name(change.memberId)}
      {level !== null && <> → {level}</>}
      {details.length > 0 && <> ({details.join(', ')})</>}
    </p>
  );
}
