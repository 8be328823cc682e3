import type { ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { page, pages } from './lazy-page';
const JoinPage = page(() => import('./account/JoinPage'), 'JoinPage');
const ResetPasswordPage = page(() => import('./account/ResetPasswordPage'), 'ResetPasswordPage');
import { Loading } from './components';
const { MePage, ProfilePage } = pages(() => import('./me/MePage'), 'MePage', 'ProfilePage');
const NotificationsPage = page(() => import('./me/NotificationsPage'), 'NotificationsPage');
import { Shell } from './layout/Shell';
const Commons = page(() => import('./pages/Commons'), 'Commons');
import { Dashboard } from './pages/Dashboard';
const Distribution = page(() => import('./pages/Distribution'), 'Distribution');
const Ledger = page(() => import('./pages/Ledger'), 'Ledger');
const LogWork = page(() => import('./pages/LogWork'), 'LogWork');
const MembersAndCircles = page(() => import('./pages/MembersAndCircles'), 'MembersAndCircles');
const MoneyPage = page(() => import('./money/MoneyPage'), 'MoneyPage');
const TokensPage = page(() => import('./tokens/TokensPage'), 'TokensPage');
const NewProposalPage = page(() => import('./proposing/NewProposalPage'), 'NewProposalPage');
const PeoplePage = page(() => import('./people/PeoplePage'), 'PeoplePage');
const WorkPage = page(() => import('./work/WorkPage'), 'WorkPage');
const ContributionPage = page(() => import('./contributions/ContributionPage'), 'ContributionPage');
const CirclesPage = page(() => import('./circles/CirclesPage'), 'CirclesPage');
const ConstituenciesPage = page(
  () => import('./constituencies/ConstituenciesPage'),
  'ConstituenciesPage',
);
import { NotFound } from './pages/NotFound';
const RhythmsPage = page(() => import('./rhythms/RhythmsPage'), 'RhythmsPage');
const EvaluationsPage = page(() => import('./evaluations/EvaluationsPage'), 'EvaluationsPage');
const EvaluationPage = page(() => import('./evaluations/EvaluationsPage'), 'EvaluationPage');
const ProposalPage = page(() => import('./pages/ProposalPage'), 'ProposalPage');
const Proposals = page(() => import('./pages/Proposals'), 'Proposals');
const Settings = page(() => import('./pages/Settings'), 'Settings');
const SolidarityPage = page(() => import('./solidarity/SolidarityPage'), 'SolidarityPage');
const FederationPage = page(() => import('./federation/FederationPage'), 'FederationPage');
const SignIn = page(() => import('./pages/SignIn'), 'SignIn');
const ActivityPage = page(() => import('./activity/ActivityPage'), 'ActivityPage');
const SearchPage = page(() => import('./activity/SearchPage'), 'SearchPage');
const EventPage = page(() => import('./activity/EventPage'), 'EventPage');
import { useSession } from './session';
const { GuidePage, GlossaryPage } = pages(
  () => import('./help/HelpPages'),
  'GuidePage',
  'GlossaryPage',
);

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
        <Route path="evaluations" element={member(<EvaluationsPage />)} />
        <Route path="evaluations/:evaluationId" element={member(<EvaluationPage />)} />
        <Route path="solidarity" element={member(<SolidarityPage />)} />
        <Route path="guide" element={member(<GuidePage />)} />
        <Route path="glossary" element={<GlossaryPage />} />
        <Route path="activity" element={member(<ActivityPage />)} />
        <Route path="search" element={<SearchPage />} />
        <Route path="ledger/events/:seq" element={<EventPage />} />
        <Route path="federated" element={member(<FederationPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
