import { StartupProblem } from './startup-problem';

const FIX = 'set DATABASE_URL to postgres://user:password@host:port/database of a running PostgreSQL';

/**
 * What an error while connecting to or migrating PostgreSQL means, as one line naming DATABASE_URL,
 * or null when it is not recognised. Only the host, port and database name are shown, never the
 * user name or password.
 */
export function databaseProblem(error: unknown, databaseUrl: string): StartupProblem | null {
  const { host, server, database } = describe(databaseUrl);
  const cause = rootCause(error);
  const code = typeof cause.code === 'string' ? cause.code : '';
  const message = typeof cause.message === 'string' ? cause.message : '';
  const problem = (text: string) => new StartupProblem('DATABASE_URL', `${text} — ${FIX}`);
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return problem(`the DATABASE_URL host ${host} cannot be resolved`);
    case 'ECONNREFUSED':
      return problem(`nothing accepts connections at ${server} (DATABASE_URL)`);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return problem(`${server} (DATABASE_URL) cannot be reached`);
    case '28P01':
    case '28000':
      return problem(`PostgreSQL at ${server} refused the user name or password in DATABASE_URL`);
    case '3D000':
      return problem(`PostgreSQL at ${server} has no database "${database}"`);
    case '42501':
      return problem(`the DATABASE_URL user may not create tables in database "${database}" at ${server}`);
  }
  if (/timeout/i.test(message)) return problem(`no answer from ${server} (DATABASE_URL) in time`);
  if (/terminated unexpectedly|ECONNRESET|unexpected|protocol|SSL/i.test(`${code} ${message}`)) {
    return problem(`the server at ${server} (DATABASE_URL) did not answer as PostgreSQL`);
  }
  return null;
}

function rootCause(error: unknown): { code?: unknown; message?: unknown } {
  let current = error as { cause?: unknown; code?: unknown } | null;
  while (current && typeof current === 'object' && current.cause && current.code === undefined) {
    current = current.cause as typeof current;
  }
  return current ?? {};
}

function describe(databaseUrl: string): { host: string; server: string; database: string } {
  try {
    const url = new URL(databaseUrl);
    return { host: url.hostname, server: `${url.hostname}:${url.port || '5432'}`, database: decodeURIComponent(url.pathname.slice(1)) };
  } catch {
    return { host: 'of the URL', server: 'the configured server', database: '?' };
  }
}
