import { DomainError } from '@peercircle/shared';
import { isDemoRoomKey } from '../door/demo-room-entry';
import type { Visitor } from '../door/visitor';
import type { CircleOwnership } from './circle-ownership';
import { requestedNode } from './cluster-node';

/** A join as the cluster sees it: the room, who asks, and the socket.io handshake's query (`?node=`). */
export type ClusterJoin = (roomKey: string, identity: Visitor['identity'], handshakeQuery: unknown) => Promise<void>;

/**
 * Before the door, in a cluster: the circle's owner serves the join, or the join is sent there. A
 * visitor the door would refuse anyway (no login, for a cohort session) is refused first, so they
 * cannot make a node claim or place circles.
 */
export function clusterJoinGate(ownership: CircleOwnership): ClusterJoin {
  return async (roomKey, identity, handshakeQuery) => {
    if (identity.kind === 'guest' && !isDemoRoomKey(roomKey)) {
      throw new DomainError('unauthenticated', 'Please sign in or use your invite link');
    }
    await ownership.claim(roomKey, requestedNode(handshakeQuery));
  };
}
