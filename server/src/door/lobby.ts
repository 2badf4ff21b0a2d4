export interface WaitingMember {
  memberId: string;
  displayName: string;
  since: number;
}

interface SessionLobby {
  waiting: Map<string, WaitingMember>;
  admitted: Set<string>;
}

/**
 * Members who arrive before the facilitator lets them in wait here, per session. Admission lasts for
 * the session, so a member whose connection drops comes straight back in. Kept in memory: after a
 * restart the facilitator's open door (stored with the session) still lets everyone in.
 */
export class Lobby {
  private readonly sessions = new Map<string, SessionLobby>();

  wait(sessionId: string, member: WaitingMember): void {
    const lobby = this.lobbyFor(sessionId);
    if (!lobby.waiting.has(member.memberId)) lobby.waiting.set(member.memberId, member);
  }

  /** Lets a waiting (or not yet arrived) member in; true if they were waiting. */
  admit(sessionId: string, memberId: string): boolean {
    const lobby = this.lobbyFor(sessionId);
    lobby.admitted.add(memberId);
    return lobby.waiting.delete(memberId);
  }

  /** Lets everyone waiting in; returns who was waiting. */
  admitAll(sessionId: string): string[] {
    const waiting = [...this.lobbyFor(sessionId).waiting.keys()];
    waiting.forEach((memberId) => this.admit(sessionId, memberId));
    return waiting;
  }

  isAdmitted(sessionId: string, memberId: string): boolean {
    return this.sessions.get(sessionId)?.admitted.has(memberId) ?? false;
  }

  leave(sessionId: string, memberId: string): boolean {
    return this.sessions.get(sessionId)?.waiting.delete(memberId) ?? false;
  }

  waiting(sessionId: string): WaitingMember[] {
    return [...(this.sessions.get(sessionId)?.waiting.values() ?? [])].sort((a, b) => a.since - b.since);
  }

  clear(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  private lobbyFor(sessionId: string): SessionLobby {
    let lobby = this.sessions.get(sessionId);
    if (!lobby) {
      lobby = { waiting: new Map(), admitted: new Set() };
      this.sessions.set(sessionId, lobby);
    }
    return lobby;
  }
}
