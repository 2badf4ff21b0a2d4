import type { SessionUpdateEvent } from '@peercircle/shared';
import type { SessionBroadcaster } from './session-room';

/**
 * Where circle views go once something can deliver them. Sessions exist without sockets (the REST
 * API reads and starts them); views sent before a broadcaster is connected reach nobody, as nobody
 * can be watching yet.
 */
export class SessionViewRelay implements SessionBroadcaster {
  private target: SessionBroadcaster | null = null;

  connect(target: SessionBroadcaster): void {
    this.target = target;
  }

  sendView(viewerId: string, update: SessionUpdateEvent): void {
    this.target?.sendView(viewerId, update);
  }
}
