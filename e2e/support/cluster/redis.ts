import { spawnChild, exchange, waitUntil, type Child } from './child-processes';

export interface RedisProcess {
  url: string;
  port: number;
  child: Child;
}

/** A private redis-server on loopback that keeps nothing on disk (`dir` only holds what Redis insists on). */
export async function startRedis(port: number, dir: string): Promise<RedisProcess> {
  const child = spawnChild('redis-server', [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--save', '',
    '--appendonly', 'no',
    '--dir', dir,
    '--daemonize', 'no',
    '--loglevel', 'warning',
  ]);
  await waitUntil(`redis-server on ${port}`, async () => (await exchange(port, 'PING\r\n')).startsWith('+PONG'), child);
  return { url: `redis://127.0.0.1:${port}`, port, child };
}
