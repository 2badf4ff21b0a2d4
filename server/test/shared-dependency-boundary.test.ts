import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from './support/source-imports';

/** shared/ is pure TypeScript: both server and client import it, so it may import neither's world. */
const forbidden = [/^node:/, /^react/, /^socket\.io/, /^mediasoup/, /^kysely/, /^better-sqlite3/, /^pg$/, /^fastify/, /^zustand/];
const builtins = ['fs', 'path', 'crypto', 'os', 'http', 'net', 'events', 'child_process', 'url'];

describe('shared/ dependency boundary', () => {
  const files = sourceFiles(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../shared/src'));

  it('finds the shared sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s imports no runtime-specific module', (_name, file) => {
    const offending = importsOf(file).filter(
      (specifier) => forbidden.some((pattern) => pattern.test(specifier)) || builtins.includes(specifier),
    );
    expect(offending).toEqual([]);
  });
});
