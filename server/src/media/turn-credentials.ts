import { createHmac } from 'node:crypto';
import type { IceServer } from '@peercircle/shared';

const CREDENTIAL_LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * Short-lived TURN credentials in coturn's `use-auth-secret` scheme: the username carries its expiry,
 * the password is an HMAC of it, so no per-user TURN accounts exist and leaked ones expire.
 */
export function turnIceServers(
  urls: string[],
  secret: string | undefined,
  participantId: string,
  nowMs: number,
): IceServer[] {
  if (urls.length === 0 || !secret) return [];
  const expiresAt = Math.floor(nowMs / 1000) + CREDENTIAL_LIFETIME_SECONDS;
  const username = `${expiresAt}:${participantId}`;
  const credential = createHmac('sha1', secret).update(username).digest('base64');
  return [{ urls, username, credential }];
}
