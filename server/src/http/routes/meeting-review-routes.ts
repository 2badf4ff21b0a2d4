import type { FastifyInstance } from 'fastify';
import { sessionIdParamsSchema } from '@peercircle/shared';
import type { MeetingReviews } from '../../members/meeting-reviews';
import { apiRoute } from '../api-route';
import { requireFacilitator, requireMember } from '../auth-context';

export function registerMeetingReviewRoutes(app: FastifyInstance, reviews: MeetingReviews): void {
  const tags = ['Meeting review'];
  apiRoute(
    app,
    'answerMeetingReview',
    { tags, summary: 'Rate a meeting you attended (1–10) and say what would have made it a 10; answering again replaces it', params: sessionIdParamsSchema },
    async (request) => reviews.answer(requireMember(request).id, request.params.sessionId, request.body),
  );
  apiRoute(
    app,
    'meetingReviewSummary',
    { tags, summary: "A session's meeting review: average, spread and comments in random order, from four answers on", params: sessionIdParamsSchema },
    async (request) => reviews.summary(requireFacilitator(request).id, request.params.sessionId),
  );
}
