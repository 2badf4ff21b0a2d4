import type { Logger } from 'pino';
import type { PresenterNotesRepository } from '../storage/presenter-notes-repository';

const SWEEP_EVERY_MS = 6 * 3_600_000;

/** Deletes notes for presenters once their cohort's retention has run out, unless the presenter kept them. */
export class PresenterNotesSweeper {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly notes: PresenterNotesRepository,
    private readonly clock: () => number,
    private readonly logger: Logger,
  ) {}

  async sweep(): Promise<number> {
    const deleted = await this.notes.deleteExpired(this.clock());
    if (deleted > 0) this.logger.info({ deleted }, 'deleted expired notes for presenters');
    return deleted;
  }

  /** Sweeps now and every few hours, until stopped. */
  start(): void {
    const sweep = () => void this.sweep().catch((err: unknown) => this.logger.warn({ err }, 'could not delete expired notes for presenters'));
    sweep();
    this.timer = setInterval(sweep, SWEEP_EVERY_MS).unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
