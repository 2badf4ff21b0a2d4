import type { ClientRequestName } from '@peercircle/shared';
import type { RequestHandler, RequestHandlers } from './request-handlers';

/**
 * Runs one participant's room and media requests one at a time, in arrival order. Without it two
 * concurrent `media:produce` for the microphone could both pass the "one per source" check, or a
 * transport could be created while `room:leave` tears the participant down.
 */
export class ParticipantQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(participantId: string, work: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(participantId) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    this.tails.set(participantId, tail);
    void tail.then(() => {
      if (this.tails.get(participantId) === tail) this.tails.delete(participantId);
    });
    return result;
  }
}

/** The same handlers, each run in turn with the calling participant's other queued requests. */
export function inTurn(queue: ParticipantQueue, handlers: RequestHandlers): RequestHandlers {
  const queued = Object.entries(handlers).map(([event, handler]) => {
    const run = handler as RequestHandler<ClientRequestName>;
    const inQueue: RequestHandler<ClientRequestName> = (payload, socket) => queue.run(socket.data.participantId, () => run(payload, socket));
    return [event, inQueue] as const;
  });
  return Object.fromEntries(queued) as RequestHandlers;
}
