import * as mediasoup from 'mediasoup';

export interface MediaCensus {
  routers: number;
  transports: number;
  producers: number;
  consumers: number;
}

/**
 * Counts live mediasoup objects through mediasoup's own observer API, so tests can assert that
 * leaving really closes what a participant created. Call before any worker is created.
 */
export interface MediaObjectTracker {
  counts(): MediaCensus;
  workerRouterIds(): Promise<string[]>;
  /** Whether the SFU currently forwards this participant's microphone (its producer is not paused). */
  micForwarded(participantId: string): boolean | undefined;
}

export function trackMediaObjects(): MediaObjectTracker {
  const live: MediaCensus = { routers: 0, transports: 0, producers: 0, consumers: 0 };
  const mics = new Map<string, mediasoup.types.Producer>();
  const workers: mediasoup.types.Worker[] = [];
  const count = (key: keyof MediaCensus, observer: { once(event: 'close', listener: () => void): unknown }) => {
    live[key] += 1;
    observer.once('close', () => (live[key] -= 1));
  };
  mediasoup.observer.on('newworker', (worker) => {
    workers.push(worker);
    worker.observer.on('newrouter', (router) => {
      count('routers', router.observer);
      router.observer.on('newtransport', (transport) => {
        count('transports', transport.observer);
        transport.observer.on('newproducer', (producer) => {
          count('producers', producer.observer);
          const { participantId, source } = producer.appData as { participantId?: string; source?: string };
          if (source === 'mic' && participantId) mics.set(participantId, producer);
        });
        transport.observer.on('newconsumer', (consumer) => count('consumers', consumer.observer));
      });
    });
  });
  return {
    counts: () => ({ ...live }),
    micForwarded: (participantId) => {
      const producer = mics.get(participantId);
      return producer && !producer.closed ? !producer.paused : undefined;
    },
    /** Router ids the live workers themselves report (ground truth from the C++ side). */
    async workerRouterIds() {
      const dumps = await Promise.all(workers.filter((w) => !w.closed).map((w) => w.dump()));
      return dumps.flatMap((dump) => dump.routerIds);
    },
  };
}
