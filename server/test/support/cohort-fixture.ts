import type { CohortDetail, SessionSummary } from '@peercircle/shared';
import { callApi } from './http-client';

export interface SignedIn {
  id: string;
  name: string;
  cookie: string;
}

export interface CohortFixture {
  cohort: CohortDetail;
  session: SessionSummary;
  facilitator: SignedIn;
  members: SignedIn[];
  inviteUrls: string[];
}

let counter = 0;

/**
 * A facilitator with a cohort and members who followed their invite links, all through the real
 * HTTP API. `acceptAgreement` makes the members accept the cohort's agreement too.
 */
export async function createCohort(
  baseUrl: string,
  memberNames: string[],
  options: { acceptAgreement?: boolean } = {},
): Promise<CohortFixture> {
  counter += 1;
  const signup = await callApi(baseUrl, 'signup', {
    body: { email: `fay${counter}-${Date.now()}@example.org`, displayName: 'Fay', password: 'a long enough password' },
  });
  if (signup.status !== 201 || !signup.loginCookie) throw new Error(`signup failed: ${JSON.stringify(signup.body)}`);
  const facilitator = { id: signup.body.identity.id, name: 'Fay', cookie: signup.loginCookie };
  const created = await callApi(baseUrl, 'createCohort', {
    cookie: facilitator.cookie,
    body: {
      name: `Circle ${counter}`,
      cadence: { weekOfMonth: 1, weekday: 'tuesday', startTime: '17:00', timezone: 'Europe/Berlin', durationMinutes: 120 },
    },
  });
  if (created.status !== 201) throw new Error(`create cohort failed: ${JSON.stringify(created.body)}`);
  const members: SignedIn[] = [];
  const inviteUrls: string[] = [];
  for (const name of memberNames) {
    const invite = await callApi(baseUrl, 'addMember', { cookie: facilitator.cookie, params: { cohortId: created.body.id }, body: { displayName: name } });
    inviteUrls.push(invite.body.inviteUrl);
    const token = invite.body.inviteUrl.split('/invite/')[1]!;
    const redeemed = await callApi(baseUrl, 'redeemInvite', { body: { token } });
    if (!redeemed.loginCookie) throw new Error(`redeem failed: ${JSON.stringify(redeemed.body)}`);
    members.push({ id: redeemed.body.identity.id, name, cookie: redeemed.loginCookie });
    if (options.acceptAgreement) {
      await callApi(baseUrl, 'acceptAgreement', { cookie: redeemed.loginCookie, body: { version: created.body.agreementVersion } });
    }
  }
  const cohort = (await callApi(baseUrl, 'getCohort', { cookie: facilitator.cookie, params: { cohortId: created.body.id } })).body;
  return { cohort, session: cohort.sessions[0]!, facilitator, members, inviteUrls };
}
