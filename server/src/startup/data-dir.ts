import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { StartupProblem } from './startup-problem';

const FIX = 'set DATA_DIR to a directory this user may read and write';

/** Creates DATA_DIR when missing and checks that this process may read and write it. */
export function ensureUsableDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if (!statSync(dataDir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    accessSync(dataDir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw dataDirProblem(error, dataDir) ?? error;
  }
}

/**
 * What a file-system or SQLite error means for DATA_DIR, or null when it is about something else.
 * Covers what the directory check cannot see beforehand: a database or secret file inside it that
 * belongs to another user, a full disk, a file that is not a database.
 */
export function dataDirProblem(error: unknown, dataDir: string): StartupProblem | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const dir = path.resolve(dataDir);
  const uid = process.getuid?.() ?? '?';
  if (['EACCES', 'EPERM', 'SQLITE_CANTOPEN'].includes(code) || code.startsWith('SQLITE_READONLY')) {
    return new StartupProblem('DATA_DIR', `DATA_DIR ${dir} (or a file in it) is not readable and writable by this user (uid ${uid}) — ${FIX}`);
  }
  if (code === 'EROFS') return new StartupProblem('DATA_DIR', `DATA_DIR ${dir} is on a read-only file system — ${FIX}`);
  if (code === 'ENOTDIR' || code === 'EEXIST') return new StartupProblem('DATA_DIR', `DATA_DIR ${dir} is not a directory — ${FIX}`);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new StartupProblem('DATA_DIR', `DATA_DIR ${dir} is on a full disk — free space or ${FIX}`);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StartupProblem('DATA_DIR', `the database in DATA_DIR ${dir} is not a readable SQLite file — restore it from a backup or set DATA_DIR to another directory`);
  }
  return null;
}
