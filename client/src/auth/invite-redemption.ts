import type { RedeemInviteResponse } from '@peercircle/shared';
import { callApi } from '../api/api-client';

const redeeming = new Map<string, Promise<RedeemInviteResponse>>();

/**
 * Redeems an invite link at most once per page load. An invite works once, so a second request
 * (React runs effects twice in development, people double-click) would wrongly report it used.
 * A failed attempt is forgotten, so "Try again" after a rate limit sends a new request.
 */
export function redeemInviteOnce(
  token: string,
  route: 'redeemInvite' | 'redeemSignInLink' = 'redeemInvite',
): Promise<RedeemInviteResponse> {
  let redemption = redeeming.get(token);
  if (!redemption) {
    redemption = callApi(route, { body: { token } });
    redeeming.set(token, redemption);
    redemption.catch(() => redeeming.delete(token));
  }
  return redemption;
}
