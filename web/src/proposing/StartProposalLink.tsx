import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../session';

/** The way to the new-proposal form, for members of a constituency with the right to propose. */
export function StartProposalLink() {
  const { t } = useTranslation('proposing');
  const me = useMe();
  if (me.status !== 'active' || !me.constituencies.some((c) => c.rights.propose)) return null;
  return (
    <p>
      <Link className="button" to="/proposals/new">
        {t('start')}
      </Link>
    </p>
  );
}
