import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { JoinPage } from './account/JoinPage';
import { ResetPasswordPage } from './account/ResetPasswordPage';
import { Loading } from './components';
import { MePage, ProfilePage } from './me/MePage';
import { NotificationsPage } from './me/NotificationsPage';
import { Shell } from './layout/Shell';
import { Commons } from './pages/Commons';
import { Dashboard } from './pages/Dashboard';
import { Distribution } from './pages/Distribution';
import { Ledger } from './pages/Ledger';
import { LogWork } from './pages/LogWork';
import { MembersAndCircles } from './pages/MembersAndCircles';
import { MoneyPage } from './money/MoneyPage';
import { TokensPage } from './tokens/TokensPage';
import { NewProposalPage } from './proposing/NewProposalPage';
import { PeoplePage } from './people/PeoplePage';
import { WorkPage } from './work/WorkPage';
import { ContributionPage } from './contributions/ContributionPage';
import { CirclesPage } from './circles/CirclesPage';
import { ConstituenciesPage } from './constituencies/ConstituenciesPage';
import { NotFound } from './pages/NotFound';
import { RhythmsPage } from './rhythms/RhythmsPage';
import { ProposalPage } from './pages/ProposalPage';
import { Proposals } from './pages/Proposals';
import { Settings } from './pages/Settings';
import { SignIn } from './pages/SignIn';
import { useSession } from './session';

/** Pages for members: a signed-out visitor is sent to sign in, and comes back after. */
function RequireMember({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <Loading />;
  if (!session.data?.member)
    return (
      <Navigate
        to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  return <>{children}</>;
}

export function App() {
  const member = (page: ReactNode) => <RequireMember>{page}</RequireMember>;
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={member(<Dashboard />)} />
        <Route path="sign-in" element={<SignIn />} />
        <Route path="join" element={<JoinPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="log" element={member(<LogWork />)} />
        <Route path="members" element={member(<MembersAndCircles />)} />
        <Route path="me" element={member(<MePage />)} />
        <Route path="members/:memberId" element={member(<ProfilePage />)} />
        <Route path="notifications" element={member(<NotificationsPage />)} />
        <Route path="proposals" element={member(<Proposals />)} />
        <Route path="proposals/:proposalId" element={member(<ProposalPage />)} />
        <Route path="distribution" element={member(<Distribution />)} />
        <Route path="ledger" element={<Ledger />} />
        <Route path="commons" element={<Commons />} />
        <Route path="settings" element={member(<Settings />)} />
        <Route path="money" element={member(<MoneyPage />)} />
        <Route path="tokens" element={member(<TokensPage />)} />
        <Route path="proposals/new" element={member(<NewProposalPage />)} />
        <Route path="people" element={member(<PeoplePage />)} />
        <Route path="work" element={member(<WorkPage />)} />
        <Route path="contributions/:contributionId" element={member(<ContributionPage />)} />
        <Route path="circles" element={member(<CirclesPage />)} />
        <Route path="constituencies" element={member(<ConstituenciesPage />)} />
        <Route path="rhythms" element={member(<RhythmsPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
