import type { FastifyInstance } from 'fastify';
import { sessionIdParamsSchema } from '@peercircle/shared';
import type { SessionPreviews } from '../../cohort-admin/session-previews';
import { apiRoute } from '../api-route';
import { requireIdentity } from '../auth-context';

export function registerSessionPreviewRoute(app: FastifyInstance, previews: SessionPreviews): void {
  apiRoute(
    app,
    'sessionPreview',
    { tags: ['Sessions'], summary: 'A session of your cohort before you join: when, and who presents', params: sessionIdParamsSchema },
    async (request) => previews.preview(requireIdentity(request), request.params.sessionId),
  );
}
