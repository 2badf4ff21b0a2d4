/**
 * A reason the server cannot start that the operator fixes by changing one setting. Its message is one
 * line, names the setting and never contains a secret.
 */
export class StartupProblem extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
    this.name = 'StartupProblem';
  }
}

/** The single line printed when start-up fails: a known problem as it is, anything else by its message. */
export function startupFailureLine(error: unknown): string {
  const reason =
    error instanceof StartupProblem
      ? error.message
      : `${firstLine(error instanceof Error ? error.message : String(error))} (unexpected; run with LOG_LEVEL=debug for details)`;
  return `peercircle: cannot start: ${reason}`;
}

/** Prints the line on stderr and exits with code 1; the stack only when LOG_LEVEL asks for debugging. */
export function exitWithStartupProblem(error: unknown): never {
  process.stderr.write(`${startupFailureLine(error)}\n`);
  const debugging = ['debug', 'trace'].includes(process.env['LOG_LEVEL'] ?? '');
  if (debugging && !(error instanceof StartupProblem) && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(1);
}

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}
