import type { Logger } from 'pino';

/**
 * The last line of defence: a promise nobody handled must not take every circle on this server down
 * with it. It is logged (what failed, never the data it carried) and the server carries on; the
 * failure stays confined to the one operation it belonged to. An exception nobody caught leaves the
 * process in an unknown state, so that one is logged and the process exits for its supervisor to
 * restart (live sessions are saved on every command and come back).
 */
export function guardProcess(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ reason: describe(reason) }, 'a failure nobody handled; the server carries on');
  });
  process.on('uncaughtException', (error) => {
    logger.fatal({ reason: describe(error) }, 'an exception nobody caught; exiting');
    process.exit(1);
  });
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return `${reason.name}: ${reason.message}\n${reason.stack ?? ''}`.slice(0, 2_000);
  return typeof reason;
}
