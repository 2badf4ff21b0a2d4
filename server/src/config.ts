import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverEnvSchema, type ServerEnv } from '@peercircle/shared';
import { loadServerSecret } from './server-secret';
import { dataDirProblem, ensureUsableDataDir } from './startup/data-dir';
import { invalidEnvironmentProblem } from './startup/env-problem';

export interface ServerConfig extends ServerEnv {
  mediasoupWorkers: number;
  clientDistDir: string;
  /** Where people reach this server, without a trailing slash: the base of invite and calendar links. */
  publicUrl: string;
  /** Set when PUBLIC_URL is: the Origin browsers send from it. */
  publicOrigin: string | null;
  secureCookies: boolean;
  serverSecret: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Parses the environment once at start-up. A bad value, or a DATA_DIR this process cannot use, throws a
 * StartupProblem naming the setting.
 */
export function loadServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) throw invalidEnvironmentProblem(parsed.error, env);
  const settings = parsed.data;
  // DATA_DIR holds the generated secret and the embedded database; with neither it is not used.
  if (!settings.SESSION_SECRET || !settings.DATABASE_URL) ensureUsableDataDir(settings.DATA_DIR);
  const publicUrl = (settings.PUBLIC_URL ?? `http://${settings.HOST}:${settings.PORT}`).replace(/\/+$/, '');
  return {
    ...settings,
    mediasoupWorkers: settings.MEDIASOUP_WORKERS ?? os.availableParallelism(),
    clientDistDir: settings.CLIENT_DIST_DIR ?? path.join(repoRoot, 'client', 'dist'),
    publicUrl,
    publicOrigin: settings.PUBLIC_URL ? new URL(settings.PUBLIC_URL).origin : null,
    secureCookies: publicUrl.startsWith('https://'),
    serverSecret: secretFrom(settings),
  };
}

function secretFrom(settings: ServerEnv): string {
  try {
    return loadServerSecret(settings.SESSION_SECRET, settings.DATA_DIR);
  } catch (error) {
    // e.g. a secret file left by another user
    throw dataDirProblem(error, settings.DATA_DIR) ?? error;
  }
}
