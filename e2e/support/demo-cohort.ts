import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerProcess } from './server-process';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface DemoPerson {
  role: 'facilitator' | 'member';
  name: string;
  /** The one-time link's path (`/signin/…` or `/invite/…`): it signs in the browser that opens it. */
  linkPath: string;
}

/**
 * Runs `npm run demo`'s seeding (server/src/demo.ts) on the database in `env.DATA_DIR`: a cohort
 * with a facilitator, five members invited just after their session's scheduled start ("starting
 * now"). Works before the server starts or against a running one. Returns one sign-in link per person.
 */
export function createDemoCohort(env: Record<string, string>): DemoPerson[] {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'server/src/demo.ts'], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
  return output
    .split('\n')
    .map((line) => /^JOIN (facilitator|member) (.+) (https?:\/\/\S+)$/.exec(line.trim()))
    .filter((match) => match !== null)
    .map(([, role, name, url]) => ({ role: role as DemoPerson['role'], name: name!, linkPath: new URL(url!).pathname }));
}

/** The demo cohort, seeded into a running server's database. */
export function seedDemoCohort(server: ServerProcess): DemoPerson[] {
  return createDemoCohort({ DATA_DIR: server.dataDir, PORT: String(server.port), HOST: '127.0.0.1' });
}
