/**
 * `npm run demo`: a demo cohort (a facilitator and five members) with a session starting now. Prints
 * one line per person — `JOIN <role> <name> <url>` — each a one-time link that signs that person in
 * on the browser that opens it. The run script then starts the server.
 */
import { randomBytes } from 'node:crypto';
import { CalendarTokens } from './accounts/calendar-tokens';
import { FacilitatorAccounts } from './accounts/facilitator-accounts';
import { InviteLinks } from './accounts/invite-links';
import { LoginSessions } from './accounts/login-sessions';
import { SignInLinks } from './accounts/sign-in-links';
import { CohortAdmin } from './cohort-admin/cohort-admin';
import { loadServerConfig } from './config';
import { createLogger } from './logger';
import { openStorage } from './storage-setup';

const FACILITATOR = { email: 'demo-facilitator@peercircle.invalid', name: 'Fay Okafor' };
const MEMBERS = ['Maya Chen', 'Ravi Patel', 'Ines García', 'Omar Haddad', 'Sofia Rossi'];
const DAY_MS = 86_400_000;
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

const config = loadServerConfig(process.env);
const storage = await openStorage(config, createLogger('warn'));
const { repos } = storage;
const now = Date.now();
const ttlMs = 7 * DAY_MS;
const logins = new LoginSessions(repos.logins, repos.facilitators, repos.members, DAY_MS, Date.now);
const invites = new InviteLinks(repos.invites, repos.members, config.publicUrl, ttlMs, Date.now);
// Members are listed (and seated, and rotated) in the order they were added: give each its own instant.
let lastTick = 0;
const strictlyIncreasing = () => (lastTick = Math.max(Date.now(), lastTick + 1));
const admin = new CohortAdmin(repos, invites, logins, new CalendarTokens(config.serverSecret), strictlyIncreasing);

const existing = await repos.facilitators.findByEmail(FACILITATOR.email);
const facilitatorId =
  existing?.id ??
  (
    await new FacilitatorAccounts(repos.facilitators, Date.now).signUp({
      email: FACILITATOR.email,
      displayName: FACILITATOR.name,
      // Nobody types this password: the demo signs in through the one-time link below.
      password: randomBytes(24).toString('base64url'),
      timezone: 'UTC',
    })
  ).id;

const today = new Date(now);
const cohort = await admin.create(facilitatorId, {
  name: `Demo circle ${today.toISOString().slice(0, 10)}`,
  purpose: 'Trying PeerCircle: a consultancy session on a real (or imagined) leadership dilemma.',
  cadence: {
    weekOfMonth: Math.min(4, Math.ceil(today.getUTCDate() / 7)) as 1 | 2 | 3 | 4,
    weekday: weekdays[today.getUTCDay()]!,
    startTime: '17:00',
    timezone: 'UTC',
    durationMinutes: 120,
  },
  defaultFormat: 'consultancy',
});
// Today's session, starting now, whatever the cadence says.
await repos.sessions.create({ cohortId: cohort.id, startsAt: now, durationMinutes: 120, format: 'consultancy' });

const lines = [`JOIN facilitator ${FACILITATOR.name} ${await new SignInLinks(repos.signInLinks, repos.facilitators, config.publicUrl, ttlMs, Date.now).issue(facilitatorId)}`];
for (const name of MEMBERS) {
  const invite = await admin.addMember(facilitatorId, cohort.id, { displayName: name });
  lines.push(`JOIN member ${name} ${invite.inviteUrl}`);
}
await storage.close();
console.log(lines.join('\n'));
