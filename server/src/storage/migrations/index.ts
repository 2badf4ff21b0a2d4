import type { Migration } from 'kysely';
import * as initial from './0001-initial';
import * as signInLinks from './0002-sign-in-links';
import * as sessionStarted from './0003-session-started';
import * as privacyChecklist from './0004-privacy-checklist';
import * as guardianPause from './0005-guardian-pause';
import * as roleHoldings from './0006-role-holdings';
import * as meetingReview from './0007-meeting-review';
import * as presenterBrief from './0008-presenter-brief';
import * as monthlyUpdates from './0009-monthly-updates';
import * as presenterNotes from './0010-presenter-notes';
import * as parkingLot from './0011-parking-lot';
import * as ownerEpoch from './0012-owner-epoch';

/**
 * Every migration, by name; names sort in the order they run. Listed in code rather than read
 * from the directory so they work the same under tsx, in tests and in a bundle.
 */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-sign-in-links': signInLinks,
  '0003-session-started': sessionStarted,
  '0004-privacy-checklist': privacyChecklist,
  '0005-guardian-pause': guardianPause,
  '0006-role-holdings': roleHoldings,
  '0007-meeting-review': meetingReview,
  '0008-presenter-brief': presenterBrief,
  '0009-monthly-updates': monthlyUpdates,
  '0010-presenter-notes': presenterNotes,
  '0011-parking-lot': parkingLot,
  '0012-owner-epoch': ownerEpoch,
};
