import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MyCheckins } from '../rhythms/Checkins';
import { useMe } from '../session';
import { MemberProfile } from './MemberProfile';

/** `/me`: the signed-in member's own page. */
export function MePage() {
  const { t } = useTranslation('me');
  const me = useMe();
  return (
    <>
      <MemberProfile memberId={me.memberId} title={t('me.title')} />
      <MyCheckins />
    </>
  );
}

/** `/members/:memberId`: another member's profile (or one's own, under their name). */
export function ProfilePage() {
  const { memberId = '' } = useParams();
  return <MemberProfile key={memberId} memberId={memberId} />;
}
