import { createHash, randomBytes } from 'node:crypto';

/** 128 random bits, URL-safe: invite links, login cookies, calendar feed URLs. */
export function newSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** Secrets are stored only as this hash, so a leaked database reveals no usable link or cookie. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
