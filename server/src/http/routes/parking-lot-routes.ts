import type { FastifyInstance } from 'fastify';
import { cohortIdParamsSchema, parkedTopicIdParamsSchema } from '@peercircle/shared';
import type { ParkingLot } from '../../members/parking-lot';
import { apiRoute } from '../api-route';
import { requireFacilitator, requireMember } from '../auth-context';

export function registerParkingLotRoutes(app: FastifyInstance, lot: ParkingLot): void {
  const tags = ['Parking lot'];
  apiRoute(app, 'myParkedTopics', { tags, summary: 'Your topics in the parking lot (marked "might present"), most urgent first' }, async (request) =>
    lot.mine(requireMember(request).id),
  );
  apiRoute(
    app,
    'shareParkedTopic',
    { tags, summary: "Share one of your parked topics' title with the facilitator, or stop sharing it", params: parkedTopicIdParamsSchema },
    async (request) => lot.share(requireMember(request).id, request.params.topicId, request.body.shared),
  );
  apiRoute(app, 'removeParkedTopic', { tags, summary: 'Take one of your topics out of the parking lot', params: parkedTopicIdParamsSchema }, async (request) =>
    lot.remove(requireMember(request).id, request.params.topicId),
  );
  apiRoute(
    app,
    'cohortParkingLot',
    { tags, summary: "The cohort's parking lot: owner, urgency, importance and date; a title only where its owner shared it", params: cohortIdParamsSchema },
    async (request) => lot.forFacilitator(requireFacilitator(request).id, request.params.cohortId),
  );
}
