import type { FastifyInstance } from 'fastify';
import { sessionIdParamsSchema } from '@peercircle/shared';
import type { PresenterBriefs } from '../../members/presenter-briefs';
import { apiRoute } from '../api-route';
import { requireMember } from '../auth-context';

export function registerPresenterBriefRoutes(app: FastifyInstance, briefs: PresenterBriefs): void {
  const tags = ['Presenter brief'];
  apiRoute(app, 'presenterBrief', { tags, summary: 'Your brief for a session you present, and whether you may still write it', params: sessionIdParamsSchema }, async (request) =>
    briefs.page(requireMember(request).id, request.params.sessionId),
  );

  apiRoute(app, 'savePresenterBrief', { tags, summary: 'Save your brief as a draft or mark it ready (the presenter only)', params: sessionIdParamsSchema }, async (request) =>
    briefs.save(requireMember(request).id, request.params.sessionId, request.body),
  );

  apiRoute(app, 'answerHelpfulness', { tags, summary: 'As the presenter: were we helpful?', params: sessionIdParamsSchema }, async (request) =>
    briefs.answerHelpfulness(requireMember(request).id, request.params.sessionId, request.body),
  );

  apiRoute(app, 'keptBriefs', { tags, summary: 'Briefs you kept after sessions you presented' }, async (request) => briefs.kept(requireMember(request).id));
}
