import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** shared/ is pure TypeScript: both server and client import it, so it may import neither's world. */
const forbidden = [/^node:/, /^react/, /^socket\.io/, /^mediasoup/, /^kysely/, /^better-sqlite3/, /^pg$/, /^fastify/, /^zustand/];
const builtins = ['fs', 'path', 'crypto', 'os', 'http', 'net', 'events', 'child_process', 'url'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('shared/ dependency boundary', () => {
  const files = sourceFiles(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../shared/src'));

  it('finds the shared sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [path.basename(file), file]))('%s imports no runtime-specific module', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/(?:from|import)\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
    const offending = imports.filter(
      (specifier) => forbidden.some((pattern) => pattern.test(specifier)) || builtins.includes(specifier),
    );
    expect(offending).toEqual([]);
  });
});
