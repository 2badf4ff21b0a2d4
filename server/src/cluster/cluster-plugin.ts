import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { WorkerPool } from '../media/worker-pool';
import { roomChannel } from '../realtime/socket-types';
import { StaleOwnerError } from '../storage/live-states-repository';
import type { ClusterNode } from './cluster-node';

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
    await cluster.start({ pool, rooms: mediaRooms }, (roomKey) => sessionRooms.get(roomKey) !== undefined || mediaRooms.get(roomKey) !== undefined);
  });
  // After the realtime plugin's preClose has ended the connections: the circles can move at once.
  app.addHook('preClose', async () => cluster.ownership.stop());
}

export default fp(clusterPlugin, { name: 'peercircle-cluster', fastify: '5.x', dependencies: ['peercircle-services', 'peercircle-realtime'] });
