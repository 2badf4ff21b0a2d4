import type { z } from 'zod';
import { StartupProblem } from './startup-problem';

/** Settings whose values are never repeated back: secrets, and URLs that may carry a password. */
const SECRET_SETTINGS = new Set(['TURN_SECRET', 'SESSION_SECRET', 'DATABASE_URL']);

/**
 * The first invalid setting as one line, e.g. `invalid RTC_PORT "abc": expected a number — set RTC_PORT
 * to a valid value`; further invalid settings are named, not explained.
 */
export function invalidEnvironmentProblem(error: z.ZodError, env: NodeJS.ProcessEnv): StartupProblem {
  const settings = [...new Set(error.issues.map((issue) => String(issue.path[0] ?? 'environment')))];
  const first = error.issues[0]!;
  const setting = settings[0]!;
  const value = env[setting];
  const also = settings.length > 1 ? ` (also invalid: ${settings.slice(1).join(', ')})` : '';
  const reason = describeIssue(first);
  if (value === undefined) return new StartupProblem(setting, `${setting} is missing: ${reason} — set ${setting}${also}`);
  const shown = SECRET_SETTINGS.has(setting) ? '' : ` ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)}`;
  return new StartupProblem(setting, `invalid ${setting}${shown}: ${reason} — set ${setting} to a valid value${also}`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'number' ? 'a number' : issue.expected}`;
    case 'too_big':
      return issue.origin === 'string' ? `at most ${issue.maximum} characters` : `at most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string' ? `at least ${issue.minimum} characters` : `at least ${issue.minimum}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? issue.message : `expected a valid ${issue.format}`;
    case 'invalid_union': {
      const formats = issue.errors.flat().flatMap((nested) => (nested.code === 'invalid_format' ? [nested.format] : []));
      return formats.length > 0 ? `expected ${formats.join(' or ')}` : 'not a valid value';
    }
    default:
      return issue.message.split('\n')[0] ?? 'not a valid value';
  }
}
