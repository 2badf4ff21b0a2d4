import { describe, expect, it } from 'vitest';
import { serverEnvSchema } from './server-env';

describe('serverEnvSchema', () => {
  it('has embedded defaults that listen on loopback only', () => {
    const env = serverEnvSchema.parse({});
    expect(env).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', MEDIA_LISTEN_IP: '127.0.0.1', RTC_PORT: 40000 });
    expect(env.TURN_URLS).toEqual([]);
  });

  it('reads deployment settings from strings', () => {
    const env = serverEnvSchema.parse({
      PORT: '8080',
      MEDIA_LISTEN_IP: '0.0.0.0',
      MEDIA_ANNOUNCED_ADDRESS: 'meet.example.org',
      TURN_URLS: 'turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349',
      TURN_SECRET: 'a-long-enough-secret',
    });
    expect(env.PORT).toBe(8080);
    expect(env.TURN_URLS).toHaveLength(2);
  });

  it.each([
    [undefined, false],
    ['true', true],
    ['off', false],
    ['2', 2],
    ['127.0.0.1, 10.0.0.0/8', ['127.0.0.1', '10.0.0.0/8']],
  ])('reads TRUST_PROXY=%j as %j', (value, expected) => {
    expect(serverEnvSchema.parse(value === undefined ? {} : { TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ MEDIA_LISTEN_IP: 'localhost' }, 'MEDIA_LISTEN_IP'],
    [{ TURN_URLS: 'turn:x' }, 'TURN_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('rejects %j naming %s', (input, field) => {
    const result = serverEnvSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((issue) => issue.path.includes(field))).toBe(true);
  });
});
