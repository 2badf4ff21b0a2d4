import type { FastifyInstance } from 'fastify';
import { commitmentIdParamsSchema, sessionIdParamsSchema } from '@peercircle/shared';
import { z } from 'zod';
import type { CalendarFeeds } from '../../cohort-admin/calendar-feeds';
import type { MemberArea } from '../../members/member-area';
import type { PresenterNotes } from '../../members/presenter-notes';
import { apiRoute } from '../api-route';
import { requireIdentity, requireMember } from '../auth-context';
import type { LoginCookie } from '../login-cookie';

const calendarTokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'not a calendar link') });

export function registerMemberRoutes(app: FastifyInstance, area: MemberArea, calendars: CalendarFeeds, loginCookie: LoginCookie, presenterNotes: PresenterNotes): void {
  const tags = ['Members'];
  apiRoute(app, 'memberHome', { tags, summary: 'Your circle, next session, calendar link and commitments' }, async (request) =>
    area.home(requireMember(request).id),
  );

  apiRoute(app, 'acceptAgreement', { tags, summary: "Accept the circle's confidentiality agreement (this version)" }, async (request) => {
    await area.acceptAgreement(requireMember(request).id, request.body.version);
    return { ok: true as const };
  });

  apiRoute(
    app,
    'addCommitment',
    { tags, summary: 'Record a commitment at the closing round (private, or shared with the circle)', params: sessionIdParamsSchema },
    async (request, reply) => {
      const commitment = await area.addCommitment(requireMember(request).id, request.params.sessionId, request.body);
      reply.code(201);
      return commitment;
    },
  );

  apiRoute(
    app,
    'sessionCommitments',
    { tags, summary: 'Your own commitments from one session, and whether you can still change them', params: sessionIdParamsSchema },
    async (request) => area.sessionCommitments(requireMember(request).id, request.params.sessionId),
  );

  apiRoute(
    app,
    'updateCommitment',
    { tags, summary: "Change your own commitment, until the next session's check-in starts", params: commitmentIdParamsSchema },
    async (request) => area.updateCommitment(requireMember(request).id, request.params.commitmentId, request.body),
  );

  apiRoute(
    app,
    'previousCommitments',
    { tags, summary: "Each member's previous commitment, to revisit at check-in", params: sessionIdParamsSchema },
    async (request) => area.previousCommitments(requireIdentity(request), request.params.sessionId),
  );

  apiRoute(app, 'keptQuestions', { tags, summary: 'Questions you kept from sessions where you presented' }, async (request) =>
    area.keptQuestions(requireMember(request).id),
  );

  apiRoute(app, 'exportMyData', { tags, summary: 'Everything stored about you, as JSON' }, async (request, reply) => {
    reply.header('Content-Disposition', 'attachment; filename="peercircle-my-data.json"');
    const memberId = requireMember(request).id;
    const data = await area.exportData(memberId);
    // Notes addressed to them, opened: only a request signed in as the presenter can open them.
    return { ...data, presenterNotesReceived: await presenterNotes.listForPresenter(memberId) };
  });

  apiRoute(app, 'deleteMyData', { tags, summary: 'Delete everything stored about you and sign out everywhere' }, async (request, reply) => {
    await area.deleteData(requireMember(request).id);
    loginCookie.clear(reply);
    return { ok: true as const };
  });

  apiRoute(app, 'calendarFeed', { tags: ['Calendar'], summary: 'Personal calendar feed (.ics)', params: calendarTokenParamsSchema }, async (request, reply) => {
    reply.type('text/calendar; charset=utf-8');
    return calendars.feedForToken(request.params.token);
  });

  apiRoute(app, 'sessionCalendar', { tags: ['Calendar'], summary: 'One session as an .ics file', params: sessionIdParamsSchema }, async (request, reply) => {
    reply.type('text/calendar; charset=utf-8').header('Content-Disposition', 'attachment; filename="peercircle-session.ics"');
    return calendars.sessionFile(requireIdentity(request), request.params.sessionId);
  });
}
