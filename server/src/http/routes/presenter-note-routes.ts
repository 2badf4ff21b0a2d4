import type { FastifyInstance } from 'fastify';
import { presenterNoteIdParamsSchema, sessionIdParamsSchema } from '@peercircle/shared';
import type { PresenterNotes } from '../../members/presenter-notes';
import { apiRoute } from '../api-route';
import { requireMember } from '../auth-context';

export function registerPresenterNoteRoutes(app: FastifyInstance, notes: PresenterNotes): void {
  const tags = ['Notes for the presenter'];
  apiRoute(
    app,
    'writePresenterNote',
    {
      tags,
      summary: 'Write a short note for the current presenter; sealed for them at once, readable by them alone once their presentation is over',
      params: sessionIdParamsSchema,
      rateLimit: { max: 60, timeWindow: '1 minute' },
    },
    async (request) => notes.write(requireMember(request).id, request.params.sessionId, request.body),
  );
  apiRoute(app, 'myPresenterNotes', { tags, summary: 'Notes others wrote for you, handed over once your presentation ended' }, async (request) =>
    notes.listForPresenter(requireMember(request).id),
  );
  apiRoute(
    app,
    'keepPresenterNote',
    { tags, summary: "Keep one of your notes past the cohort's retention, or stop keeping it", params: presenterNoteIdParamsSchema },
    async (request) => notes.keep(requireMember(request).id, request.params.noteId, request.body.kept),
  );
}
