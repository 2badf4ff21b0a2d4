import type { FastifyInstance } from 'fastify';
import { sessionIdParamsSchema } from '@peercircle/shared';
import type { MonthlyUpdates } from '../../members/monthly-updates';
import { apiRoute } from '../api-route';
import { requireFacilitator, requireMember } from '../auth-context';

export function registerMonthlyUpdateRoutes(app: FastifyInstance, updates: MonthlyUpdates): void {
  const tags = ['Monthly updates'];
  apiRoute(
    app,
    'submitMonthlyUpdate',
    { tags, summary: 'Submit or replace your update for a coming session (ratings, a line per area, up to three topics)', params: sessionIdParamsSchema },
    async (request) => updates.submit(requireMember(request).id, request.params.sessionId, request.body),
  );
  apiRoute(
    app,
    'myMonthlyUpdate',
    { tags, summary: 'Your own update for a session (null before you submit one)', params: sessionIdParamsSchema },
    async (request) => ({ update: await updates.mine(requireMember(request).id, request.params.sessionId) }),
  );
  apiRoute(app, 'myUpdateRatings', { tags, summary: 'Your own ratings over months' }, async (request) => updates.myRatings(requireMember(request).id));
  apiRoute(
    app,
    'monthlyUpdateSubmissions',
    { tags, summary: 'Who submitted an update for a session; ratings only where the member shared them', params: sessionIdParamsSchema },
    async (request) => updates.submissions(requireFacilitator(request).id, request.params.sessionId),
  );
}
