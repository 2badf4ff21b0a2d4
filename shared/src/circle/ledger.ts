import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { Outcome } from './command-handler';
import type { CircleSession, LedgerEntry } from './session-state';

/** Who has been heard how much: time holding the floor, measured voice time, and floor grants. */
export const emptyLedgerEntry: LedgerEntry = { floorMs: 0, voiceMs: 0, turns: 0 };

type Ledger = CircleSession['ledger'];

function updateEntry(ledger: Ledger, participantId: string, change: (entry: LedgerEntry) => LedgerEntry): Ledger {
  return { ...ledger, [participantId]: change(ledger[participantId] ?? emptyLedgerEntry) };
}

export function creditFloorTime(ledger: Ledger, participantId: string, ms: number): Ledger {
  return updateEntry(ledger, participantId, (entry) => ({ ...entry, floorMs: entry.floorMs + Math.max(0, ms) }));
}

export function countTurn(ledger: Ledger, participantId: string): Ledger {
  return updateEntry(ledger, participantId, (entry) => ({ ...entry, turns: entry.turns + 1 }));
}

/** Floor time so far, including the current holder's running turn. */
export function floorMsAt(state: CircleSession, participantId: string, now: number): number {
  const recorded = state.ledger[participantId]?.floorMs ?? 0;
  const { holderId, since } = state.floor;
  return holderId === participantId && since !== null ? recorded + Math.max(0, now - since) : recorded;
}

export function recordVoiceSamples(state: CircleSession, command: CommandOf<'voice.sample'>): Outcome {
  const unknown = command.samples.find((sample) => !state.participants[sample.participantId]);
  if (unknown) return new DomainError('not_found', `No participant ${unknown.participantId} in this circle`);
  let ledger = state.ledger;
  for (const { participantId, voiceMs } of command.samples) {
    ledger = updateEntry(ledger, participantId, (entry) => ({ ...entry, voiceMs: entry.voiceMs + voiceMs }));
  }
  return { ...state, ledger };
}
