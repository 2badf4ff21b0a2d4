import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { CircleSession } from '@peercircle/shared';

const SEALED = 'sealed:';
/** What an anonymous question's author becomes once its key is gone: nobody. */
export const UNKNOWN_AUTHOR = '';

/**
 * Who wrote an anonymous question never reaches storage in the clear. Saved states carry the author
 * sealed (AES-256-GCM) with a key per session that lives only in this process's memory: a state
 * restored while the key lives (a session that idled out and came back) keeps its authors; after
 * the session ends or the process restarts, nobody can tell who asked — not even the server.
 */
export class AnonymousAuthors {
  private readonly keys = new Map<string, Buffer>();

  /** The state as it may be stored. */
  seal(state: CircleSession): CircleSession {
    const key = this.keyFor(state.sessionId, true);
    return this.mapAnonymousAuthors(state, (authorId) => (authorId.startsWith(SEALED) ? authorId : SEALED + encrypt(key, authorId)));
  }

  /** A stored state, with the authors this process can still unseal. */
  unseal(state: CircleSession): CircleSession {
    const key = this.keyFor(state.sessionId, false);
    return this.mapAnonymousAuthors(state, (authorId) =>
      authorId.startsWith(SEALED) && key ? (decrypt(key, authorId.slice(SEALED.length)) ?? UNKNOWN_AUTHOR) : UNKNOWN_AUTHOR,
    );
  }

  /** The session is over: its authors can never be unsealed again. */
  forget(sessionId: string): void {
    this.keys.get(sessionId)?.fill(0);
    this.keys.delete(sessionId);
  }

  private keyFor(sessionId: string, create: true): Buffer;
  private keyFor(sessionId: string, create: false): Buffer | undefined;
  private keyFor(sessionId: string, create: boolean): Buffer | undefined {
    let key = this.keys.get(sessionId);
    if (!key && create) {
      key = randomBytes(32);
      this.keys.set(sessionId, key);
    }
    return key;
  }

  private mapAnonymousAuthors(state: CircleSession, map: (authorId: string) => string): CircleSession {
    if (!state.questions.some((question) => question.anonymous)) return state;
    const questions = state.questions.map((question) => (question.anonymous ? { ...question, authorId: map(question.authorId) } : question));
    return { ...state, questions };
  }
}

function encrypt(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [iv, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.');
}

function decrypt(key: Buffer, sealed: string): string | null {
  const [iv, body, tag] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
