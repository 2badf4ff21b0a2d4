import { StartupProblem } from './startup-problem';

/** Why `app.listen` failed, naming PORT or HOST, or null when it is something else. */
export function listenProblem(error: unknown, host: string, port: number): StartupProblem | null {
  const reason = addressFailure(error);
  if (reason === 'in-use') return new StartupProblem('PORT', `PORT ${port} is already in use on ${host} — set PORT to a free port`);
  if (reason === 'not-here') return new StartupProblem('HOST', `HOST ${host} is not an address of this machine — set HOST to one of its addresses (or 0.0.0.0)`);
  if (reason === 'forbidden') return new StartupProblem('PORT', `PORT ${port} needs privileges this user does not have — set PORT to 1024 or above`);
  return null;
}

/**
 * Why a mediasoup worker could not open its media port (RTC_PORT + worker index, UDP and TCP), or
 * null. mediasoup reports the socket error only in its message text, e.g.
 * "uv_udp_bind() failed: address already in use".
 */
export function mediaPortProblem(error: unknown, listenIp: string, port: number, workerIndex: number): StartupProblem | null {
  const reason = addressFailure(error);
  const which = workerIndex === 0 ? `RTC_PORT ${port}` : `media port ${port} (RTC_PORT + ${workerIndex}, for worker ${workerIndex + 1})`;
  if (reason === 'in-use') return new StartupProblem('RTC_PORT', `${which} is already in use (UDP or TCP) — set RTC_PORT to a free port`);
  if (reason === 'not-here') return new StartupProblem('MEDIA_LISTEN_IP', `MEDIA_LISTEN_IP ${listenIp} is not an address of this machine — set MEDIA_LISTEN_IP to one of its addresses (or 0.0.0.0)`);
  if (reason === 'forbidden') return new StartupProblem('RTC_PORT', `${which} needs privileges this user does not have — set RTC_PORT to 1024 or above`);
  return null;
}

function addressFailure(error: unknown): 'in-use' | 'not-here' | 'forbidden' | null {
  const code = (error as { code?: unknown } | null)?.code;
  const text = `${typeof code === 'string' ? code : ''} ${error instanceof Error ? error.message : ''}`;
  if (/EADDRINUSE|address already in use/i.test(text)) return 'in-use';
  if (/EADDRNOTAVAIL|address not available|cannot assign requested address/i.test(text)) return 'not-here';
  if (/EACCES|permission denied/i.test(text)) return 'forbidden';
  return null;
}
