import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { IdentityProvider } from './auth/identity-context';
import { LiveAnnouncer } from './components/ui/LiveAnnouncer';
import { RequireIdentity } from './components/ui/RequireIdentity';
import {
  CohortPage,
  DashboardPage,
  DemoRoomPage,
  InvitePage,
  LandingPage,
  LoginPage,
  MemberHomePage,
  NewCohortPage,
  NotFoundPage,
  SessionPage,
  SignupPage,
} from './pages/lazy-pages';

export function App() {
  return (
    <IdentityProvider>
      <Suspense fallback={<p className="page-loading">Loading…</p>}>
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
      </Suspense>
      <LiveAnnouncer />
    </IdentityProvider>
  );
}
