import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles } from './support/source-imports';

const serverSrc = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src');
const relative = (file: string) => path.relative(serverSrc, file);
/** The folder (under server/src) an import from `file` lands in. */
const targetFolder = (file: string, specifier: string) => relative(path.resolve(path.dirname(file), specifier)).split(path.sep)[0];

const files = sourceFiles(serverSrc);
const localImports = files.flatMap((file) =>
  importsOf(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ from: relative(file), to: targetFolder(file, specifier) })),
);

describe('server module boundaries', () => {
  it('finds the server sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('lets only the composition root (app.ts and its plugins) depend on the socket layer (realtime/ depends on the rest, one way)', () => {
    const composition = (file: string) => file === 'app.ts' || file.startsWith('plugins/');
    const intoRealtime = localImports.filter(({ from, to }) => to === 'realtime' && !from.startsWith('realtime/') && !composition(from));
    expect(intoRealtime).toEqual([]);
  });

  it('keeps the door (who may enter, as whom) free of sockets and HTTP', () => {
    const fromDoor = localImports.filter(({ from, to }) => from.startsWith('door/') && (to === 'realtime' || to === 'http'));
    expect(fromDoor).toEqual([]);
  });
});
