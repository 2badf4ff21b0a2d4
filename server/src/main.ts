import { buildApp } from './app';
import { loadServerConfig } from './config';
import { createLogger } from './logger';
import { WorkerPool } from './media/worker-pool';
import { guardProcess } from './process-guards';
import { openStorage } from './storage-setup';

const SHUTDOWN_GRACE_MS = 5_000;

const config = loadServerConfig(process.env);
const logger = createLogger(config.LOG_LEVEL);
guardProcess(logger);

const pool = new WorkerPool({
  size: config.mediasoupWorkers,
  listenIp: config.MEDIA_LISTEN_IP,
  announcedAddress: config.MEDIA_ANNOUNCED_ADDRESS,
  basePort: config.RTC_PORT,
  logLevel: config.MEDIASOUP_LOG_LEVEL,
  logger: logger.child({ component: 'worker-pool' }),
});
await pool.start();
const storage = await openStorage(config, logger.child({ component: 'storage' }));
const app = await buildApp({ config, logger, pool, repos: storage.repos });
await app.listen({ port: config.PORT, host: config.HOST });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // A connection that will not close must not keep a deploy waiting forever.
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  await app.close();
  pool.close();
  await storage.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
