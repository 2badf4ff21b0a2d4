import type { Logger } from 'pino';
import type { ServerConfig } from './config';
import { createRepositories, type Repositories } from './repositories';
import { openDatabase } from './storage/database';
import { migrateToLatest } from './storage/migrate';

export interface OpenStorage {
  repos: Repositories;
  dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/** Opens the configured database (embedded SQLite unless DATABASE_URL names PostgreSQL) and migrates it. */
export async function openStorage(config: Pick<ServerConfig, 'DATABASE_URL' | 'DATA_DIR'>, logger: Logger): Promise<OpenStorage> {
  const handle = await openDatabase({
    ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
    dataDir: config.DATA_DIR,
    onIdleConnectionError: (error) => logger.warn({ err: error }, 'database connection lost; reconnecting'),
  });
  await migrateToLatest(handle.db);
  logger.info({ dialect: handle.dialect }, 'storage ready');
  return { repos: createRepositories(handle.db), dialect: handle.dialect, close: () => handle.close() };
}
