import type { WaitingMemberSummary } from '@peercircle/shared';
import { RequestError } from '../realtime/request';
import { announce } from '../store/ui-slice';
import type { RoomConnection } from './room-connection';

export const describeLobbyError = (error: unknown) => (error instanceof RequestError ? error.message : 'That did not work. Try again.');

/** Lets one waiting member in and says so; a failure comes back as the sentence to show and announce. */
export async function admitWaitingMember(connection: RoomConnection, member: WaitingMemberSummary): Promise<string | null> {
  try {
    await connection.admitMember(member.memberId);
    announce(`${member.displayName} let in`);
    return null;
  } catch (error) {
    return `Could not let ${member.displayName} in: ${describeLobbyError(error)}`;
  }
}
