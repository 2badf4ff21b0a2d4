import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newDataKey, noteAssociatedData, open, seal, unwrapDataKey, wrapDataKey } from './note-sealing';

const binding = { noteId: randomUUID(), sessionId: randomUUID(), presenterId: randomUUID() };
const aad = noteAssociatedData(binding);

describe('note sealing', () => {
  it('opens what it sealed, with the same key and binding', () => {
    const key = newDataKey();
    const sealed = seal(key, 'You sounded relieved at the end', aad);
    expect(sealed).not.toContain('relieved');
    expect(open(key, sealed, aad)?.toString('utf8')).toBe('You sounded relieved at the end');
  });

  it('seals the same text differently each time', () => {
    const key = newDataKey();
    expect(seal(key, 'same', aad)).not.toBe(seal(key, 'same', aad));
  });

  it('a wrong key opens nothing', () => {
    const sealed = seal(newDataKey(), 'secret', aad);
    expect(open(newDataKey(), sealed, aad)).toBeNull();
  });

  it('a row moved onto another presenter, session or note id opens nothing', () => {
    const key = newDataKey();
    const sealed = seal(key, 'secret', aad);
    expect(open(key, sealed, noteAssociatedData({ ...binding, presenterId: randomUUID() }))).toBeNull();
    expect(open(key, sealed, noteAssociatedData({ ...binding, sessionId: randomUUID() }))).toBeNull();
    expect(open(key, sealed, noteAssociatedData({ ...binding, noteId: randomUUID() }))).toBeNull();
  });

  it('detects tampering with any part and refuses malformed input', () => {
    const key = newDataKey();
    const sealed = seal(key, 'secret text', aad);
    const parts = sealed.split('.');
    for (let index = 1; index < parts.length; index++) {
      const bytes = Buffer.from(parts[index]!, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      const tampered = parts.map((part, i) => (i === index ? bytes.toString('base64url') : part)).join('.');
      expect(open(key, tampered, aad)).toBeNull();
    }
    for (const malformed of ['', 'v1', 'v2.a.b.c', 'v1.a.b', `${sealed}.x`, 'v1...']) expect(open(key, malformed, aad)).toBeNull();
  });

  it("a data key unwraps only with the same server secret and the same member's id", () => {
    const dataKey = newDataKey();
    const member = randomUUID();
    const wrapped = wrapDataKey('server-secret-1', member, dataKey);
    expect(wrapped).not.toContain(dataKey.toString('base64url'));
    expect(unwrapDataKey('server-secret-1', member, wrapped)?.equals(dataKey)).toBe(true);
    expect(unwrapDataKey('server-secret-2', member, wrapped)).toBeNull();
    expect(unwrapDataKey('server-secret-1', randomUUID(), wrapped)).toBeNull();
  });
});
