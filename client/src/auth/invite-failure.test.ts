import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client';
import { describeInviteFailure } from './invite-failure';

describe('describeInviteFailure', () => {
  it('asks to wait when rate limited', () => {
    expect(describeInviteFailure(new ApiError(429, 'rate_limited', 'slow down'))).toMatchObject({
      heading: 'Too many attempts',
      canRetry: true,
    });
  });
  it('calls an unknown or malformed token not valid', () => {
    expect(describeInviteFailure(new ApiError(404, 'not_found', 'no such invite')).heading).toBe('This invite link is not valid');
    expect(describeInviteFailure(new ApiError(400, 'invalid_payload', 'this link is not valid')).canRetry).toBe(false);
  });
  it("passes on the server's reason for an expired or used link", () => {
    const failure = describeInviteFailure(new ApiError(409, 'conflict', 'this invite link has already been used'));
    expect(failure).toEqual({
      heading: 'This invite link cannot be used',
      detail: 'This invite link has already been used. Ask your facilitator to send you a new invite link.',
      canRetry: false,
    });
  });
  it('offers a retry when the server could not be reached', () => {
    expect(describeInviteFailure(new ApiError(0, 'network', 'Could not reach PeerCircle.'))).toMatchObject({ canRetry: true });
  });
});
