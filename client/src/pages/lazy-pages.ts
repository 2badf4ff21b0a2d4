import { lazy } from 'react';

/**
 * Every page is its own chunk, loaded when its route is first visited: the landing and sign-in
 * screens never download the room, mediasoup-client or the facilitator console.
 */
export const CohortPage = lazy(() => import('./CohortPage').then((m) => ({ default: m.CohortPage })));
export const DashboardPage = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })));
export const DemoRoomPage = lazy(() => import('./DemoRoomPage').then((m) => ({ default: m.DemoRoomPage })));
export const InvitePage = lazy(() => import('./InvitePage').then((m) => ({ default: m.InvitePage })));
export const LandingPage = lazy(() => import('./LandingPage').then((m) => ({ default: m.LandingPage })));
export const LoginPage = lazy(() => import('./LoginPage').then((m) => ({ default: m.LoginPage })));
export const MemberHomePage = lazy(() => import('./MemberHomePage').then((m) => ({ default: m.MemberHomePage })));
export const NewCohortPage = lazy(() => import('./NewCohortPage').then((m) => ({ default: m.NewCohortPage })));
export const NotFoundPage = lazy(() => import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
export const SessionPage = lazy(() => import('./SessionPage').then((m) => ({ default: m.SessionPage })));
export const SignupPage = lazy(() => import('./SignupPage').then((m) => ({ default: m.SignupPage })));
