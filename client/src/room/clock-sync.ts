import { request } from '../realtime/request';
import type { PeerClientSocket } from '../realtime/socket';
import { clockOffsetMeasured } from '../store/session-slice';

const SAMPLES = 5;

/**
 * Estimates server time − local time, NTP-style: a few round trips, keeping the one with the
 * shortest round trip (least queuing), and assuming the answer was stamped halfway through it.
 */
export async function measureClockOffset(socket: PeerClientSocket): Promise<void> {
  let best: { rtt: number; offset: number } | null = null;
  for (let i = 0; i < SAMPLES; i += 1) {
    try {
      const sentAt = Date.now();
      const { serverNow } = await request(socket, 'session:time', {});
      const receivedAt = Date.now();
      const rtt = receivedAt - sentAt;
      const offset = serverNow - (sentAt + rtt / 2);
      if (!best || rtt < best.rtt) best = { rtt, offset };
    } catch {
      return;
    }
  }
  if (best) clockOffsetMeasured(Math.round(best.offset));
}
