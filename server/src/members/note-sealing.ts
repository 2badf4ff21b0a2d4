import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Envelope encryption for notes addressed to one member (the presenter), with Node's crypto only:
 *
 * - every member gets a random 256-bit *data key* the first time a note is sealed for them;
 * - that data key is stored only wrapped (AES-256-GCM) under a *key-encryption key* derived with
 *   HKDF-SHA256 from the server secret and the member's id, so a database copy alone opens nothing;
 * - each note is sealed with AES-256-GCM under the presenter's data key, with the note id, session id
 *   and presenter id as associated data: a row copied onto another presenter or note fails to open.
 *
 * Threat model, honestly: the running server (which holds the server secret) can unwrap a key, and does
 * so only inside a request authenticated as that presenter. Someone with the database file, its backups
 * or the API under any other account cannot read a note; someone with both the database and the server
 * secret can — the secret lives outside the database (SESSION_SECRET or the data directory's file).
 */
const VERSION = 'v1';
const KEY_BYTES = 32;

export function deriveKeyEncryptionKey(serverSecret: string, memberId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', serverSecret, memberId, 'peercircle/presenter-notes/key-encryption/v1', KEY_BYTES));
}

export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** `v1.iv.ciphertext.tag`, each part base64url. */
export function seal(key: Buffer, plaintext: string | Buffer, associatedData: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [VERSION, ...[iv, body, cipher.getAuthTag()].map((part) => part.toString('base64url'))].join('.');
}

/** Null for a wrong key, other associated data, or any change to the sealed text. */
export function open(key: Buffer, sealed: string, associatedData: string): Buffer | null {
  const [version, ...parts] = sealed.split('.');
  if (version !== VERSION || parts.length !== 3) return null;
  const [iv, body, tag] = parts.map((part) => Buffer.from(part, 'base64url')) as [Buffer, Buffer, Buffer];
  if (iv.length !== 12 || tag.length !== 16) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
}

export function wrapDataKey(serverSecret: string, memberId: string, dataKey: Buffer): string {
  return seal(deriveKeyEncryptionKey(serverSecret, memberId), dataKey, `member-data-key:${memberId}`);
}

export function unwrapDataKey(serverSecret: string, memberId: string, wrapped: string): Buffer | null {
  return open(deriveKeyEncryptionKey(serverSecret, memberId), wrapped, `member-data-key:${memberId}`);
}

export interface NoteBinding {
  noteId: string;
  sessionId: string;
  presenterId: string;
}

export function noteAssociatedData(binding: NoteBinding): string {
  return `presenter-note:${binding.noteId}:${binding.sessionId}:${binding.presenterId}`;
}
