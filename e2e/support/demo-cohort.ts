import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerProcess } from './server-process';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface DemoPerson {
  role: 'facilitator' | 'member';
  name: string;
  /** A one-time link that signs this person in on the browser that opens it. */
  url: string;
}

/**
 * Runs `npm run demo`'s seeding (server/src/demo.ts) against a running server's database: a cohort
 * with a facilitator, five members and a session starting now. Returns one sign-in link per person.
 */
export function seedDemoCohort(server: ServerProcess): DemoPerson[] {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'server/src/demo.ts'], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: server.dataDir, PORT: String(server.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  return output
    .split('\n')
    .filter((line) => line.startsWith('JOIN '))
    .map((line) => {
      const [, role, ...rest] = line.split(' ');
      const url = rest.pop() ?? '';
      return { role: role as DemoPerson['role'], name: rest.join(' '), url };
    });
}
