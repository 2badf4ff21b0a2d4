/**
 * A child process of bench:capacity holding some of its light participants, so that they spread
 * over the machine's cores instead of saturating one event loop. It joins the circles it is asked to
 * fill (every participant receiving everyone else; the first `speaking` seats talk, the others' silent
 * microphones send what DTX sends; the last `hidden` seats receive as a hidden tab does, voices only)
 * and reports what they receive.
 */
import { joinLightParticipant, type LightParticipant } from '../../support/light-participant';
import type { HostReply, HostRequest } from './protocol';

const lights: LightParticipant[] = [];
const reply = (message: HostReply) => process.send!(message);

async function handle(request: HostRequest): Promise<HostReply> {
  if (request.type === 'count') {
    const consumers = lights.map((light) => light.reception?.consumers() ?? 0);
    const packets = lights.reduce((total, light) => total + (light.reception?.packets() ?? 0), 0);
    return { id: request.id, type: 'counts', participants: lights.length, consumers, packets };
  }
  for (const [seat, displayName] of request.displayNames.entries()) {
    const videoHidden = seat >= request.displayNames.length - request.hidden;
    lights.push(await joinLightParticipant(request.baseUrl, request.demoRoom, displayName, { receive: true, silent: seat >= request.speaking, videoHidden }));
  }
  return { id: request.id, type: 'filled' };
}

process.on('message', (request: HostRequest) => {
  handle(request)
    .then(reply)
    .catch((error: unknown) => reply({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
// The parent's end closes the light participants with this process.
process.on('disconnect', () => {
  lights.forEach((light) => light.close());
  process.exit(0);
});
