import { startServer } from './startup/start-server';
import { exitWithStartupProblem } from './startup/startup-problem';

const SHUTDOWN_GRACE_MS = 5_000;

const server = await startServer(process.env).catch(exitWithStartupProblem);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.logger.info({ signal }, 'shutting down');
  // A connection that will not close must not keep a deploy waiting forever.
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
