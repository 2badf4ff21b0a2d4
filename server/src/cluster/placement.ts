/** What a node reports about itself every few seconds (and at once when it takes or lets go of a circle). */
export interface NodeLoad {
  nodeId: string;
  /** Live mediasoup workers. */
  workers: number;
  /** Consumers on those workers: the media cost that grows fastest (n × (n − 1) × 2 per circle). */
  consumers: number;
  /** Circles this node owns. */
  circles: number;
  /** CPU of the node's workers together, in % of one core. */
  workerCpuPercent: number;
}

/**
 * From `bench:capacity` (issue 12): a worker spends 1.0–1.4 % of a core per participant, and each
 * participant of a circle of 8 holds 14 consumers, so ~900 consumers bring a worker to ~70 % of a core.
 */
export const CONSUMERS_PER_WORKER = 900;
/** A full circle of 8 (8 × 7 × 2 consumers), reserved from the moment a circle is placed, before anyone's media arrives. */
export const CONSUMERS_PER_CIRCLE = 112;
/** Above this a worker is busy: a node whose workers average more takes new circles only if every node does. */
const BUSY_WORKER_CPU_PERCENT = 70;

/** Consumers a node could still take: its capacity less what it uses or has promised its circles, whichever is more. */
export function spareConsumers(load: NodeLoad): number {
  const committed = Math.max(load.consumers, load.circles * CONSUMERS_PER_CIRCLE);
  return load.workers * CONSUMERS_PER_WORKER - committed;
}

const busy = (load: NodeLoad) => load.workers === 0 || load.workerCpuPercent / load.workers > BUSY_WORKER_CPU_PERCENT;

/**
 * Where a circle that starts should live: the node with the most spare media capacity, not busy if
 * any is not; ties go to fewer circles, then to the lower node id (so every node decides alike).
 * `null` when no node reports (not even this one).
 */
export function placeCircle(loads: readonly NodeLoad[]): string | null {
  const candidates = loads.some((load) => !busy(load)) ? loads.filter((load) => !busy(load)) : loads;
  const best = [...candidates].sort(
    (a, b) => spareConsumers(b) - spareConsumers(a) || a.circles - b.circles || (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0),
  )[0];
  return best?.nodeId ?? null;
}
