import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { serverEnvSchema, type ServerEnv } from '@peercircle/shared';

export interface ServerConfig extends ServerEnv {
  mediasoupWorkers: number;
  clientDistDir: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Parses the environment once at start-up; a bad value stops the server with a readable message. */
export function loadServerConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return {
    ...parsed.data,
    mediasoupWorkers: parsed.data.MEDIASOUP_WORKERS ?? os.availableParallelism(),
    clientDistDir: parsed.data.CLIENT_DIST_DIR ?? path.join(repoRoot, 'client', 'dist'),
  };
}
