import { describe, expect, it } from 'vitest';
import { ApiError, apiErrorFrom, apiPath } from './api-client';
import { messageForError, sentence } from './api-error-messages';

describe('apiPath', () => {
  it('returns paths without parameters unchanged', () => {
    expect(apiPath('listCohorts')).toBe('/api/cohorts');
  });
  it('fills every parameter', () => {
    expect(apiPath('removeMember', { cohortId: 'c1', memberId: 'm2' })).toBe('/api/cohorts/c1/members/m2');
  });
  it('keeps a literal file name after a parameter', () => {
    expect(apiPath('sessionCalendar', { sessionId: 's1' })).toBe('/api/sessions/s1/calendar.ics');
  });
  it('encodes values so they cannot add segments', () => {
    expect(apiPath('getCohort', { cohortId: '../me' })).toBe('/api/cohorts/..%2Fme');
  });
  it('refuses a missing parameter', () => {
    expect(() => apiPath('getCohort', {})).toThrow('missing path parameter "cohortId"');
  });
});

describe('apiErrorFrom', () => {
  it('reads the error body', () => {
    const error = apiErrorFrom(409, { error: { code: 'conflict', message: 'this link has already been used' } });
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'this link has already been used' });
  });
  it('falls back on the status for a body from a proxy', () => {
    expect(apiErrorFrom(429, '<html>Too Many Requests</html>')).toMatchObject({ code: 'rate_limited' });
    expect(apiErrorFrom(502, undefined)).toMatchObject({ code: 'internal', message: 'The server answered with status 502' });
  });
  it('does not trust an unknown code', () => {
    expect(apiErrorFrom(404, { error: { code: 'gone_fishing', message: 'x' } }).code).toBe('not_found');
  });
});

describe('messageForError', () => {
  it.each<[ApiError | Error, string]>([
    [new ApiError(429, 'rate_limited', 'slow down'), 'Too many attempts. Wait a minute, then try again.'],
    [new ApiError(500, 'internal', 'stack trace'), 'Something went wrong on our side. Try again in a moment.'],
    [new ApiError(400, 'invalid_payload', 'a name is required'), 'A name is required.'],
    [new ApiError(0, 'network', 'Could not reach PeerCircle.'), 'Could not reach PeerCircle.'],
    [new Error('boom'), 'Something went wrong. Try again.'],
  ])('%s', (error, message) => {
    expect(messageForError(error)).toBe(message);
  });
});

describe('sentence', () => {
  it.each([
    ['use at least 12 characters', 'Use at least 12 characters.'],
    ['Already a sentence.', 'Already a sentence.'],
    ['', ''],
  ])('%j', (input, output) => expect(sentence(input)).toBe(output));
});
