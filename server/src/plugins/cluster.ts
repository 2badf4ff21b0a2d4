import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ClusterNode } from '../cluster/cluster-node';
import type { WorkerPool } from '../media/worker-pool';
import { SETTLE_ON_CLOSE_MS } from './services';
import { roomChannel } from '../realtime/socket-types';
import { StaleOwnerError } from '../storage/live-states-repository';

export interface ClusterPluginOptions {
  cluster: ClusterNode;
  pool: WorkerPool;
}

/**
 * This node's part in the cluster, once its circles and media exist: a circle it stops hosting is
 * released at once; a circle it lost (lease gone, or a newer owner's save found) is forgotten here and
 * its connections dropped like a network would drop them, so the clients reconnect and find the owner.
 */
async function clusterPlugin(app: FastifyInstance, { cluster, pool }: ClusterPluginOptions): Promise<void> {
  const { sessionRooms, mediaRooms, realtime } = app;
  const { ownership } = cluster;
  sessionRooms.on('dropped', (room) => void ownership.release(room.sessionId));
  sessionRooms.on('created', (room) =>
    room.on('saveFailed', (error) => {
      if (error instanceof StaleOwnerError) ownership.surrender(room.sessionId);
    }),
  );
  ownership.on('lost', (roomKey) => {
    sessionRooms.discard(roomKey);
    const ids = realtime.io.of('/').adapter.rooms.get(roomChannel(roomKey)) ?? new Set<string>();
    for (const id of ids) realtime.io.of('/').sockets.get(id)?.conn.close();
  });
  app.addHook('onReady', async () => {
    // Someone waiting in the lobby counts: the facilitator who lets them in must come to this node.
    const hosting = (roomKey: string) =>
      sessionRooms.get(roomKey) !== undefined || mediaRooms.get(roomKey) !== undefined || app.services.lobby.waiting(roomKey).length > 0;
    await cluster.start({ pool, rooms: mediaRooms }, hosting);
  });
  // Once the connections are closed and the commands they sent are saved: the circles can move at once.
  app.addHook('onClose', async () => {
    await sessionRooms.settle(SETTLE_ON_CLOSE_MS);
    await cluster.ownership.stop();
  });
}

export default fp(clusterPlugin, { name: 'peercircle-cluster', fastify: '5.x', dependencies: ['peercircle-services', 'peercircle-realtime'] });
