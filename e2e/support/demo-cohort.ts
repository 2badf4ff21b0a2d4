import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface DemoPerson {
  role: 'facilitator' | 'member';
  name: string;
  /** The one-time link's path (`/signin/…` or `/invite/…`), to open on the server under test. */
  linkPath: string;
}

/**
 * `npm run demo`'s cohort, made in `env.DATA_DIR` before the server starts: a facilitator and five
 * members invited just after their session's scheduled start ("starting now").
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
