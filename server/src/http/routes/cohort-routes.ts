import type { FastifyInstance } from 'fastify';
import { cohortIdParamsSchema, memberParamsSchema, sessionIdParamsSchema } from '@peercircle/shared';
import type { CohortAdmin } from '../../cohort-admin/cohort-admin';
import type { CohortHealthService } from '../../cohort-admin/cohort-health-service';
import { apiRoute } from '../api-route';
import { requireFacilitator } from '../auth-context';

export function registerCohortRoutes(app: FastifyInstance, admin: CohortAdmin, health: CohortHealthService): void {
  const tags = ['Cohorts (facilitators)'];
  apiRoute(app, 'listCohorts', { tags, summary: 'Your cohorts' }, async (request) => admin.list(requireFacilitator(request).id));

  apiRoute(app, 'createCohort', { tags, summary: 'Create a cohort; its sessions are scheduled from the cadence' }, async (request, reply) => {
    const cohort = await admin.create(requireFacilitator(request).id, request.body);
    reply.code(201);
    return cohort;
  });

  apiRoute(app, 'getCohort', { tags, summary: 'A cohort with members and schedule', params: cohortIdParamsSchema }, async (request) =>
    admin.get(requireFacilitator(request).id, request.params.cohortId),
  );

  apiRoute(
    app,
    'updateCohort',
    { tags, summary: 'Edit a cohort (a changed agreement must be accepted again)', params: cohortIdParamsSchema },
    async (request) => admin.update(requireFacilitator(request).id, request.params.cohortId, request.body),
  );

  apiRoute(
    app,
    'addMember',
    { tags, summary: 'Add a member; returns their personal invite link (shown once)', params: cohortIdParamsSchema },
    async (request, reply) => {
      const invite = await admin.addMember(requireFacilitator(request).id, request.params.cohortId, request.body);
      reply.code(201);
      return invite;
    },
  );

  apiRoute(app, 'reinviteMember', { tags, summary: 'A fresh invite link for a member', params: memberParamsSchema }, async (request) =>
    admin.reinvite(requireFacilitator(request).id, request.params.cohortId, request.params.memberId),
  );

  apiRoute(
    app,
    'removeMember',
    { tags, summary: 'Remove a member: their links and sign-ins stop working at once', params: memberParamsSchema },
    async (request) => {
      await admin.removeMember(requireFacilitator(request).id, request.params.cohortId, request.params.memberId);
      return { ok: true as const };
    },
  );

  apiRoute(app, 'cohortHealth', { tags, summary: 'Attendance, rotation and speaking-time equity, with alerts', params: cohortIdParamsSchema }, async (request) =>
    health.report(requireFacilitator(request).id, request.params.cohortId),
  );

  apiRoute(
    app,
    'updateSession',
    { tags, summary: 'Choose the presenter or format of a coming session', params: sessionIdParamsSchema },
    async (request) => admin.updateSession(requireFacilitator(request).id, request.params.sessionId, request.body),
  );
}
