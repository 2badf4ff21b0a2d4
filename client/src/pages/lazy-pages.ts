import { lazy } from 'react';
import { loadRoomModule, warmUpRoom } from '../room/load-room-module';

/**
 * A page with a room starts loading the room together with its own chunk: waiting for the page to
 * show first costs more than the page's load, as React reveals a page that suspended no sooner than
 * 300 ms after its fallback. A demo room also opens the connection and loads the device then; a
 * cohort session only fetches the chunk, as it connects once it knows who is signed in.
 */
function withRoom<T>(page: Promise<T>, warmUp: () => unknown): Promise<T> {
  warmUp();
  return page;
}
const fetchRoomChunk = () => loadRoomModule().catch(() => undefined); // the page asks again, and shows the failure

/**
 * Every page is its own chunk, loaded when its route is first visited: the landing and sign-in
 * screens never download the room, mediasoup-client or the facilitator console.
 */
export const CohortPage = lazy(() => import('./CohortPage').then((m) => ({ default: m.CohortPage })));
export const DashboardPage = lazy(() => import('./DashboardPage').then((m) => ({ default: m.DashboardPage })));
export const DemoRoomPage = lazy(() => withRoom(import('./DemoRoomPage'), warmUpRoom).then((m) => ({ default: m.DemoRoomPage })));
export const InvitePage = lazy(() => import('./InvitePage').then((m) => ({ default: m.InvitePage })));
export const LandingPage = lazy(() => import('./LandingPage').then((m) => ({ default: m.LandingPage })));
export const LoginPage = lazy(() => import('./LoginPage').then((m) => ({ default: m.LoginPage })));
export const MemberHomePage = lazy(() => import('./MemberHomePage').then((m) => ({ default: m.MemberHomePage })));
export const NewCohortPage = lazy(() => import('./NewCohortPage').then((m) => ({ default: m.NewCohortPage })));
export const NotFoundPage = lazy(() => import('./NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
export const SessionPage = lazy(() => withRoom(import('./SessionPage'), fetchRoomChunk).then((m) => ({ default: m.SessionPage })));
export const SignupPage = lazy(() => import('./SignupPage').then((m) => ({ default: m.SignupPage })));
