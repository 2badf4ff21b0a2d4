import { Route, Switch } from 'wouter';
import { IdentityProvider } from './auth/identity-context';
import { LiveAnnouncer } from './components/LiveAnnouncer';
import { RequireIdentity } from './components/RequireIdentity';
import { CohortPage } from './pages/CohortPage';
import { DashboardPage } from './pages/DashboardPage';
import { DemoRoomPage } from './pages/DemoRoomPage';
import { InvitePage } from './pages/InvitePage';
import { LandingPage } from './pages/LandingPage';
import { LoginPage } from './pages/LoginPage';
import { MemberHomePage } from './pages/MemberHomePage';
import { NewCohortPage } from './pages/NewCohortPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SessionPage } from './pages/SessionPage';
import { SignupPage } from './pages/SignupPage';

export function App() {
  return (
    <IdentityProvider>
      <Switch>
        <Route path="/">
          <LandingPage />
        </Route>
        <Route path="/login">
          <LoginPage />
        </Route>
        <Route path="/signup">
          <SignupPage />
        </Route>
        <Route path="/invite/:token">{(params) => <InvitePage token={params.token} />}</Route>
        <Route path="/signin/:token">{(params) => <InvitePage token={params.token} link="sign-in" />}</Route>
        <Route path="/dashboard">
          <RequireIdentity kind="facilitator">{() => <DashboardPage />}</RequireIdentity>
        </Route>
        <Route path="/cohorts/new">
          <RequireIdentity kind="facilitator">{() => <NewCohortPage />}</RequireIdentity>
        </Route>
        <Route path="/cohorts/:cohortId">
          {(params) => <RequireIdentity kind="facilitator">{() => <CohortPage cohortId={params.cohortId} />}</RequireIdentity>}
        </Route>
        <Route path="/home">
          <RequireIdentity kind="member">{() => <MemberHomePage />}</RequireIdentity>
        </Route>
        <Route path="/s/:sessionId">{(params) => <SessionPage sessionId={params.sessionId} />}</Route>
        <Route path="/r/:roomId">{(params) => <DemoRoomPage roomId={decodeURIComponent(params.roomId)} />}</Route>
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
      <LiveAnnouncer />
    </IdentityProvider>
  );
}
