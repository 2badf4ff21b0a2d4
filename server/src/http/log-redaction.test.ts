import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { redactSecretPaths, redactUrl, serializeRequest } from './log-redaction';

const token = 'AbCdEfGhIjKlMnOpQrStUv';

describe('redactUrl', () => {
  it.each([
    [`/invite/${token}`, '/invite/[redacted]'],
    [`/signin/${token}`, '/signin/[redacted]'],
    [`/api/calendar/${token}xxxxxxxxxx`, '/api/calendar/[redacted]'],
    [`/Invite/${token}/`, '/Invite/[redacted]/'],
    [`/invite/${token}?utm_source=mail`, '/invite/[redacted]?[redacted]'],
    [`/api/cohorts?token=${token}`, '/api/cohorts?[redacted]'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it.each(['/api/cohorts/0b7e5a1e-8a52-4d57-a0ad-6ae2d1f0c8a4/health', '/api/sessions/0b7e5a1e-8a52-4d57-a0ad-6ae2d1f0c8a4/calendar.ics', '/s/abc', '/'])(
    'keeps %s as it is',
    (url) => {
      expect(redactUrl(url)).toBe(url);
    },
  );
});

describe('redactSecretPaths', () => {
  it('redacts secret paths inside any text', () => {
    expect(redactSecretPaths(`Route GET:/invite/${token} not found`)).toBe('Route GET:/invite/[redacted] not found');
  });
});

describe('serializeRequest', () => {
  it('logs method, redacted url and address, never headers', () => {
    const logged = serializeRequest({ method: 'GET', url: `/signin/${token}`, host: 'x', ip: '10.0.0.1', headers: { cookie: 'peercircle_login=secret' } });
    expect(logged).toEqual({ method: 'GET', url: '/signin/[redacted]', host: 'x', remoteAddress: '10.0.0.1' });
  });
});

describe('the root logger', () => {
  it('redacts request urls and secret paths in messages', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info({ req: { method: 'GET', url: `/invite/${token}`, headers: {} } }, 'incoming request');
    logger.info(`Route GET:/api/calendar/${token} not found`);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain(token);
    expect(lines.join('')).toContain('/invite/[redacted]');
  });
});
